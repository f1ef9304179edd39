#include "ironstride/planner/constraints.hpp"
#include "ironstride/planner/progression.hpp"

#include <algorithm>

#include <gtest/gtest.h>

#include "ironstride/planner/planner.hpp"
#include "unit/planner/sample_athletes.hpp"

namespace ironstride::planner {
namespace {

using testing::at;
using testing::day;

bool has_rule(const std::vector<Violation>& violations, std::string_view id) {
    return std::any_of(violations.begin(), violations.end(), [&](const Violation& v) { return v.rule == id; });
}

PlannedSession run(int hour, int minutes, Intensity intensity, double run_min = -1) {
    PlannedSession s;
    s.kind = SessionKind::run;
    s.type = intensity == Intensity::high ? SessionType::tempo : SessionType::easy;
    s.title = "Run";
    s.intensity = intensity;
    s.start = at(hour);
    s.duration_min = minutes;
    s.run_min = run_min < 0 ? minutes : run_min;
    s.moderate_equivalent_min = 2.0 * s.run_min;
    s.why = {"test"};
    return s;
}

PlannedSession lift_of(const domain::LiftingSession& lift) {
    PlannedSession s;
    s.kind = SessionKind::lift;
    s.type = SessionType::lift;
    s.title = lift.name;
    s.intensity = Intensity::moderate;
    s.start = lift.start;
    s.duration_min = lift.duration_min;
    s.lower_body_heavy = lift.lower_body_heavy;
    s.why = {"test"};
    return s;
}

/// A hand-made plan with the athlete's split, every day fed and slept, and no runs: add runs per test.
Plan skeleton(const domain::Athlete& athlete, units::CivilDay start, int weeks) {
    Plan plan;
    plan.start = start;
    plan.weeks_count = weeks;
    // The baseline the planner records (check_plan grows from the plan's own, as a plan from history has its own).
    const ProgressionSettings settings = progression_settings(athlete);
    plan.baseline = {settings.baseline_longest_min, settings.baseline_weekly_min, athlete.max_weekly_increase,
                     settings.long_run_cap_min};
    for (int w = 0; w < weeks; ++w) {
        PlanWeek week;
        week.index = w;
        week.start = start + std::chrono::days{7 * w};
        week.phase = (w + 1) % 4 == 0 ? WeekPhase::deload : WeekPhase::build;
        for (int d = 0; d < 7; ++d) {
            PlanDay pd;
            pd.date = week.start + std::chrono::days{d};
            for (const auto& lift : athlete.lifting) {
                if (lift.weekday == units::iso_weekday_index(pd.date)) pd.sessions.push_back(lift_of(lift));
            }
            pd.nutrition.load = "rest";
            pd.nutrition.kcal = 2000;
            pd.nutrition.protein_g = 150;
            pd.nutrition.carbs_g = 200;
            pd.nutrition.fat_g = 60;
            pd.sleep_target_h = 8;
            week.days.push_back(pd);
        }
        plan.weeks.push_back(week);
    }
    plan.guidelines_met = true;
    plan.warnings.push_back({std::string(rule_id::kGuidelines), "", "skeleton"});
    return plan;
}

void add(Plan& plan, int week, int day_index, PlannedSession session) {
    auto& d = plan.weeks[static_cast<std::size_t>(week)].days[static_cast<std::size_t>(day_index)];
    d.sessions.push_back(std::move(session));
    plan.weeks[static_cast<std::size_t>(week)].run_minutes += d.sessions.back().run_min;
}

domain::Athlete athlete_for_rules() {
    auto a = testing::hybrid_lifter();  // Mon lower heavy 18:00, Tue upper, Thu lower heavy, Fri upper
    a.longest_recent_run_min = 40;
    a.recent_weekly_run_min = 100;
    return a;
}

TEST(Constraints, EveryRuleHasIdSummaryAndEvidence) {
    ASSERT_GE(rules().size(), 15U);
    for (const auto& r : rules()) {
        EXPECT_FALSE(r.id.empty());
        EXPECT_FALSE(r.summary.empty()) << r.id;
        EXPECT_FALSE(r.evidence.empty()) << r.id;
    }
    EXPECT_EQ(rule(rule_id::kDeload).id, rule_id::kDeload);
}

TEST(Constraints, SkeletonPassesAndMovedLiftIsCaught) {
    const auto a = athlete_for_rules();
    auto plan = skeleton(a, day(2026, 11, 30), 1);
    EXPECT_TRUE(check_plan(plan, a).empty());
    plan.weeks[0].days[0].sessions[0].start = at(7);
    EXPECT_TRUE(has_rule(check_plan(plan, a), rule_id::kLiftingSplitFixed));
}

TEST(Constraints, RunLessThanSixHoursBeforeTheLiftOrTooCloseAfterIsCaught) {
    const auto a = athlete_for_rules();
    auto plan = skeleton(a, day(2026, 11, 30), 1);
    add(plan, 0, 1, run(13, 30, Intensity::easy));  // Tue 13:00-13:30, 4.5 h before the 18:00 lift
    EXPECT_TRUE(has_rule(check_plan(plan, a), rule_id::kLiftBeforeRun));

    plan = skeleton(a, day(2026, 11, 30), 1);
    auto late = run(21, 30, Intensity::easy);  // 2 h after the 18:00-19:00 lift
    add(plan, 0, 1, late);
    EXPECT_TRUE(has_rule(check_plan(plan, a), rule_id::kMin3hGap));
}

TEST(Constraints, OnlyACitedEasyRunStraightAfterALiftWithoutHeavyLegsIsTheCompromise) {
    const auto a = athlete_for_rules();  // Mon heavy legs 18:00-19:15, Tue upper 18:00-19:00
    const auto stacked = [](int hour, int minute, Intensity intensity) {
        auto s = run(hour, 20, intensity);
        s.start = at(hour, minute);
        s.why.insert(s.why.begin(), std::string(rule_id::kRunAfterUpperLift) + ": no window takes this run");
        return s;
    };
    const auto rules_of = [&](int day_index, PlannedSession session) {
        auto plan = skeleton(a, day(2026, 11, 30), 1);
        add(plan, 0, day_index, std::move(session));
        return check_plan(plan, a);
    };
    auto v = rules_of(1, stacked(19, 0, Intensity::easy));
    EXPECT_FALSE(has_rule(v, rule_id::kMin3hGap));
    EXPECT_FALSE(has_rule(v, rule_id::kLiftBeforeRun));
    EXPECT_TRUE(has_rule(rules_of(1, stacked(19, 20, Intensity::easy)), rule_id::kMin3hGap));  // 20 min after
    EXPECT_TRUE(has_rule(rules_of(0, stacked(19, 15, Intensity::easy)), rule_id::kMin3hGap));  // after heavy legs
    EXPECT_TRUE(has_rule(rules_of(1, stacked(19, 0, Intensity::high)), rule_id::kMin3hGap));   // a hard run
    auto uncited = run(19, 20, Intensity::easy);
    EXPECT_TRUE(has_rule(rules_of(1, uncited), rule_id::kMin3hGap));  // not marked as the compromise
}

TEST(Constraints, ARunSixHoursOrMoreBeforeTheLiftMayComeFirst) {
    const auto a = athlete_for_rules();
    auto plan = skeleton(a, day(2026, 11, 30), 1);
    add(plan, 0, 1, run(6, 30, Intensity::easy));  // Tue 06:00-06:30, 11.5 h before the 18:00 lift
    const auto violations = check_plan(plan, a);
    EXPECT_FALSE(has_rule(violations, rule_id::kLiftBeforeRun));
    EXPECT_FALSE(has_rule(violations, rule_id::kMin3hGap));

    plan = skeleton(a, day(2026, 11, 30), 1);
    add(plan, 0, 1, run(11, 60, Intensity::easy));  // ends 12:00, exactly 6 h before
    EXPECT_FALSE(has_rule(check_plan(plan, a), rule_id::kLiftBeforeRun));
    plan = skeleton(a, day(2026, 11, 30), 1);
    add(plan, 0, 1, run(11, 61, Intensity::easy));  // one minute short of 6 h
    EXPECT_TRUE(has_rule(check_plan(plan, a), rule_id::kLiftBeforeRun));
}

TEST(Constraints, ThreeToSixHoursNeedsTheCompromiseStated) {
    auto a = athlete_for_rules();
    a.availability[1] = {{at(6), at(23, 59)}};
    auto plan = skeleton(a, day(2026, 11, 30), 1);
    plan.weeks[0].days[1].sessions[0].start = at(18);
    auto r = run(22, 30, Intensity::easy);  // 3 h after 18:00-19:00
    add(plan, 0, 1, r);
    EXPECT_TRUE(has_rule(check_plan(plan, a), rule_id::kPrefer6hGap));
    plan.weeks[0].days[1].sessions.back().why.push_back(std::string(rule_id::kPrefer6hGap) + ": compromise");
    EXPECT_FALSE(has_rule(check_plan(plan, a), rule_id::kPrefer6hGap));
    EXPECT_FALSE(has_rule(check_plan(plan, a), rule_id::kMin3hGap));
}

TEST(Constraints, HardRunInThe24hBeforeHeavyLegsIsCaught) {
    const auto a = athlete_for_rules();
    auto plan = skeleton(a, day(2026, 11, 30), 1);
    add(plan, 0, 2, run(20, 40, Intensity::high));  // Wed 20:00, Thu heavy legs 18:00
    const auto v = check_plan(plan, a);
    EXPECT_TRUE(has_rule(v, rule_id::kNoHardRunBeforeHeavyLegs));
    // The same run at easy effort is fine by this rule.
    plan = skeleton(a, day(2026, 11, 30), 1);
    add(plan, 0, 2, run(7, 40, Intensity::easy));
    EXPECT_FALSE(has_rule(check_plan(plan, a), rule_id::kNoHardRunBeforeHeavyLegs));
}

TEST(Constraints, HardRunOnSundayBeforeNextWeeksHeavyLegsIsCaught) {
    const auto a = athlete_for_rules();
    auto plan = skeleton(a, day(2026, 11, 30), 1);
    add(plan, 0, 6, run(20, 40, Intensity::high));  // Sunday evening; the split continues on Monday 18:00
    EXPECT_TRUE(has_rule(check_plan(plan, a), rule_id::kNoHardRunBeforeHeavyLegs));
}

TEST(Constraints, FortyEightHoursBetweenLegHeavyHardSessions) {
    const auto a = athlete_for_rules();
    auto plan = skeleton(a, day(2026, 11, 30), 1);
    add(plan, 0, 1, run(6, 40, Intensity::high));  // Tue, the day after Monday's heavy legs
    EXPECT_TRUE(has_rule(check_plan(plan, a), rule_id::k48hHardLegSessions));
    plan = skeleton(a, day(2026, 11, 30), 1);
    add(plan, 0, 5, run(8, 40, Intensity::high));  // Sat: two days after Thursday, two before next Monday
    add(plan, 0, 2, run(7, 40, Intensity::high));  // Wed: two days after Monday, but the day before Thursday
    const auto v = check_plan(plan, a);
    EXPECT_TRUE(has_rule(v, rule_id::k48hHardLegSessions));
    plan = skeleton(a, day(2026, 11, 30), 1);
    add(plan, 0, 5, run(8, 40, Intensity::high));
    EXPECT_FALSE(has_rule(check_plan(plan, a), rule_id::k48hHardLegSessions));
    EXPECT_FALSE(has_rule(check_plan(plan, a), rule_id::kNoHardRunBeforeHeavyLegs));
}

TEST(Constraints, LongRunCapByGoal) {
    auto a = athlete_for_rules();
    a.goal = domain::Goal::physique;
    EXPECT_DOUBLE_EQ(long_run_cap_min(a), 60.0);
    a.longest_recent_run_min = 100;
    auto plan = skeleton(a, day(2026, 11, 30), 1);
    add(plan, 0, 6, run(8, 70, Intensity::easy));
    EXPECT_TRUE(has_rule(check_plan(plan, a), rule_id::kLongRunCap));
    a.goal = domain::Goal::race;
    a.goal_race_distance_m = 42195;
    EXPECT_FALSE(has_rule(check_plan(plan, a), rule_id::kLongRunCap));
}

TEST(Constraints, AWeekWithoutARestDayIsCaught) {
    const auto a = athlete_for_rules();
    auto plan = skeleton(a, day(2026, 11, 30), 1);
    add(plan, 0, 2, run(7, 30, Intensity::easy));
    add(plan, 0, 5, run(8, 30, Intensity::easy));
    EXPECT_FALSE(has_rule(check_plan(plan, a), rule_id::kRestDay));
    add(plan, 0, 6, run(8, 30, Intensity::easy));
    EXPECT_TRUE(has_rule(check_plan(plan, a), rule_id::kRestDay));
}

TEST(Constraints, DeloadMustCutRunningBy30To40Percent) {
    const auto a = athlete_for_rules();
    auto plan = skeleton(a, day(2026, 11, 30), 4);
    for (int w = 0; w < 3; ++w) add(plan, w, 5, run(8, 40, Intensity::easy));
    add(plan, 3, 5, run(8, 40, Intensity::easy));  // not reduced
    EXPECT_TRUE(has_rule(check_plan(plan, a), rule_id::kDeload));
    plan = skeleton(a, day(2026, 11, 30), 4);
    for (int w = 0; w < 3; ++w) add(plan, w, 5, run(8, 40, Intensity::easy));
    add(plan, 3, 5, run(8, 26, Intensity::easy));  // 65 %
    EXPECT_FALSE(has_rule(check_plan(plan, a), rule_id::kDeload));
    plan.weeks[3].phase = WeekPhase::build;
    EXPECT_TRUE(has_rule(check_plan(plan, a), rule_id::kDeload));
}

TEST(Constraints, SingleRunOver110PercentOfThe30DayLongestIsCaught) {
    const auto a = athlete_for_rules();  // longest recent 40 min
    auto plan = skeleton(a, day(2026, 11, 30), 1);
    add(plan, 0, 5, run(8, 44, Intensity::easy));
    EXPECT_FALSE(has_rule(check_plan(plan, a), rule_id::kSingleRun110));
    plan = skeleton(a, day(2026, 11, 30), 1);
    add(plan, 0, 5, run(8, 45, Intensity::easy));
    EXPECT_TRUE(has_rule(check_plan(plan, a), rule_id::kSingleRun110));
}

TEST(Constraints, NewRunnerWithoutHistoryMayStartAt5MinutesOnly) {
    auto a = testing::new_runner_lifter();
    auto plan = skeleton(a, day(2026, 11, 30), 1);
    auto first = run(7, 20, Intensity::easy, 6.0);
    first.kind = SessionKind::walk_run;
    add(plan, 0, 2, first);
    const auto v = check_plan(plan, a);
    EXPECT_TRUE(has_rule(v, rule_id::kSingleRun110));
    EXPECT_TRUE(has_rule(v, rule_id::kBeginnerStart));
}

TEST(Constraints, WeeklyRunningOver30PercentInTwoWeeksIsCaught) {
    auto a = athlete_for_rules();  // 100 min a week recently
    a.max_weekly_increase = 0.30;
    a.longest_recent_run_min = 200;
    a.goal = domain::Goal::race;
    a.goal_race_distance_m = 42195;
    auto plan = skeleton(a, day(2026, 11, 30), 3);
    add(plan, 0, 5, run(8, 100, Intensity::easy));
    add(plan, 1, 5, run(8, 110, Intensity::easy));
    add(plan, 2, 5, run(8, 131, Intensity::easy));  // +31 % over week 1
    EXPECT_TRUE(has_rule(check_plan(plan, a), rule_id::kWeekly30Over2Weeks));
    a.max_weekly_increase = 0.10;  // the athlete's own 10 % allows only +21 % over two weeks
    plan.weeks[2].days[5].sessions.back().run_min = 125;
    plan.weeks[2].run_minutes = 125;
    const auto v = check_plan(plan, a);
    EXPECT_FALSE(has_rule(v, rule_id::kWeekly30Over2Weeks));
    EXPECT_TRUE(has_rule(v, rule_id::kWeeklyIncreaseSetting));
}

TEST(Constraints, SleepOutsideTheRecommendedRangeIsCaught) {
    const auto a = athlete_for_rules();
    auto plan = skeleton(a, day(2026, 11, 30), 1);
    plan.weeks[0].days[3].sleep_target_h = 6.5;
    EXPECT_TRUE(has_rule(check_plan(plan, a), rule_id::kSleep));
    EXPECT_DOUBLE_EQ(sleep_target_h(a, 30), 8.0);
    auto older = a;
    older.sleep_target_h = 9.0;
    EXPECT_DOUBLE_EQ(sleep_target_h(older, 70), 8.0);  // NSF: 7-8 h from 65
    older.sleep_target_h = 6.0;
    EXPECT_DOUBLE_EQ(sleep_target_h(older, 30), 7.0);  // AASM/SRS: at least 7 h
}

TEST(Constraints, MissingNutritionAndUnexplainedDropsAreCaught) {
    const auto a = athlete_for_rules();
    auto plan = skeleton(a, day(2026, 11, 30), 1);
    plan.weeks[0].days[2].nutrition.kcal = 0;
    EXPECT_TRUE(has_rule(check_plan(plan, a), rule_id::kNutritionDaily));
    // 0 g of carbohydrate is a missing target unless the day says the cut's deficit left none (carbs_below_band).
    plan = skeleton(a, day(2026, 11, 30), 1);
    plan.weeks[0].days[2].nutrition.carbs_g = 0;
    EXPECT_TRUE(has_rule(check_plan(plan, a), rule_id::kNutritionDaily));
    plan.weeks[0].days[2].nutrition.carbs_below_band = true;
    EXPECT_FALSE(has_rule(check_plan(plan, a), rule_id::kNutritionDaily));
    plan = skeleton(a, day(2026, 11, 30), 1);
    plan.weeks[0].unplaced.push_back({SessionType::easy, 30, std::string(rule_id::kRestDay), "sun 07:00-12:00"});
    EXPECT_TRUE(has_rule(check_plan(plan, a), rule_id::kNoSilentDrop));
    plan.warnings.push_back({std::string(rule_id::kRestDay), "sun 07:00-12:00", "not placed"});
    EXPECT_FALSE(has_rule(check_plan(plan, a), rule_id::kNoSilentDrop));
}

TEST(Constraints, GuidelinesShortfallNeedsAWarning) {
    const auto a = athlete_for_rules();
    auto plan = skeleton(a, day(2026, 11, 30), 1);
    plan.warnings.clear();
    plan.weeks[0].moderate_equivalent_minutes = 100;
    plan.weeks[0].strength_days = 4;
    EXPECT_TRUE(has_rule(check_plan(plan, a), rule_id::kGuidelines));
    plan.weeks[0].moderate_equivalent_minutes = 150;
    EXPECT_FALSE(has_rule(check_plan(plan, a), rule_id::kGuidelines));
}

TEST(Constraints, RunsOutsideWindowsOrOverlappingAreCaught) {
    const auto a = athlete_for_rules();
    auto plan = skeleton(a, day(2026, 11, 30), 1);
    add(plan, 0, 2, run(10, 30, Intensity::easy));  // Wed windows are 06:00-08:00 and 18:00-21:30
    EXPECT_TRUE(has_rule(check_plan(plan, a), rule_id::kRunsInAvailability));
    plan = skeleton(a, day(2026, 11, 30), 1);
    add(plan, 0, 2, run(6, 60, Intensity::easy));
    add(plan, 0, 2, run(6, 30, Intensity::easy));
    EXPECT_TRUE(has_rule(check_plan(plan, a), rule_id::kRunsInAvailability));
}

}  // namespace
}  // namespace ironstride::planner
