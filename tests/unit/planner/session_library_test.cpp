#include "ironstride/planner/session_library.hpp"

#include <cmath>

#include <gtest/gtest.h>

namespace ironstride::planner {
namespace {

namespace lib = session_library;
using domain::WorkoutStep;

RunTargets targets_with_paces() {
    RunTargets t;
    t.max_hr_bpm = 187;
    t.zone2_low_bpm = 130;
    t.zone2_high_bpm = 150;
    t.zone4_low_bpm = 165;
    t.zone4_high_bpm = 175;
    t.zone5_low_bpm = 178;
    t.vdot = 45;
    t.easy = SpeedBand{2.8, 3.2};
    t.threshold = SpeedBand{3.9, 4.1};
    t.interval = SpeedBand{4.3, 4.5};
    t.repetition_mps = 4.8;
    return t;
}

TEST(SessionLibrary, RunWalkSpellsOutTheWalkBreaks) {
    const auto s = lib::run_walk(120, targets_with_paces());  // 2 min of running
    EXPECT_EQ(s.kind, SessionKind::walk_run);
    ASSERT_TRUE(s.workout);
    const auto& steps = s.workout->steps;
    ASSERT_EQ(steps.size(), 4U);
    EXPECT_EQ(steps[0].name, "Brisk walk");
    EXPECT_DOUBLE_EQ(steps[0].duration_s, 300);
    EXPECT_DOUBLE_EQ(steps[1].duration_s, 30);
    EXPECT_EQ(steps[1].hr_low_bpm, 130);
    EXPECT_DOUBLE_EQ(steps[2].duration_s, 90);
    EXPECT_EQ(steps[3].kind, WorkoutStep::Kind::repeat);
    EXPECT_EQ(steps[3].repeat_count, 4);
    EXPECT_DOUBLE_EQ(s.run_min, 2.0);
    EXPECT_DOUBLE_EQ(s.walk_min, 5.0 + 4 * 1.5);
    EXPECT_EQ(s.duration_min, 5 + 4 * 2);
    EXPECT_DOUBLE_EQ(s.moderate_equivalent_min, 11.0 + 2 * 2.0);  // walking counts once, running twice
}

TEST(SessionLibrary, RunWalkMovesInThirtySecondStepsNeverShorter) {
    const auto s = lib::run_walk(100, targets_with_paces());  // 1:40 → 1:30: three 30 s bouts
    EXPECT_NEAR(s.run_min, 1.5, 1e-9);
    for (const auto& step : s.workout->steps) {
        if (step.kind == domain::WorkoutStep::Kind::timed) {
            EXPECT_GE(step.duration_s, 30.0) << step.name;
        }
    }
    const auto tiny = lib::run_walk(10, targets_with_paces());  // never below one step
    EXPECT_NEAR(tiny.run_min, 0.5, 1e-9);
    const auto partial = lib::run_walk(7.5 * 60, targets_with_paces());  // 7 × 60 s + a 30 s bout
    EXPECT_NEAR(partial.run_min, 7.5, 1e-9);
    bool has_half = false;
    for (const auto& step : partial.workout->steps) has_half |= step.duration_s == 30.0;
    EXPECT_TRUE(has_half);
}

TEST(SessionLibrary, LongerLadderSessionsUseLongerBouts) {
    const auto s = lib::run_walk(9 * 60, targets_with_paces());
    EXPECT_DOUBLE_EQ(s.workout->steps[1].duration_s, 90);   // Couch to 5K week 2 bouts
    EXPECT_DOUBLE_EQ(s.workout->steps[2].duration_s, 120);
    EXPECT_DOUBLE_EQ(s.run_min, 9.0);
}

TEST(SessionLibrary, SprintIntervalsFollowTheBriefsTreadmillProtocol) {
    // 10 min easy jog, then 30 s sprint / 90 s easy jog repeats (Hazell 2014's sprints and count; the brief's 90 s
    // recovery), then a 5 min cool-down jog, all at the athlete's own speeds.
    const auto s = lib::sprint_intervals(4, true, targets_with_paces());
    EXPECT_EQ(s.intensity, Intensity::high);
    EXPECT_TRUE(s.treadmill);
    EXPECT_EQ(s.workout->sub_sport, "treadmill");
    const auto& steps = s.workout->steps;
    ASSERT_EQ(steps.size(), 5U);
    EXPECT_DOUBLE_EQ(steps[0].duration_s, 600);  // warm-up jog at E speed
    EXPECT_DOUBLE_EQ(*steps[0].speed_low_mps, 2.8);
    EXPECT_DOUBLE_EQ(*steps[0].speed_high_mps, 3.2);
    EXPECT_DOUBLE_EQ(steps[1].duration_s, 30);  // sprint at R speed or faster
    EXPECT_DOUBLE_EQ(*steps[1].speed_low_mps, 4.8);
    EXPECT_FALSE(steps[1].speed_high_mps.has_value());
    EXPECT_DOUBLE_EQ(steps[2].duration_s, 90);  // easy jog recovery at E speed
    EXPECT_DOUBLE_EQ(*steps[2].speed_low_mps, 2.8);
    EXPECT_EQ(steps[2].intensity, domain::WorkoutStep::Intensity::recovery);
    EXPECT_EQ(steps[3].kind, domain::WorkoutStep::Kind::repeat);
    EXPECT_EQ(steps[3].repeat_from, 1);
    EXPECT_EQ(steps[3].repeat_count, 4);
    EXPECT_DOUBLE_EQ(steps[4].duration_s, 300);  // cool-down jog
    // All of it is running (the recoveries are jogs): 10 + 4 × 2 + 5 min.
    EXPECT_NEAR(s.run_min, 10 + 4 * 2 + 5, 1e-9);
    EXPECT_EQ(s.duration_min, 10 + 4 * 2 + 5);
}

TEST(SessionLibrary, SprintIntervalsUseHeartRateWithoutARaceTime) {
    auto t = targets_with_paces();
    t.easy.reset();
    t.repetition_mps.reset();
    const auto s = lib::sprint_intervals(6, false, t);
    EXPECT_FALSE(s.treadmill);
    const auto& steps = s.workout->steps;
    ASSERT_EQ(steps.size(), 5U);
    EXPECT_EQ(steps[0].hr_low_bpm, 130);
    EXPECT_EQ(steps[1].hr_low_bpm, 178);
    EXPECT_EQ(steps[2].hr_high_bpm, 150);
    EXPECT_EQ(steps[3].repeat_count, 6);
    EXPECT_EQ(s.duration_min, 10 + 6 * 2 + 5);
}

TEST(SessionLibrary, TempoUsesTPaceOrHeartRate) {
    auto t = targets_with_paces();
    const auto paced = lib::tempo(12, t);
    EXPECT_DOUBLE_EQ(*paced.workout->steps[1].speed_low_mps, 3.9);
    EXPECT_EQ(paced.duration_min, 27);
    t.threshold.reset();
    const auto by_hr = lib::tempo(12, t);
    EXPECT_EQ(by_hr.workout->steps[1].hr_low_bpm, 165);
    EXPECT_FALSE(by_hr.workout->steps[1].speed_low_mps);
}

TEST(SessionLibrary, RepeatsAreTimedAt800mOfIPace) {
    const auto t = targets_with_paces();
    const double rep = lib::repeat_800m_s(t);
    EXPECT_DOUBLE_EQ(rep, std::round(800.0 / 4.4));
    const auto s = lib::repeats_800m(5, t);
    EXPECT_NEAR(s.run_min, (600 + 5 * 2 * rep + 300) / 60.0, 1e-9);
}

TEST(SessionLibrary, WaterRunAndWalk) {
    const auto water = lib::water_run(30, false, targets_with_paces());
    EXPECT_EQ(water.type, SessionType::water_run);
    EXPECT_DOUBLE_EQ(water.run_min, 30);
    EXPECT_DOUBLE_EQ(water.moderate_equivalent_min, 30);  // counted as moderate
    const auto walk = lib::brisk_walk(30);
    EXPECT_EQ(walk.kind, SessionKind::walk);
    EXPECT_DOUBLE_EQ(walk.run_min, 0);
    EXPECT_DOUBLE_EQ(walk.moderate_equivalent_min, 30);
}

}  // namespace
}  // namespace ironstride::planner
