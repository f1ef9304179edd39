// The expected short-term lift dip of new and returning runners (issue 13, point 7): raised in the first six weeks
// after running starts or restarts when a leg lift is under its level before, instead of running_up_strength_down.

#include <algorithm>
#include <chrono>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "ironstride/analysis/findings.hpp"
#include "ironstride/analysis/running_start.hpp"
#include "ironstride/analysis/verdict.hpp"
#include "unit/analysis/analysis_fixtures.hpp"

namespace ironstride::analysis {
namespace {

using std::chrono::days;
using testing::day;
using testing::HistoryBuilder;
using testing::lifter;

constexpr int kWeeks = 10;
const units::CivilDay kMonday = day(2026, 3, 2);

units::CivilDay on(int week, int weekday) { return kMonday + days{week * 7 + weekday}; }

class ExpectedLiftDipTest : public ::testing::Test {
protected:
    domain::Athlete m_athlete = lifter();
    HistoryBuilder m_b{kMonday, on(kWeeks - 1, 6), m_athlete};

    /// Easy 30-min runs (Z2) on Tuesdays, Thursdays and Saturdays of weeks [from, to).
    void runs(int from, int to) {
        for (int w = from; w < to; ++w) {
            for (const int d : {1, 3, 5}) m_b.run(on(w, d), 7, 30, 5000, 130);
        }
    }
    /// A Monday session of `exercise` (3 × 5) in each week, at the weights given.
    void lifts(std::string_view exercise, const std::vector<double>& weekly_kg) {
        for (std::size_t w = 0; w < weekly_kg.size(); ++w) {
            m_b.lift(on(static_cast<int>(w), 0), 17, std::string(exercise), weekly_kg[w], 5, 3);
        }
    }
    std::vector<Finding> findings() {
        const History& h = m_b.history();
        return find_findings(h, build_series(h, m_athlete, m_b.heart().max_hr_bpm), m_athlete, m_b.heart());
    }
    VerdictReport verdict() { return build_verdict(m_b.history(), m_athlete, m_b.heart(), on(kWeeks, 0)); }
};

const Finding* find(const std::vector<Finding>& findings, std::string_view id) {
    const auto it = std::find_if(findings.begin(), findings.end(), [&](const Finding& f) { return f.id == id; });
    return it == findings.end() ? nullptr : &*it;
}

double value(const Finding& f, std::string_view key) {
    for (const Number& n : f.numbers) {
        if (n.key == key) return n.value;
    }
    ADD_FAILURE() << "no number " << key << " in " << f.id;
    return 0;
}

bool has_number(const Finding& f, std::string_view key) {
    return std::any_of(f.numbers.begin(), f.numbers.end(), [&](const Number& n) { return n.key == key; });
}

TEST_F(ExpectedLiftDipTest, NewRunnerWhoseSquatDipsGetsTheExpectedDipNotTheInterferenceFinding) {
    // Six weeks of lifting only, then running from week 6 while the squat drops from 140 to 130 kg: without the
    // start, running_up_strength_down would fire (running 0 → 15 km a week, best squat of the last 4 weeks −3.6 %).
    lifts("Squat (Barbell)", {140, 140, 140, 140, 140, 140, 135, 132.5, 130, 130});
    runs(6, kWeeks);
    const std::vector<Finding> f = findings();

    const Finding* dip = find(f, finding_id::kExpectedLiftDip);
    ASSERT_NE(dip, nullptr);
    EXPECT_EQ(dip->severity, Severity::info);
    EXPECT_EQ(find(f, finding_id::kRunningUpStrengthDown), nullptr) << "the first weeks: the dip replaces it";
    EXPECT_NE(dip->title.find("Squat (Barbell)"), std::string::npos);
    EXPECT_NE(dip->title.find("took up"), std::string::npos);
    // Best of the 4 weeks before the start (week 6, Tuesday): 140 kg × 5; since: 132.5 kg × 5 (week 7's Monday).
    EXPECT_NEAR(value(*dip, "e1rm_change_pct"), (132.5 - 140.0) / 140.0 * 100, 1e-9);
    EXPECT_GT(value(*dip, "e1rm_before_kg"), value(*dip, "e1rm_now_kg"));
    EXPECT_DOUBLE_EQ(value(*dip, "days_since_start"), static_cast<double>((on(kWeeks - 1, 6) - on(6, 1)).count()));
    EXPECT_FALSE(has_number(*dip, "gap_days"));
    ASSERT_EQ(dip->events.size(), 1U);
    EXPECT_EQ(dip->events.front().day, on(6, 1));
    ASSERT_GE(dip->evidence.size(), 4U);
    EXPECT_EQ(dip->evidence[3].id, "hickson1980");

    const VerdictReport report = verdict();
    EXPECT_EQ(report.answer.verdict, Verdict::not_hurting);
    EXPECT_EQ(report.answer.reason, finding_id::kExpectedLiftDip);
}

TEST_F(ExpectedLiftDipTest, ReturningRunnerAfterAThreeWeekGapCitesTheDetrainingEvidence) {
    lifts("Deadlift (Barbell)", {180, 180, 182.5, 182.5, 185, 185, 185, 177.5, 175, 175});
    runs(0, 3);   // weeks 0–2
    runs(6, kWeeks);  // back after weeks 3–5 without a run
    const std::vector<Finding> f = findings();
    const Finding* dip = find(f, finding_id::kExpectedLiftDip);
    ASSERT_NE(dip, nullptr);
    EXPECT_NE(dip->title.find("went back to"), std::string::npos);
    // Last run: week 2, Saturday; back: week 6, Tuesday.
    EXPECT_DOUBLE_EQ(value(*dip, "gap_days"), static_cast<double>((on(6, 1) - on(2, 5)).count() - 1));
    EXPECT_NEAR(value(*dip, "e1rm_change_pct"), (177.5 - 185.0) / 185.0 * 100, 1e-9);
    EXPECT_EQ(dip->evidence.back().id, "bosquet2013");
}

TEST_F(ExpectedLiftDipTest, SteadyRunnerWithAFallingSquatIsNotAStart) {
    // Running all ten weeks (the first run is the range's first week, more than six weeks before its end).
    lifts("Squat (Barbell)", {140, 140, 140, 140, 140, 140, 135, 132.5, 130, 130});
    runs(0, kWeeks);
    const std::vector<Finding> f = findings();
    EXPECT_EQ(find(f, finding_id::kExpectedLiftDip), nullptr);
}

TEST_F(ExpectedLiftDipTest, OnlyLowerBodyLiftsCount) {
    lifts("Bench Press (Barbell)", {100, 100, 100, 100, 100, 100, 95, 92.5, 92.5, 92.5});
    runs(6, kWeeks);
    EXPECT_EQ(find(findings(), finding_id::kExpectedLiftDip), nullptr) << "running does not tire the bench press";
}

TEST_F(ExpectedLiftDipTest, NoDipWhenTheLiftIsBackToItsLevel) {
    lifts("Squat (Barbell)", {130, 132.5, 135, 137.5, 140, 140, 135, 137.5, 140, 142.5});
    runs(6, kWeeks);
    EXPECT_EQ(find(findings(), finding_id::kExpectedLiftDip), nullptr);
}

TEST_F(ExpectedLiftDipTest, AStartMoreThanSixWeeksBackLetsTheInterferenceFindingSpeak) {
    // Running since week 2 (8 weeks before the end), rising steeply from week 6 while the squat falls.
    lifts("Squat (Barbell)", {140, 140, 140, 140, 140, 140, 135, 132.5, 130, 130});
    for (int w = 2; w < 6; ++w) m_b.run(on(w, 2), 7, 30, 5000, 130);
    runs(6, kWeeks);
    for (int w = 6; w < kWeeks; ++w) m_b.run(on(w, 6), 8, 60, 10000, 130);
    const std::vector<Finding> f = findings();
    EXPECT_EQ(find(f, finding_id::kExpectedLiftDip), nullptr);
    EXPECT_NE(find(f, finding_id::kRunningUpStrengthDown), nullptr);
}

TEST(RecentRunningStart, FirstRunAfterTheEdgeOfTheLoadedHistoryIsNotAStart) {
    History h;
    h.range = {day(2026, 3, 2), day(2026, 4, 26)};
    h.loaded_from = day(2026, 4, 1);
    ActivityRecord run;
    run.sport = domain::Sport::running;
    run.day = day(2026, 4, 10);  // 9 days after what was read: running may have gone on before it
    h.activities.push_back(run);
    EXPECT_FALSE(recent_running_start(h, kLiftDipWatchDays));
    h.loaded_from = day(2026, 3, 1);
    const std::optional<RunningStart> start = recent_running_start(h, kLiftDipWatchDays);
    ASSERT_TRUE(start);
    EXPECT_EQ(start->day, day(2026, 4, 10));
    EXPECT_FALSE(start->restart);
}

TEST(RecentRunningStart, AThirteenDayGapIsNoRestartAndFourteenIs) {
    History h;
    h.range = {day(2026, 1, 1), day(2026, 4, 30)};
    h.loaded_from = day(2025, 1, 1);
    ActivityRecord run;
    run.sport = domain::Sport::running;
    run.day = day(2025, 6, 1);  // the first run, long ago
    h.activities.push_back(run);
    run.day = day(2026, 4, 1);
    h.activities.push_back(run);
    run.day = day(2026, 4, 15);  // 13 days between
    h.activities.push_back(run);
    std::optional<RunningStart> start = recent_running_start(h, kLiftDipWatchDays);
    ASSERT_TRUE(start);
    EXPECT_EQ(start->day, day(2026, 4, 1));
    EXPECT_TRUE(start->restart);
    h.activities.back().day = day(2026, 4, 16);  // 14 days between
    start = recent_running_start(h, kLiftDipWatchDays);
    ASSERT_TRUE(start);
    EXPECT_EQ(start->day, day(2026, 4, 16));
    EXPECT_EQ(start->gap_days, 14);
}

}  // namespace
}  // namespace ironstride::analysis
