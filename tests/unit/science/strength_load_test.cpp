#include "ironstride/science/strength_load.hpp"

#include <vector>

#include <gtest/gtest.h>

#include "ironstride/science/session_rpe.hpp"

namespace ironstride::science {
namespace {

// evidence.md §17 [TEST VECTOR]: a lift at session RPE 8 for 50 min = 400 AU; the same day's easy run at RPE 4 for
// 60 min = 240 AU; the day's load 640 AU.
TEST(StrengthLoad, SessionRpeTestVector) {
    const std::vector<SetEffort> sets(12, SetEffort{5, 100.0, 120.0, {}});
    const std::optional<StrengthLoad> lift = strength_session_load(8.0, 50.0, sets);
    ASSERT_TRUE(lift);
    EXPECT_DOUBLE_EQ(lift->au, 400.0);
    EXPECT_EQ(lift->source, StrengthLoadSource::srpe);
    const double run = session_rpe_load(4.0, 60.0);
    EXPECT_DOUBLE_EQ(run, 240.0);
    EXPECT_DOUBLE_EQ(lift->au + run, 640.0);
}

// Zourdos 2016: RPE = 10 − RIR; Epley inverted gives the reps possible at a weight.
TEST(StrengthLoad, RepsInReserveFromEpleyAndSetRpe) {
    // 100 kg 1RM: at 75 kg Epley allows 30 × (100/75 − 1) = 10 reps; 8 done leaves 2 → RPE 8.
    EXPECT_NEAR(reps_in_reserve(75, 8, 100), 2.0, 1e-9);
    EXPECT_NEAR(set_rpe(SetEffort{8, 75.0, 100.0, {}}), 8.0, 1e-9);
    // Beyond the estimate: failure, never negative reserve.
    EXPECT_DOUBLE_EQ(reps_in_reserve(95, 6, 100), 0.0);
    EXPECT_DOUBLE_EQ(set_rpe_from_rir(0), kMaxSetRpe);
    EXPECT_DOUBLE_EQ(set_rpe_from_rir(40), kMinSetRpe);
    // A logged RPE wins; without weight or 1RM the assumed 2 RIR (RPE 8).
    EXPECT_DOUBLE_EQ(set_rpe(SetEffort{8, 75.0, 100.0, 6.5}), 6.5);
    EXPECT_DOUBLE_EQ(set_rpe(SetEffort{12, {}, {}, {}}), kMaxSetRpe - kAssumedRir);
}

/// Day 2004's protocols: five exercises, one set each, at a share of a 100 kg 1RM.
std::vector<SetEffort> protocol(double fraction_1rm, int reps) {
    return std::vector<SetEffort>(5, SetEffort{reps, fraction_1rm * 100.0, 100.0, {}});
}

// evidence.md §17: Day 2004 rated 1 × 4–5 at 90 % 1RM harder than 1 × 10 at 70 %, harder than 1 × 15 at 50 %.
TEST(StrengthLoad, EstimateRisesWithRelativeIntensityAsInDay2004) {
    const auto heavy = strength_session_load(std::nullopt, std::nullopt, protocol(0.90, 5));
    const auto moderate = strength_session_load(std::nullopt, std::nullopt, protocol(0.70, 10));
    const auto light = strength_session_load(std::nullopt, std::nullopt, protocol(0.50, 15));
    ASSERT_TRUE(heavy && moderate && light);
    EXPECT_EQ(heavy->source, StrengthLoadSource::estimate);
    EXPECT_GT(heavy->au, moderate->au);
    EXPECT_GT(moderate->au, light->au);
    EXPECT_GT(light->au, 0.0);
    // Five sets without a workout duration: 5 × 3 min.
    EXPECT_DOUBLE_EQ(heavy->minutes, 5 * kMinutesPerSet);
    // 90 % × 5 is past Epley's 3.3 reps: failure, RPE 10; 70 % × 10 leaves 2.86 reps, RPE 7.14.
    EXPECT_DOUBLE_EQ(heavy->session_rpe, 10.0);
    EXPECT_NEAR(moderate->session_rpe, 10.0 - (30.0 * (1.0 / 0.7 - 1.0) - 10.0), 1e-9);
}

TEST(StrengthLoad, WorkoutMinutesAndLoggedSetRpe) {
    std::vector<SetEffort> sets{{5, 100.0, 130.0, 9.0}, {5, 100.0, 130.0, 7.0}};
    const auto load = strength_session_load(std::nullopt, 45.0, sets);
    ASSERT_TRUE(load);
    EXPECT_EQ(load->source, StrengthLoadSource::set_rpe);
    EXPECT_DOUBLE_EQ(load->session_rpe, 8.0);
    EXPECT_DOUBLE_EQ(load->au, 8.0 * 45.0);
    EXPECT_STREQ(to_string(load->source), "set_rpe");
}

TEST(StrengthLoad, WithoutSetsTheDurationAtTheAssumedEffortAndNothingWithoutMinutes) {
    const auto watch = strength_session_load(std::nullopt, 60.0, {});
    ASSERT_TRUE(watch);
    EXPECT_EQ(watch->source, StrengthLoadSource::estimate);
    EXPECT_DOUBLE_EQ(watch->au, (kMaxSetRpe - kAssumedRir) * 60.0);
    EXPECT_FALSE(strength_session_load(7.0, std::nullopt, {}));
    const auto rated = strength_session_load(7.0, 60.0, {});
    ASSERT_TRUE(rated);
    EXPECT_DOUBLE_EQ(rated->au, 420.0);
}

}  // namespace
}  // namespace ironstride::science
