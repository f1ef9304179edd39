#include "ironstride/analysis/training_load.hpp"

#include <chrono>

#include <gtest/gtest.h>

#include "ironstride/analysis/series.hpp"
#include "ironstride/science/strength_load.hpp"
#include "unit/analysis/analysis_fixtures.hpp"

namespace ironstride::analysis {
namespace {

using std::chrono::days;
using testing::day;
using testing::HistoryBuilder;
using testing::lifter;

constexpr auto kRun = static_cast<std::size_t>(Modality::running);
constexpr auto kLift = static_cast<std::size_t>(Modality::lifting);
constexpr auto kAll = static_cast<std::size_t>(Modality::combined);

// HistoryBuilder hands out references into a vector that the next activity may move: tests keep ids.
const SessionLoad& load_of(const TrainingLoads& loads, std::int64_t id) { return loads.by_activity.at(id); }

/// A check-in that only carries the day's session RPE.
domain::CheckIn rpe_checkin(units::CivilDay d, double rpe) {
    domain::CheckIn c;
    c.day = d;
    c.sleep_h = 8;
    c.rpe = rpe;
    return c;
}

// The acceptance of issue 14 point 4: a history of nothing but lifting has fitness and fatigue in the AU model,
// which the heart-rate (TRIMP) model cannot see.
TEST(TrainingLoad, LiftingAloneMovesFitnessAndFatigue) {
    const units::CivilDay monday = day(2026, 3, 2);
    HistoryBuilder b(monday, monday + days{41}, lifter());
    for (int w = 0; w < 6; ++w) {
        b.lift(monday + days{7 * w}, 17, "Squat (Barbell)", 100, 5, 5);
        b.lift(monday + days{7 * w + 3}, 17, "Bench Press (Barbell)", 80, 8, 4);
    }
    const Series s = build_series(b.history(), lifter(), 190);
    const DayPoint& last = s.days.back();
    EXPECT_GT(last.au[kLift].ctl, 0.0);
    EXPECT_GT(last.au[kLift].atl, 0.0);
    EXPECT_DOUBLE_EQ(last.au[kAll].ctl, last.au[kLift].ctl);
    EXPECT_DOUBLE_EQ(last.au[kRun].ctl, 0.0);
    EXPECT_DOUBLE_EQ(last.ctl, 0.0) << "no heart rate: the TRIMP model is blind to the lifts";
    for (const ActivityRecord& a : b.history().activities) {
        EXPECT_EQ(load_of(s.training, a.id).source, LoadSource::estimate);
        EXPECT_GT(load_of(s.training, a.id).au, 0.0);
    }
    // Two lifting days a week: the last complete week has a lifting monotony and strain.
    const WeekPoint& week = s.weeks.back();
    EXPECT_TRUE(week.complete);
    EXPECT_GT(week.au[kLift].load, 0.0);
    EXPECT_TRUE(week.au[kLift].monotony && week.au[kLift].strain);
    EXPECT_DOUBLE_EQ(week.au[kAll].load, week.au[kLift].load);
}

// evidence.md §17 [TEST VECTOR]: lift at session RPE 8 for 50 min = 400 AU, the same day's run at RPE 4 for 60 min
// = 240 AU, the day 640 AU.
TEST(TrainingLoad, SessionRpeTestVectorPerModalityAndCombined) {
    const units::CivilDay d = day(2026, 3, 2);
    HistoryBuilder b(d, d, lifter());
    b.lift(d, 17, "Squat (Barbell)", 100, 5, 5, 50).rpe = 8;
    ActivityRecord& run = b.run(d, 7, 60, 10000, 140);
    run.rpe = 4;
    run.metrics->srpe_load = 240;  // as compute_activity_metrics caches an activity's own RPE × minutes
    const Series s = build_series(b.history(), lifter(), 190);
    ASSERT_EQ(s.days.size(), 1U);
    EXPECT_DOUBLE_EQ(s.days[0].au[kLift].load, 400.0);
    EXPECT_DOUBLE_EQ(s.days[0].au[kRun].load, 240.0);
    EXPECT_DOUBLE_EQ(s.days[0].au[kAll].load, 640.0);
    // One day of 640 AU from zero, additive form: CTL 640/42, ATL 640/7.
    EXPECT_NEAR(s.days[0].au[kAll].ctl, 640.0 / 42.0, 1e-9);
    EXPECT_NEAR(s.days[0].au[kAll].atl, 640.0 / 7.0, 1e-9);
}

TEST(TrainingLoad, CheckInRpeRatesTheDaysLift) {
    const units::CivilDay d = day(2026, 3, 2);
    HistoryBuilder b(d, d, lifter());
    const std::int64_t lift = b.lift(d, 17, "Squat (Barbell)", 100, 5, 5, 60).id;
    b.checkin(rpe_checkin(d, 7));
    const TrainingLoads loads = training_loads(b.history());
    EXPECT_EQ(load_of(loads, lift).source, LoadSource::srpe);
    EXPECT_DOUBLE_EQ(load_of(loads, lift).au, 420.0);
}

// The estimate's 1RM is the lift's best so far, the best set taken as 2 reps short of failure: 100 × 5 →
// 100 × (1 + 7/30) = 123.3 kg, so that set leaves 2 reps (RPE 8); a later 80 × 5 leaves 11 (RPE 1, the floor).
TEST(TrainingLoad, EstimateJudgesSetsAgainstTheBestOneRmSoFar) {
    const units::CivilDay d = day(2026, 3, 2);
    HistoryBuilder b(d, d + days{2}, lifter());
    const std::int64_t heavy = b.lift(d, 17, "Squat (Barbell)", 100, 5, 3, 60).id;
    const std::int64_t light = b.lift(d + days{2}, 17, "Squat (Barbell)", 80, 5, 3, 60).id;
    const TrainingLoads loads = training_loads(b.history());
    EXPECT_NEAR(load_of(loads, heavy).au, 8.0 * 60.0, 1e-9);
    EXPECT_NEAR(load_of(loads, light).au, science::kMinSetRpe * 60.0, 1e-9);
}

TEST(TrainingLoad, LoggedSetRpeIsUsed) {
    const units::CivilDay d = day(2026, 3, 2);
    HistoryBuilder b(d, d, lifter());
    const std::int64_t lift = b.lift(d, 17, "Squat (Barbell)", 100, 5, 2, 40).id;
    History& h = b.history();
    h.sets[0].rpe = 9;
    h.sets[1].rpe = 7;
    const TrainingLoads loads = training_loads(h);
    EXPECT_EQ(load_of(loads, lift).source, LoadSource::set_rpe);
    EXPECT_DOUBLE_EQ(load_of(loads, lift).au, 8.0 * 40.0);
}

// Runs without an RPE count their TRIMP: one to one without enough runs to calibrate, else at the athlete's own
// ratio of sRPE to TRIMP.
TEST(TrainingLoad, TrimpFallbackOneToOneOrCalibratedOnTheAthletesOwnRuns) {
    const units::CivilDay first = day(2026, 3, 2);
    HistoryBuilder few(first, first + days{1}, lifter());
    const ActivityRecord& alone = few.run(first, 7, 45, 8000, 150);
    const std::int64_t alone_id = alone.id;
    const double alone_trimp = *alone.metrics->trimp;
    const TrainingLoads one_to_one = training_loads(few.history());
    EXPECT_EQ(one_to_one.trimp_to_au_source, "one_to_one");
    EXPECT_EQ(load_of(one_to_one, alone_id).source, LoadSource::trimp);
    EXPECT_DOUBLE_EQ(load_of(one_to_one, alone_id).au, alone_trimp);

    HistoryBuilder many(first, first + days{9}, lifter());
    double srpe = 0;
    double trimp = 0;
    for (int d = 0; d < kMinTrimpCalibrationSessions; ++d) {
        const ActivityRecord& r = many.run(first + days{d}, 7, 45, 8000, 150);
        many.checkin(rpe_checkin(first + days{d}, 5));
        srpe += 5 * 45;
        trimp += *r.metrics->trimp;
    }
    const ActivityRecord& unrated = many.run(first + days{9}, 7, 45, 8000, 150);
    const std::int64_t unrated_id = unrated.id;
    const double unrated_trimp = *unrated.metrics->trimp;
    const TrainingLoads own = training_loads(many.history());
    EXPECT_EQ(own.trimp_to_au_source, "own_sessions");
    EXPECT_NEAR(own.trimp_to_au, srpe / trimp, 1e-9);
    EXPECT_EQ(load_of(own, unrated_id).source, LoadSource::trimp);
    EXPECT_NEAR(load_of(own, unrated_id).au, unrated_trimp * srpe / trimp, 1e-9);
    EXPECT_NEAR(load_of(own, unrated_id).au, 5 * 45, 1e-6) << "the same run as the rated ones: the same load";
}

}  // namespace
}  // namespace ironstride::analysis
