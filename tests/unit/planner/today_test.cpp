#include "ironstride/planner/today.hpp"

#include <chrono>

#include <gtest/gtest.h>

#include "ironstride/planner/planner.hpp"
#include "unit/analysis/analysis_fixtures.hpp"

namespace ironstride::planner {
namespace {

using std::chrono::days;
using analysis::build_series;
using analysis::History;
using analysis::Readiness;
using analysis::Series;
using analysis::testing::day;
using analysis::testing::HistoryBuilder;
using analysis::testing::lifter;

const units::CivilDay kMonday = day(2026, 3, 16);

/// The first day of the plan week that holds a high-intensity run (the planner gives a hybrid athlete one).
units::CivilDay hard_run_day(const domain::Athlete& athlete) {
    const Plan plan = make_plan(athlete, kMonday, 1);
    for (const PlanDay& d : plan.weeks.front().days) {
        for (const PlannedSession& s : d.sessions) {
            if (s.kind == SessionKind::run && s.intensity == Intensity::high) return d.date;
        }
    }
    return kMonday - days{1};
}

TodayReport today_with(const domain::Athlete& athlete, units::CivilDay d, std::optional<domain::CheckIn> checkin) {
    HistoryBuilder b(d - days{28}, d, athlete);
    if (checkin) {
        checkin->day = d;
        b.checkin(*checkin);
    }
    const History& h = b.history();
    return build_today(athlete, d, h, build_series(h, athlete, b.heart().max_hr_bpm));
}

const TodaySession* hard_session(const TodayReport& r) {
    for (const TodaySession& s : r.sessions) {
        if (s.planned.kind == SessionKind::run && s.planned.intensity == Intensity::high) return &s;
    }
    return nullptr;
}

TEST(Today, GreenKeepsThePlannedHardRunWithTheDaysTargets) {
    const domain::Athlete a = lifter();
    const units::CivilDay d = hard_run_day(a);
    ASSERT_GE(d, kMonday) << "the plan for this athlete has a hard run";
    const TodayReport r = today_with(a, d, domain::CheckIn{d, 8.0, 2, {}, {}, {}});
    EXPECT_EQ(r.readiness.level, Readiness::green);
    const TodaySession* hard = hard_session(r);
    ASSERT_NE(hard, nullptr);
    EXPECT_FALSE(hard->adapted.has_value());
    EXPECT_TRUE(hard->reason.empty());
    EXPECT_DOUBLE_EQ(r.sleep_target_h, 7.5);
    EXPECT_GT(r.nutrition.kcal, 0);
    EXPECT_GT(r.nutrition.exercise_kcal, 0);
}

TEST(Today, AmberTurnsAHardRunIntoZoneTwoOfTheSameLength) {
    const domain::Athlete a = lifter();
    const units::CivilDay d = hard_run_day(a);
    const TodayReport green = today_with(a, d, domain::CheckIn{d, 8.0, 2, {}, {}, {}});
    const TodayReport r = today_with(a, d, domain::CheckIn{d, 6.0, 2, {}, {}, {}});
    EXPECT_EQ(r.readiness.level, Readiness::amber);
    const TodaySession* hard = hard_session(r);
    ASSERT_NE(hard, nullptr);
    ASSERT_TRUE(hard->adapted.has_value());
    EXPECT_EQ(hard->adapted->type, SessionType::easy);
    EXPECT_EQ(hard->adapted->intensity, Intensity::easy);
    EXPECT_EQ(hard->adapted->duration_min, hard->planned.duration_min);
    EXPECT_EQ(hard->adapted->start, hard->planned.start);
    EXPECT_NE(hard->reason.find("amber"), std::string::npos);
    EXPECT_NE(hard->reason.find("6.0 h"), std::string::npos);
    EXPECT_LT(r.nutrition.exercise_kcal, green.nutrition.exercise_kcal + 1e-9)
        << "the food targets follow the easier session";
}

TEST(Today, RedTurnsRunsIntoRestAndKeepsTheLifts) {
    const domain::Athlete a = lifter();
    const units::CivilDay d = hard_run_day(a);
    const TodayReport r = today_with(a, d, domain::CheckIn{d, 4.0, 9, {}, {}, {}});
    EXPECT_EQ(r.readiness.level, Readiness::red);
    for (const TodaySession& s : r.sessions) {
        if (s.planned.kind == SessionKind::run || s.planned.kind == SessionKind::walk_run) {
            ASSERT_TRUE(s.adapted.has_value());
            EXPECT_EQ(s.adapted->kind, SessionKind::rest);
            EXPECT_NE(s.reason.find("red"), std::string::npos);
        }
        if (s.planned.kind == SessionKind::lift) {
            EXPECT_FALSE(s.adapted.has_value());
        }
    }
}

TEST(Today, WithoutACheckInItSaysSo) {
    const TodayReport r = today_with(lifter(), kMonday, std::nullopt);
    EXPECT_FALSE(r.readiness.checked_in);
    bool noted = false;
    for (const std::string& note : r.notes) noted = noted || note.find("ironstride checkin") != std::string::npos;
    EXPECT_TRUE(noted);
    ASSERT_FALSE(r.sessions.empty());
    EXPECT_EQ(r.day, kMonday);
}

TEST(Today, FormIsYesterdaysLoadState) {
    const domain::Athlete a = lifter();
    HistoryBuilder b(kMonday - days{28}, kMonday, a);
    for (int d = 1; d <= 20; ++d) b.run(kMonday - days{d}, 7, 60, 10000, 150);
    b.run(kMonday, 6, 60, 10000, 150);  // today's own run must not count in this morning's form
    const History& h = b.history();
    const Series s = build_series(h, a, 190);
    const TodayReport r = build_today(a, kMonday, h, s);
    EXPECT_EQ(r.form.day, kMonday - days{1});
    EXPECT_DOUBLE_EQ(r.form.tsb, s.days[s.days.size() - 2].tsb);
    EXPECT_LT(r.form.tsb, 0);
}

}  // namespace
}  // namespace ironstride::planner
