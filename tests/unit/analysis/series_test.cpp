#include "ironstride/analysis/series.hpp"

#include <chrono>

#include <gtest/gtest.h>

#include "unit/analysis/analysis_fixtures.hpp"

namespace ironstride::analysis {
namespace {

using std::chrono::days;
using testing::day;
using testing::HistoryBuilder;
using testing::lifter;

/// A day's load set directly (the TRIMP formula has its own tests).
void set_trimp(HistoryBuilder& b, units::CivilDay d, double trimp) {
    ActivityRecord& r = b.activity(domain::Sport::cycling, d, 7, 30);
    r.metrics->trimp = trimp;
}

const WeekPoint& week_starting(const Series& s, units::CivilDay monday) {
    for (const WeekPoint& w : s.weeks) {
        if (w.start == monday) return w;
    }
    throw std::runtime_error("no such week");
}

// evidence.md §9 [TEST VECTOR]: constant load 100/day for 42 days from zero, additive form → CTL 63.654, ATL 99.846.
TEST(Series, FitnessAndFatigueTestVector) {
    const units::CivilDay first = day(2026, 3, 2);
    HistoryBuilder b(first, first + days{41}, lifter());
    for (int d = 0; d < 42; ++d) set_trimp(b, first + days{d}, 100);
    const Series s = build_series(b.history(), lifter(), 190);
    ASSERT_EQ(s.days.size(), 42U);
    EXPECT_NEAR(s.days.back().ctl, 63.654, 0.0005);
    EXPECT_NEAR(s.days.back().atl, 99.846, 0.0005);
    EXPECT_NEAR(s.days.back().tsb, 63.654 - 99.846, 0.001);
    EXPECT_NEAR(*s.days.back().acwr_ewma, 99.846 / 63.654, 0.0001);
    EXPECT_EQ(s.before_range.ctl, 0.0);
}

// evidence.md §7 [TEST VECTOR]: week {420, 0, 300, 0, 500, 200, 0}, population SD → monotony 1.036, strain 1471.2.
TEST(Series, MonotonyAndStrainTestVector) {
    const units::CivilDay monday = day(2026, 3, 2);
    HistoryBuilder b(monday, monday + days{6}, lifter());
    const double loads[] = {420, 0, 300, 0, 500, 200, 0};
    for (int d = 0; d < 7; ++d) {
        if (loads[d] > 0) set_trimp(b, monday + days{d}, loads[d]);
    }
    const Series series = build_series(b.history(), lifter(), 190);
    const WeekPoint& w = week_starting(series, monday);
    EXPECT_TRUE(w.complete);
    EXPECT_DOUBLE_EQ(w.trimp, 1420.0);
    EXPECT_NEAR(*w.monotony, 1.036, 0.0005);
    EXPECT_NEAR(*w.strain, 1471.2, 0.05);
}

// evidence.md §7 [TEST VECTOR]: weekly loads 1000, 1100, 1200, then 1400 → uncoupled ACWR 1.273.
TEST(Series, UncoupledAcwrTestVector) {
    const units::CivilDay monday = day(2026, 3, 2);
    HistoryBuilder b(monday, monday + days{27}, lifter());
    const double weeks[] = {1000, 1100, 1200, 1400};
    for (int w = 0; w < 4; ++w) set_trimp(b, monday + days{7 * w + 2}, weeks[w]);
    const Series series = build_series(b.history(), lifter(), 190);
    const WeekPoint& last = week_starting(series, monday + days{21});
    EXPECT_NEAR(*last.acwr_uncoupled, 1.273, 0.0005);
}

// evidence.md §8 [TEST VECTOR]: 90 min moderate + 30 min vigorous → 150 moderate-equivalent minutes (meets).
TEST(Series, GuidelineMinutesTestVector) {
    const units::CivilDay monday = day(2026, 3, 2);
    HistoryBuilder b(monday, monday + days{6}, lifter());
    b.activity(domain::Sport::walking, monday, 7, 90, 90 * 60 * 1.4);   // 84 m/min: ACSM 3.4 MET, moderate
    b.activity(domain::Sport::running, monday + days{2}, 7, 30, 30 * 60 * 3.0);  // 180 m/min: vigorous
    const Series series = build_series(b.history(), lifter(), 190);
    const WeekPoint& w = week_starting(series, monday);
    EXPECT_DOUBLE_EQ(w.guideline.moderate_min, 90);
    EXPECT_DOUBLE_EQ(w.guideline.vigorous_min, 30);
    EXPECT_DOUBLE_EQ(w.moderate_equivalent_min, 150);
    EXPECT_TRUE(w.meets_aerobic);
    EXPECT_FALSE(w.meets_strength);
}

TEST(Series, GuidelineMinutesWithoutSpeedUseTheCompendiumAndOtherSportsTheHrZones) {
    HistoryBuilder b(day(2026, 3, 2), day(2026, 3, 8), lifter());
    const ActivityRecord& run = b.activity(domain::Sport::running, day(2026, 3, 2), 7, 60);  // 12020 jogging: 7.0 MET
    EXPECT_DOUBLE_EQ(guideline_minutes(run).vigorous_min, 60);
    ActivityRecord ride = b.activity(domain::Sport::cycling, day(2026, 3, 3), 7, 60);
    ride.metrics->time_in_zone_s = std::array<double, 5>{600, 1200, 900, 300, 0};
    const GuidelineMinutes g = guideline_minutes(ride);
    EXPECT_DOUBLE_EQ(g.moderate_min, 20);  // Z2
    EXPECT_DOUBLE_EQ(g.vigorous_min, 20);  // Z3 + Z4 + Z5
    ride.metrics->time_in_zone_s.reset();
    EXPECT_DOUBLE_EQ(guideline_minutes(ride).moderate_min + guideline_minutes(ride).vigorous_min, 0);
}

TEST(Series, StrengthDaysHardSetsTonnageAndSetsPerMuscle) {
    const units::CivilDay monday = day(2026, 3, 2);
    HistoryBuilder b(monday, monday + days{6}, lifter());
    b.lift(monday, 17, "Squat (Barbell)", 100, 5, 3);
    b.lift(monday + days{3}, 17, "Bench Press (Barbell)", 80, 8, 4);
    const Series series = build_series(b.history(), lifter(), 190);
    const WeekPoint& w = week_starting(series, monday);
    EXPECT_EQ(w.strength_days, 2);
    EXPECT_TRUE(w.meets_strength);
    EXPECT_DOUBLE_EQ(w.hard_sets, 7);
    EXPECT_DOUBLE_EQ(w.tonnage_kg, 3 * 500 + 4 * 640);
    const auto quads = static_cast<std::size_t>(domain::MuscleGroup::quads);
    const auto triceps = static_cast<std::size_t>(domain::MuscleGroup::triceps);
    EXPECT_DOUBLE_EQ(w.sets_per_muscle[quads], 3);     // direct
    EXPECT_DOUBLE_EQ(w.sets_per_muscle[triceps], 2);   // 4 bench sets, indirect: 0.5 each (Pelland 2024)
}

// evidence.md §6 [TEST VECTOR]: Epley 100 kg × 5 → 116.67; sets above 10 reps give no e1RM.
TEST(Series, E1rmPerSessionWithRecordsAndWindowTrend) {
    const units::CivilDay monday = day(2026, 1, 5);
    HistoryBuilder b(monday, monday + days{8 * 7 - 1}, lifter());
    b.lift(monday - days{7}, 17, "Squat (Barbell)", 100, 5, 3);  // before the range: a record to beat
    for (int w = 0; w < 8; ++w) {
        const ActivityRecord& session = b.lift(monday + days{7 * w}, 17, "Squat (Barbell)", 100 + 2.5 * w, 5, 3);
        b.add_sets(session, "Squat (Barbell)", 60, 15, 2);  // high-rep back-off sets: no e1RM
    }
    const Series s = build_series(b.history(), lifter(), 190);
    ASSERT_EQ(s.lifts.size(), 1U);
    const LiftTrend& squat = s.lifts.front();
    EXPECT_EQ(squat.key, "squat_barbell");
    EXPECT_TRUE(squat.lower_body);
    ASSERT_EQ(squat.sessions.size(), 8U);
    EXPECT_NEAR(squat.sessions.front().e1rm_kg, 116.67, 0.005);
    EXPECT_FALSE(squat.sessions.front().record) << "equal to the session before the range";
    EXPECT_TRUE(squat.sessions[1].record);
    EXPECT_EQ(squat.records, 7);
    // Windows: 4 weeks each; best of weeks 1–4 is 107.5 × 7/6, of weeks 5–8 117.5 × 7/6.
    EXPECT_NEAR(*squat.early_best_kg, 107.5 * 7 / 6, 1e-9);
    EXPECT_NEAR(*squat.late_best_kg, 117.5 * 7 / 6, 1e-9);
    EXPECT_NEAR(*squat.change_fraction, 10.0 / 107.5, 1e-9);
    EXPECT_NEAR(*squat.slope_kg_per_week, 2.5 * 7 / 6, 1e-9);
}

TEST(Series, TwoWeekRampComparesTwoWeekBlocks) {
    const units::CivilDay monday = day(2026, 3, 2);
    HistoryBuilder b(monday, monday + days{5 * 7 - 1}, lifter());
    // Weekly km 10, 10, 6 (deload), 10, 16.
    const double km[] = {10, 10, 6, 10, 16};
    for (int w = 0; w < 5; ++w) b.activity(domain::Sport::running, monday + days{7 * w + 1}, 7, km[w] * 6, km[w] * 1000);
    const Series s = build_series(b.history(), lifter(), 190);
    ASSERT_EQ(s.weeks.size(), 5U);
    EXPECT_FALSE(s.weeks[2].ramp_two_weeks.has_value()) << "the week before the range has no running: no baseline";
    EXPECT_NEAR(*s.weeks[3].ramp_two_weeks, (16.0 - 20.0) / 20.0, 1e-9) << "the deload week is no spike";
    EXPECT_NEAR(*s.weeks[4].ramp_two_weeks, (26.0 - 16.0) / 16.0, 1e-9);
    EXPECT_DOUBLE_EQ(s.weeks[4].run_m_last_two_weeks, 26000);
    EXPECT_DOUBLE_EQ(s.weeks[4].longest_run_m, 16000);
}

// evidence.md §5 [TEST VECTORS]: EA (1600 − 600)/45 = 22.2 (low); "0.8 g/lb" at 80 kg = 141.1 g.
TEST(Series, EnergyAvailabilityAndProteinPerPound) {
    domain::Athlete a = lifter();
    a.weight_kg = 60;
    a.body_fat_pct = 25;  // fat-free mass 45 kg
    const units::CivilDay d = day(2026, 3, 4);
    HistoryBuilder b(d, d, a);
    // Net running cost: 1 kcal/kg/km (ACSM 0.2 ml/kg/m at 5 kcal/L) → 10 km at 60 kg = 600 kcal.
    b.activity(domain::Sport::running, d, 7, 50, 10000);
    b.food(d, 1600, 141.1 * 60 / 80);
    const Series s = build_series(b.history(), a, 190);
    ASSERT_EQ(s.nutrition.days.size(), 1U);
    const NutritionPoint& p = s.nutrition.days.front();
    EXPECT_NEAR(p.exercise_kcal, 600, 1e-9);
    EXPECT_NEAR(*p.energy_availability, 22.2, 0.05);
    EXPECT_EQ(s.nutrition.low_ea_days, 1);
    EXPECT_NEAR(*p.protein_g_per_lb, 0.8, 0.0005);
    EXPECT_NEAR(p.balance_kcal, 1600 - p.maintenance_kcal, 1e-9);
    EXPECT_GT(p.maintenance_kcal, 600);
    // Intake against the day's target: the target is the phase's, here maintain, so it is not below maintenance.
    EXPECT_NEAR(p.vs_target_kcal, 1600 - p.target_kcal, 1e-9);
    EXPECT_GE(p.target_kcal, p.maintenance_kcal - 1e-9);
    EXPECT_NEAR(*s.nutrition.mean_vs_target_kcal, p.vs_target_kcal, 1e-9);

    // On a cut of 1 % a week the same day's target sits below maintenance (science::day_nutrition's deficit).
    a.phase = domain::Phase::cut;
    a.rate_pct_per_week = 1.0;
    HistoryBuilder cut(d, d, a);
    cut.activity(domain::Sport::running, d, 7, 50, 10000);
    cut.food(d, 1600, 141.1 * 60 / 80);
    const Series cut_series = build_series(cut.history(), a, 190);
    const NutritionPoint& q = cut_series.nutrition.days.front();
    EXPECT_NEAR(q.maintenance_kcal, p.maintenance_kcal, 1e-9);
    EXPECT_LT(q.target_kcal, q.maintenance_kcal);
}

TEST(Series, BodyweightRateSmoothingAndLeanMass) {
    const units::CivilDay first = day(2026, 3, 2);
    HistoryBuilder b(first, first + days{27}, lifter());
    for (int d = 0; d < 28; ++d) b.body(first + days{d}, 80.0 - 0.1 * d, 20.0);
    const Series s = build_series(b.history(), lifter(), 190);
    ASSERT_EQ(s.body.points.size(), 28U);
    EXPECT_NEAR(*s.body.rate_kg_per_week, -0.7, 1e-9);
    EXPECT_NEAR(*s.body.rate_pct_per_week, -0.7 / (80.0 - 0.1 * 13.5) * 100, 1e-9);
    EXPECT_NEAR(*s.body.lean_change_kg, -0.1 * 27 * 0.8, 1e-9);
    EXPECT_DOUBLE_EQ(s.body.points.front().smoothed_kg, 80.0);
    EXPECT_GT(s.body.points.back().smoothed_kg, s.body.points.back().weight_kg) << "the EWMA lags a falling weight";
}

TEST(Series, SleepFromImportsWithCheckInsFillingGaps) {
    const units::CivilDay first = day(2026, 3, 2);
    HistoryBuilder b(first, first + days{2}, lifter());
    b.sleep(first, 6.5);
    b.checkin({first, 8.0, 2, {}, {}, {}});  // the imported night wins
    b.checkin({first + days{1}, 7.5, 2, {}, {}, {}});
    const Series s = build_series(b.history(), lifter(), 190);
    ASSERT_EQ(s.sleep.nights.size(), 2U);
    EXPECT_DOUBLE_EQ(s.sleep.nights[0].hours, 6.5);
    EXPECT_FALSE(s.sleep.nights[0].from_checkin);
    EXPECT_TRUE(s.sleep.nights[1].from_checkin);
    EXPECT_DOUBLE_EQ(*s.sleep.mean_h, 7.0);
    EXPECT_EQ(s.sleep.nights_under_7h, 1);
    EXPECT_DOUBLE_EQ(s.sleep.target_h, 7.5);
}

TEST(Series, HighIntensityByZonesOrByThresholdHeartRate) {
    HistoryBuilder b(day(2026, 3, 2), day(2026, 3, 8), lifter());
    EXPECT_TRUE(is_high_intensity_run(b.run(day(2026, 3, 2), 7, 12, 3000, 165), 190));   // 12 min in Z4
    EXPECT_FALSE(is_high_intensity_run(b.run(day(2026, 3, 3), 7, 40, 8000, 140), 190));  // Z3
    EXPECT_TRUE(is_high_intensity_run(b.activity(domain::Sport::running, day(2026, 3, 4), 7, 30, 7000, 168), 190))
        << "no samples: average at or above 88 % HRmax";
    EXPECT_FALSE(is_high_intensity_run(b.activity(domain::Sport::cycling, day(2026, 3, 5), 7, 30, {}, 180), 190));
}

}  // namespace
}  // namespace ironstride::analysis
