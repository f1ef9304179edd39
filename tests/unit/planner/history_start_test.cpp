#include "ironstride/planner/history_start.hpp"

#include <string>

#include <gtest/gtest.h>

#include "ironstride/planner/constraints.hpp"
#include "ironstride/planner/planner.hpp"
#include "unit/planner/sample_athletes.hpp"

namespace ironstride::planner {
namespace {

using testing::day;

const units::CivilDay kStart = day(2026, 11, 30);

/// `weeks` weeks of `per_week` running minutes in three runs, the last on `last`.
TrainingHistory weeks_of_running(units::CivilDay last, int weeks, double per_week) {
    TrainingHistory history;
    for (int w = 0; w < weeks; ++w) {
        for (int r = 0; r < 3; ++r) history.runs.push_back({last - std::chrono::days{7 * w + 2 * r}, per_week / 3.0});
    }
    return history;
}

bool has_note(const PlanWeek& week, std::string_view prefix) {
    for (const auto& note : week.notes) {
        if (note.rfind(prefix, 0) == 0) return true;
    }
    return false;
}

std::string notes_of(const PlanWeek& week) {
    std::string out;
    for (const auto& note : week.notes) out += note + "\n";
    return out;
}

TEST(HistoryStart, WithoutHistoryTheProfileStands) {
    const domain::Athlete athlete = testing::hybrid_lifter();
    const ProgressionSettings profile = progression_settings(athlete);
    const HistoryStart start = history_start(athlete, profile, {}, kStart);
    EXPECT_DOUBLE_EQ(start.settings.baseline_weekly_min, profile.baseline_weekly_min);
    EXPECT_FALSE(start.settings.first_week_min);
    EXPECT_TRUE(start.first_week_notes.empty());
    EXPECT_TRUE(start.opening_notes.empty());  // an intermediate runner is past the first weeks
}

TEST(HistoryStart, AThreeWeekBreakRestartsAtHalfThePreBreakVolume) {
    const domain::Athlete athlete = testing::hybrid_lifter();
    const TrainingHistory history = weeks_of_running(kStart - std::chrono::days{22}, 4, 150);
    const HistoryStart start = history_start(athlete, progression_settings(athlete), history, kStart);
    EXPECT_DOUBLE_EQ(start.settings.baseline_weekly_min, 75);
    ASSERT_EQ(start.first_week_notes.size(), 1U);
    EXPECT_EQ(start.first_week_notes[0].rfind(rule_id::kReturnAfterBreak, 0), 0U) << start.first_week_notes[0];
    EXPECT_FALSE(start.opening_notes.empty());  // returning: the lift-dip note

    const Plan plan = make_plan(athlete, kStart, 8, history);
    EXPECT_TRUE(check_plan(plan, athlete).empty());
    EXPECT_NEAR(plan.weeks[0].run_minutes, 75, 5) << notes_of(plan.weeks[0]);
    EXPECT_TRUE(has_note(plan.weeks[0], rule_id::kReturnAfterBreak)) << notes_of(plan.weeks[0]);
    EXPECT_GT(plan.weeks[2].run_minutes, plan.weeks[0].run_minutes);
    EXPECT_LE(plan.weeks[6].run_minutes, 150 * 1.0001 + 1);
    // Without the history the same athlete plans from the profile's volume.
    EXPECT_GT(make_plan(athlete, kStart, 1).weeks[0].run_minutes, plan.weeks[0].run_minutes + 20);
}

TEST(HistoryStart, MoreThanThreeMonthsOffStartsTheRunWalkLadderAgain) {
    const domain::Athlete athlete = testing::hybrid_lifter();
    const TrainingHistory history = weeks_of_running(kStart - std::chrono::days{100}, 4, 150);
    const Plan plan = make_plan(athlete, kStart, 4, history);
    EXPECT_TRUE(check_plan(plan, athlete).empty());
    EXPECT_LE(plan.weeks[0].run_minutes, 5.0 + 1e-9);
    EXPECT_TRUE(has_note(plan.weeks[0], rule_id::kReturnAfterBreak));
    bool run_walk = false;
    for (const auto& d : plan.weeks[0].days) {
        for (const auto& s : d.sessions) run_walk = run_walk || s.kind == SessionKind::walk_run;
    }
    EXPECT_TRUE(run_walk);
}

/// A beginner on the ladder: 8 running minutes the week before last, 10 last week, and last week's check-ins.
TrainingHistory beginner_history(std::initializer_list<analysis::Readiness> last_week) {
    TrainingHistory history;
    history.runs = {{kStart - std::chrono::days{12}, 4}, {kStart - std::chrono::days{10}, 4},
                    {kStart - std::chrono::days{6}, 5}, {kStart - std::chrono::days{3}, 5}};
    int offset = 1;
    for (const auto level : last_week) history.readiness.push_back({kStart - std::chrono::days{offset++}, level});
    return history;
}

TEST(HistoryStart, ABeginnerGrowsOnGreenHoldsOnAmberStepsBackOnRed) {
    using analysis::Readiness;
    const domain::Athlete athlete = testing::new_runner_lifter();
    const auto first_week = [&](const TrainingHistory& history) {
        const Plan plan = make_plan(athlete, kStart, 6, history);
        for (const auto& v : check_plan(plan, athlete)) ADD_FAILURE() << v.rule << " " << v.where << ": " << v.message;
        EXPECT_TRUE(has_note(plan.weeks[0], "")) << notes_of(plan.weeks[0]);
        return plan.weeks[0];
    };
    const PlanWeek unknown = first_week(beginner_history({}));
    const PlanWeek green = first_week(beginner_history({Readiness::green, Readiness::amber, Readiness::green}));
    const PlanWeek amber = first_week(beginner_history({Readiness::amber, Readiness::green, Readiness::amber}));
    const PlanWeek red = first_week(beginner_history({Readiness::green, Readiness::red}));
    // Green (or no check-ins) grows from the logged 10 min against the 8 two weeks back: 8 + 4 (the growth floor).
    EXPECT_NEAR(unknown.run_minutes, 12, 1.01) << notes_of(unknown);
    EXPECT_NEAR(green.run_minutes, unknown.run_minutes, 1e-9);
    EXPECT_NEAR(amber.run_minutes, 10, 1.01) << notes_of(amber);
    EXPECT_NEAR(red.run_minutes, 8, 1.01) << notes_of(red);
    EXPECT_GT(green.run_minutes, amber.run_minutes);
    EXPECT_GT(amber.run_minutes, red.run_minutes);
    EXPECT_TRUE(has_note(green, rule_id::kBeginnerGrowthByReadiness)) << notes_of(green);
    EXPECT_NE(notes_of(unknown).find("no check-ins last week"), std::string::npos) << notes_of(unknown);
    EXPECT_NE(notes_of(amber).find("holding"), std::string::npos) << notes_of(amber);
    EXPECT_NE(notes_of(red).find("step back"), std::string::npos) << notes_of(red);
}

TEST(HistoryStart, NewAndReturningRunnersAreToldLegDayLiftsMayDipInTheFirstWeeks) {
    const domain::Athlete beginner = testing::new_runner_lifter();
    const Plan plan = make_plan(beginner, kStart, 4);
    EXPECT_TRUE(has_note(plan.weeks[0], rule_id::kExpectedLiftDip));
    EXPECT_TRUE(has_note(plan.weeks[1], rule_id::kExpectedLiftDip));
    EXPECT_FALSE(has_note(plan.weeks[2], rule_id::kExpectedLiftDip));
    EXPECT_FALSE(has_note(make_plan(testing::hybrid_lifter(), kStart, 2).weeks[0], rule_id::kExpectedLiftDip));
    // A "new runner" whose log shows running for two months is past the first weeks.
    const TrainingHistory settled = weeks_of_running(kStart - std::chrono::days{2}, 9, 30);
    EXPECT_FALSE(has_note(make_plan(beginner, kStart, 2, settled).weeks[0], rule_id::kExpectedLiftDip));
    // No heavy legs in the split: nothing to dip.
    domain::Athlete upper_only = beginner;
    for (auto& lift : upper_only.lifting) lift.lower_body_heavy = false;
    EXPECT_FALSE(has_note(make_plan(upper_only, kStart, 2).weeks[0], rule_id::kExpectedLiftDip));
}


TEST(HistoryStart, ARunnerWithRecentLogsStartsFromWhatHeRanNotFromTheProfile) {
    domain::Athlete athlete = testing::hybrid_lifter();
    athlete.recent_weekly_run_min = 60;  // the profile undersells him
    TrainingHistory history = weeks_of_running(kStart - std::chrono::days{2}, 4, 150);
    const Plan plan = make_plan(athlete, kStart, 4, history);
    EXPECT_TRUE(check_plan(plan, athlete).empty());
    EXPECT_EQ(plan.baseline.source, "history");
    EXPECT_NEAR(plan.baseline.weekly_run_min, 150, 1e-9);
    EXPECT_NEAR(plan.baseline.longest_run_min, 50, 1e-9);
    EXPECT_GT(plan.weeks[0].run_minutes, 120);
    EXPECT_EQ(make_plan(athlete, kStart, 1).baseline.source, "profile");
    // A red week before the plan: one step back.
    for (int d = 1; d <= 2; ++d) history.readiness.push_back({kStart - std::chrono::days{d}, analysis::Readiness::red});
    const Plan tired = make_plan(athlete, kStart, 2, history);
    EXPECT_TRUE(check_plan(tired, athlete).empty());
    EXPECT_LT(tired.weeks[0].run_minutes, plan.weeks[0].run_minutes);
}

int hard_runs(const PlanWeek& week) {
    int count = 0;
    for (const auto& day : week.days) {
        for (const auto& session : day.sessions) {
            count += session.kind == SessionKind::run && session.intensity == Intensity::high ? 1 : 0;
        }
    }
    return count;
}

TEST(HistoryStart, AnAdvancedRunnerWithoutLoggedIntensityStartsWithOneHardRunAWeek) {
    domain::Athlete athlete = testing::hybrid_lifter();
    athlete.experience = domain::RunningExperience::advanced;
    athlete.recent_weekly_run_min = 240;
    const TrainingHistory easy_only = weeks_of_running(kStart - std::chrono::days{1}, 4, 240);
    const Plan introduced = make_plan(athlete, kStart, 4, easy_only);
    ASSERT_TRUE(introduced.baseline.hard_per_week);
    EXPECT_DOUBLE_EQ(*introduced.baseline.hard_per_week, 0);
    EXPECT_LE(hard_runs(introduced.weeks[0]), 1);
    EXPECT_LE(hard_runs(introduced.weeks[1]), 1);
    EXPECT_TRUE(has_note(introduced.weeks[0], rule_id::kIntensityIntro)) << notes_of(introduced.weeks[0]);
    EXPECT_FALSE(has_note(introduced.weeks[2], rule_id::kIntensityIntro));
    EXPECT_TRUE(check_plan(introduced, athlete).empty());

    TrainingHistory with_intervals = easy_only;
    for (std::size_t i = 0; i < with_intervals.runs.size(); i += 2) with_intervals.runs[i].hard = true;
    const double logged = logged_hard_runs_per_week(with_intervals, kStart);
    ASSERT_GE(logged, kIntensityIntroBelowPerWeek);
    const Plan trained = make_plan(athlete, kStart, 4, with_intervals);
    EXPECT_DOUBLE_EQ(*trained.baseline.hard_per_week, logged);
    EXPECT_FALSE(has_note(trained.weeks[0], rule_id::kIntensityIntro));
    EXPECT_GE(hard_runs(trained.weeks[0]), hard_runs(introduced.weeks[0]));

    EXPECT_FALSE(make_plan(athlete, kStart, 1).baseline.hard_per_week) << "from the profile: unknown";
}

}  // namespace
}  // namespace ironstride::planner
