#include "ironstride/planner/training_history.hpp"

#include <gtest/gtest.h>

#include "unit/planner/sample_athletes.hpp"

namespace ironstride::planner {
namespace {

using testing::day;

/// `weeks` weeks of `per_week` running minutes, three runs a week, the last run on `last`.
TrainingHistory weeks_of_running(units::CivilDay last, int weeks, double per_week) {
    TrainingHistory history;
    for (int w = 0; w < weeks; ++w) {
        for (int r = 0; r < 3; ++r) {
            history.runs.push_back({last - std::chrono::days{7 * w + 2 * r}, per_week / 3.0});
        }
    }
    return history;
}

TEST(TrainingHistory, ReturnSharesFollowTheHeuristicsTestVector) {
    // evidence.md §16 [TEST VECTOR]: 40 km/week, 2 weeks off → 20, 30, then 40; 4 weeks off → 20, 20, 30, 30, 40.
    const std::vector<double> two = return_shares(2);
    ASSERT_EQ(two.size(), 2U);
    EXPECT_DOUBLE_EQ(40 * two[0], 20);
    EXPECT_DOUBLE_EQ(40 * two[1], 30);
    const std::vector<double> four = return_shares(4);
    ASSERT_EQ(four.size(), 4U);
    EXPECT_DOUBLE_EQ(40 * four[0], 20);
    EXPECT_DOUBLE_EQ(40 * four[1], 20);
    EXPECT_DOUBLE_EQ(40 * four[2], 30);
    EXPECT_DOUBLE_EQ(40 * four[3], 30);
}

TEST(TrainingHistory, ABreakIsTwoWeeksWithoutARunBeforeTheStart) {
    const units::CivilDay start = day(2026, 11, 30);
    // Last run 14 days before the start: 13 days off, not yet a break.
    EXPECT_FALSE(running_break(weeks_of_running(start - std::chrono::days{14}, 4, 120), start));
    const auto gap = running_break(weeks_of_running(start - std::chrono::days{15}, 4, 120), start);
    ASSERT_TRUE(gap);
    EXPECT_EQ(gap->days_off, 14);
    EXPECT_EQ(gap->weeks_off, 2);
    EXPECT_NEAR(gap->before_weekly_min, 120, 1e-9);
    EXPECT_NEAR(gap->before_longest_min, 40, 1e-9);
    EXPECT_FALSE(gap->as_new_runner);
    EXPECT_TRUE(running_break(weeks_of_running(start - std::chrono::days{95}, 4, 120), start)->as_new_runner);
    EXPECT_FALSE(running_break(TrainingHistory{}, start));
}

TEST(TrainingHistory, RunsOnOrAfterTheStartAreIgnored) {
    const units::CivilDay start = day(2026, 11, 30);
    TrainingHistory history = weeks_of_running(start - std::chrono::days{20}, 4, 120);
    history.runs.push_back({start, 30});  // today's run is not the history of a plan that starts today
    EXPECT_TRUE(running_break(history, start));
}

TEST(TrainingHistory, LastWeekReadinessIsRedOnOneRedDayAmberOnTwoAmberDays) {
    const units::CivilDay start = day(2026, 11, 30);
    TrainingHistory history;
    EXPECT_EQ(last_week_readiness(history, start).level, analysis::Readiness::green);
    history.readiness.push_back({start - std::chrono::days{2}, analysis::Readiness::amber});
    EXPECT_EQ(last_week_readiness(history, start).level, analysis::Readiness::green);
    history.readiness.push_back({start - std::chrono::days{4}, analysis::Readiness::amber});
    EXPECT_EQ(last_week_readiness(history, start).level, analysis::Readiness::amber);
    history.readiness.push_back({start - std::chrono::days{9}, analysis::Readiness::red});  // the week before
    EXPECT_EQ(last_week_readiness(history, start).level, analysis::Readiness::amber);
    history.readiness.push_back({start - std::chrono::days{7}, analysis::Readiness::red});
    const WeekReadiness week = last_week_readiness(history, start);
    EXPECT_EQ(week.level, analysis::Readiness::red);
    EXPECT_EQ(week.checkins, 3);
}

TEST(TrainingHistory, LoggedWeeksCountTheSevenDaysBackFromTheStart) {
    const units::CivilDay start = day(2026, 11, 30);
    TrainingHistory history;
    history.runs = {{start - std::chrono::days{1}, 5}, {start - std::chrono::days{7}, 4}, {start - std::chrono::days{8}, 3}};
    EXPECT_DOUBLE_EQ(logged_week_run_min(history, start, 1), 9);
    EXPECT_DOUBLE_EQ(logged_week_run_min(history, start, 2), 3);
}

TEST(TrainingHistory, FromALoadedHistoryTakesRunsBeforeTheDayAndJudgesCheckIns) {
    const units::CivilDay start = day(2026, 11, 30);
    analysis::History loaded;
    analysis::ActivityRecord run;
    run.sport = domain::Sport::running;
    run.day = start - std::chrono::days{3};
    run.timer_s = 1200;
    loaded.activities.push_back(run);
    run.day = start;  // on the start: not history
    loaded.activities.push_back(run);
    analysis::ActivityRecord lift = run;
    lift.sport = domain::Sport::strength;
    lift.day = start - std::chrono::days{2};
    loaded.activities.push_back(lift);
    domain::CheckIn bad;
    bad.day = start - std::chrono::days{1};
    bad.sleep_h = 4.0;  // under 5 h: red (analysis/readiness.hpp)
    loaded.checkins.push_back(bad);
    const TrainingHistory history = training_history(loaded, start, 8.0, 190.0);
    ASSERT_EQ(history.runs.size(), 1U);
    EXPECT_DOUBLE_EQ(history.runs[0].run_min, 20);
    ASSERT_EQ(history.readiness.size(), 1U);
    EXPECT_EQ(history.readiness[0].level, analysis::Readiness::red);
}

}  // namespace
}  // namespace ironstride::planner
