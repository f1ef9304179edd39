#include "ironstride/analysis/findings.hpp"

#include <algorithm>
#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "ironstride/analysis/verdict.hpp"
#include "ironstride/util/file_bytes.hpp"
#include "support/test_support.hpp"
#include "unit/analysis/analysis_fixtures.hpp"

namespace ironstride::analysis {
namespace {

using std::chrono::days;
using testing::day;
using testing::HistoryBuilder;
using testing::lifter;

constexpr int kWeeks = 8;
const units::CivilDay kMonday = day(2026, 1, 5);

class FindingsTest : public ::testing::Test {
protected:
    domain::Athlete m_athlete = lifter();
    HistoryBuilder m_b{kMonday, kMonday + days{kWeeks * 7 - 1}, m_athlete};

    units::CivilDay on(int week, int weekday) const { return kMonday + days{week * 7 + weekday}; }

    /// Easy runs (Z2, 130 bpm) of `km` on the given weekdays of every week in [from_week, to_week).
    void easy_runs(int from_week, int to_week, std::initializer_list<int> weekdays, double km) {
        for (int w = from_week; w < to_week; ++w) {
            for (const int d : weekdays) m_b.run(on(w, d), 7, km * 6, km * 1000, 130);
        }
    }
    /// Weekly squat sessions (Monday 17:00) with the top set's load rising by `step` kg a week.
    void squats(double start_kg, double step_kg) {
        for (int w = 0; w < kWeeks; ++w) m_b.lift(on(w, 0), 17, "Squat (Barbell)", start_kg + step_kg * w, 5, 3);
    }
    std::vector<Finding> findings() {
        const History& h = m_b.history();
        const Series s = build_series(h, m_athlete, m_b.heart().max_hr_bpm);
        return find_findings(h, s, m_athlete, m_b.heart());
    }
    VerdictReport verdict() { return build_verdict(m_b.history(), m_athlete, m_b.heart(), kMonday + days{kWeeks * 7}); }
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

TEST_F(FindingsTest, RunningUpWhileSquatFallsIsHighAndDecidesTheAnswer) {
    easy_runs(0, 4, {2, 5}, 5);           // 10 km a week
    easy_runs(4, kWeeks, {1, 2, 4, 5, 6}, 6);  // 30 km a week
    squats(140, -2.5);
    const std::vector<Finding> f = findings();
    const Finding* found = find(f, finding_id::kRunningUpStrengthDown);
    ASSERT_NE(found, nullptr);
    EXPECT_EQ(found->severity, Severity::high);
    EXPECT_EQ(f.front().id, finding_id::kRunningUpStrengthDown) << "most serious first";
    EXPECT_DOUBLE_EQ(value(*found, "run_before_m_per_week"), 10000);
    EXPECT_DOUBLE_EQ(value(*found, "run_now_m_per_week"), 30000);
    EXPECT_NEAR(value(*found, "e1rm_change_pct"), (130.0 - 140.0) / 140.0 * 100, 1e-9);
    EXPECT_FALSE(found->evidence.empty());

    const VerdictReport report = verdict();
    EXPECT_EQ(report.answer.verdict, Verdict::hurting);
    EXPECT_EQ(*report.answer.lift_name, "Squat (Barbell)");
    EXPECT_NEAR(*report.answer.lift_change_pct, (130.0 - 140.0) / 140.0 * 100, 1e-9);
}

TEST_F(FindingsTest, NoInterferenceFindingWhenStrengthRisesOrRunningIsFlat) {
    easy_runs(0, 4, {2, 5}, 5);
    easy_runs(4, kWeeks, {1, 2, 4, 5, 6}, 6);
    squats(120, 2.5);
    std::vector<Finding> f = findings();
    EXPECT_EQ(find(f, finding_id::kRunningUpStrengthDown), nullptr);
    ASSERT_NE(find(f, finding_id::kStrengthRising), nullptr);
    EXPECT_EQ(find(f, finding_id::kStrengthRising)->severity, Severity::positive);

    HistoryBuilder flat(kMonday, kMonday + days{kWeeks * 7 - 1}, m_athlete);
    for (int w = 0; w < kWeeks; ++w) {
        flat.run(on(w, 2), 7, 60, 10000, 130);
        flat.lift(on(w, 0), 17, "Squat (Barbell)", 140 - 2.5 * w, 5, 3);
    }
    const Series s = build_series(flat.history(), m_athlete, 190);
    f = find_findings(flat.history(), s, m_athlete, flat.heart());
    EXPECT_EQ(find(f, finding_id::kRunningUpStrengthDown), nullptr) << "strength fell, but running did not rise";
}

TEST_F(FindingsTest, LowEnergyAvailabilityWithHighRunningIsHigh) {
    easy_runs(0, kWeeks, {0, 1, 2, 4, 5}, 8);  // 5 run days a week
    for (int d = 0; d < 14; ++d) m_b.food(on(6, 0) + days{d}, 1500, 150);
    const std::vector<Finding> f = findings();
    const Finding* found = find(f, finding_id::kEnergyDeficitHighRunning);
    ASSERT_NE(found, nullptr);
    EXPECT_EQ(found->severity, Severity::high);
    EXPECT_LT(value(*found, "energy_availability"), 30);
    EXPECT_DOUBLE_EQ(value(*found, "run_days_per_week"), 5);
    EXPECT_EQ(find(f, finding_id::kLowEnergyAvailability), nullptr);
}

TEST_F(FindingsTest, NoEnergyFindingAtMaintenanceAndNoHighRunningVariantOnTwoRunDays) {
    easy_runs(0, kWeeks, {1, 4}, 8);
    for (int d = 0; d < 14; ++d) m_b.food(on(6, 0) + days{d}, 3200, 160);
    std::vector<Finding> f = findings();
    EXPECT_EQ(find(f, finding_id::kEnergyDeficitHighRunning), nullptr);
    EXPECT_EQ(find(f, finding_id::kLowEnergyAvailability), nullptr);

    for (auto& n : m_b.history().nutrition) n.kcal = 1500;
    f = findings();
    EXPECT_EQ(find(f, finding_id::kEnergyDeficitHighRunning), nullptr) << "two run days a week is not high volume";
    ASSERT_NE(find(f, finding_id::kLowEnergyAvailability), nullptr);
}

TEST_F(FindingsTest, ProteinUnderPointEightGramsPerPound) {
    for (int d = 0; d < 7; ++d) m_b.food(on(7, 0) + days{d}, 2600, 0.6 * 80 / 0.45359237);
    const std::vector<Finding> all_found = findings();
    const Finding* found = find(all_found, finding_id::kProteinLow);
    ASSERT_NE(found, nullptr);
    EXPECT_NEAR(value(*found, "protein_g_per_lb"), 0.6, 1e-9);
    EXPECT_NEAR(value(*found, "target_g_per_lb"), 0.9, 1e-9) << "maintain: the middle of 0.8–1.0";

    for (auto& n : m_b.history().nutrition) n.protein_g = 0.85 * 80 / 0.45359237;
    EXPECT_EQ(find(findings(), finding_id::kProteinLow), nullptr);
    m_b.history().nutrition.pop_back();  // six days are too few to judge
    for (auto& n : m_b.history().nutrition) n.protein_g = 50;
    EXPECT_EQ(find(findings(), finding_id::kProteinLow), nullptr);
}

TEST_F(FindingsTest, UltraAndLongRuns) {
    m_b.run(on(3, 5), 7, 60, 12000, 130);
    m_b.run(on(4, 5), 7, 150, 25000, 135);
    m_b.run(on(6, 5), 7, 400, 50000, 135);
    const std::vector<Finding> f = findings();
    const Finding* ultra = find(f, finding_id::kUltraRuns);
    ASSERT_NE(ultra, nullptr);
    EXPECT_DOUBLE_EQ(value(*ultra, "ultra_runs"), 1);
    EXPECT_DOUBLE_EQ(value(*ultra, "longest_m"), 50000);
    ASSERT_EQ(ultra->events.size(), 1U);
    EXPECT_EQ(ultra->events.front().day, on(6, 5));
    const Finding* long_runs = find(f, finding_id::kLongRuns);
    ASSERT_NE(long_runs, nullptr);
    EXPECT_DOUBLE_EQ(value(*long_runs, "long_runs"), 1) << "the ultra is not counted twice";
}

TEST_F(FindingsTest, HardRunInTheDayBeforeAHeavyLegSession) {
    m_b.run(on(2, 0), 7, 30, 7000, 170);        // hard, Monday 07:00–07:30, squats 17:00: 9.5 h
    m_b.lift(on(2, 0), 17, "Squat (Barbell)", 140, 5, 3);
    m_b.run(on(3, 3), 7, 60, 10000, 130);       // easy run before leg day: fine
    m_b.lift(on(3, 3), 17, "Deadlift (Barbell)", 180, 3, 3);
    m_b.run(on(4, 5), 7, 30, 7000, 170);        // hard, two days before Monday's squats: fine
    m_b.lift(on(5, 0), 17, "Squat (Barbell)", 140, 5, 3);
    m_b.lift(on(5, 1), 16, "Bench Press (Barbell)", 100, 5, 3);
    m_b.run(on(5, 1), 15, 30, 7000, 170);       // hard run 1 h before an upper-body day: fine
    const std::vector<Finding> f = findings();
    const Finding* found = find(f, finding_id::kHardRunBeforeLegs);
    ASSERT_NE(found, nullptr);
    ASSERT_EQ(found->events.size(), 1U);
    EXPECT_EQ(found->events.front().day, on(2, 0));
    EXPECT_DOUBLE_EQ(value(*found, "shortest_gap_h"), 9.5);
    EXPECT_DOUBLE_EQ(value(*found, "under_3h"), 0);
    EXPECT_DOUBLE_EQ(value(*found, "leg_sessions"), 3);
}

TEST_F(FindingsTest, RunSpikeOverTenPercentOfTheThirtyDayLongest) {
    easy_runs(0, 6, {5}, 10);
    m_b.run(on(6, 5), 7, 66, 11000, 130);  // exactly 110 %: allowed
    m_b.run(on(7, 5), 7, 80, 13200, 130);  // 120 % of 11 km: the 10–30 % band
    const std::vector<Finding> all_found = findings();
    const Finding* found = find(all_found, finding_id::kRunSpike);
    ASSERT_NE(found, nullptr);
    ASSERT_EQ(found->events.size(), 1U);
    EXPECT_EQ(found->events.front().day, on(7, 5));
    EXPECT_NEAR(value(*found, "largest_increase_pct"), 20, 1e-9);
    EXPECT_DOUBLE_EQ(value(*found, "hazard_ratio"), 1.64);
}

TEST_F(FindingsTest, WeeklyRampOverThirtyPercentInTwoWeeks) {
    easy_runs(0, kWeeks, {1, 5}, 5);  // 10 km every week
    EXPECT_EQ(find(findings(), finding_id::kWeeklyRamp), nullptr);
    m_b.run(on(7, 6), 7, 60, 10000, 130);  // last two weeks 10 + 20 km against 10 + 10: +50 %
    const std::vector<Finding> all_found = findings();
    const Finding* found = find(all_found, finding_id::kWeeklyRamp);
    ASSERT_NE(found, nullptr);
    EXPECT_NEAR(value(*found, "largest_ramp_pct"), 50, 1e-9);
    ASSERT_EQ(found->events.size(), 1U);
    EXPECT_EQ(found->events.front().day, on(7, 0));
}

TEST_F(FindingsTest, TrainingLoadIsInformationWithTheAcwrAsContext) {
    easy_runs(0, kWeeks, {1, 3, 5}, 8);
    const std::vector<Finding> all_found = findings();
    const Finding* found = find(all_found, finding_id::kTrainingLoad);
    ASSERT_NE(found, nullptr);
    EXPECT_EQ(found->severity, Severity::info);
    EXPECT_GT(value(*found, "ctl"), 0);
    EXPECT_GT(value(*found, "acwr_context"), 0);
}

TEST_F(FindingsTest, SleepUnderSevenHoursAndBelowTarget) {
    for (int d = 0; d < 14; ++d) m_b.sleep(on(6, 0) + days{d}, 6.5);
    EXPECT_NE(find(findings(), finding_id::kSleepShort), nullptr);
    for (auto& s : m_b.history().sleep) s.hours = 7.2;  // target 7.5
    std::vector<Finding> f = findings();
    EXPECT_EQ(find(f, finding_id::kSleepShort), nullptr);
    EXPECT_NE(find(f, finding_id::kSleepBelowTarget), nullptr);
    for (auto& s : m_b.history().sleep) s.hours = 7.4;
    f = findings();
    EXPECT_EQ(find(f, finding_id::kSleepShort), nullptr);
    EXPECT_EQ(find(f, finding_id::kSleepBelowTarget), nullptr);
}

TEST_F(FindingsTest, RapidWeightLossOverOnePercentAWeek) {
    for (int d = 0; d < 28; ++d) m_b.body(on(4, 0) + days{d}, 80 - 0.2 * d);  // −1.4 kg/week ≈ −1.8 %/week
    EXPECT_NE(find(findings(), finding_id::kRapidWeightLoss), nullptr);
    for (int d = 0; d < 28; ++d) m_b.history().body[static_cast<std::size_t>(d)].weight_kg = 80 - 0.05 * d;
    EXPECT_EQ(find(findings(), finding_id::kRapidWeightLoss), nullptr);
}

TEST_F(FindingsTest, GuidelinesMetIsPositiveAndMissedIsLow) {
    easy_runs(0, kWeeks, {1, 4}, 7);  // 2 × 42 min at 10 km/h: vigorous, 168 moderate-equivalent minutes
    for (int w = 0; w < kWeeks; ++w) {
        m_b.lift(on(w, 0), 17, "Squat (Barbell)", 100, 5, 3);
        m_b.lift(on(w, 3), 17, "Bench Press (Barbell)", 80, 5, 3);
    }
    const std::vector<Finding> all_met = findings();
    const Finding* met = find(all_met, finding_id::kActivityGuidelines);
    ASSERT_NE(met, nullptr);
    EXPECT_EQ(met->severity, Severity::positive);
    EXPECT_NEAR(value(*met, "moderate_equivalent_min"), 168, 1e-9);
    EXPECT_DOUBLE_EQ(value(*met, "aerobic_weeks_met"), 8);

    HistoryBuilder little(kMonday, kMonday + days{kWeeks * 7 - 1}, m_athlete);
    for (int w = 0; w < kWeeks; ++w) little.run(on(w, 1), 7, 30, 5000, 130);
    const Series s = build_series(little.history(), m_athlete, 190);
    const std::vector<Finding> f = find_findings(little.history(), s, m_athlete, little.heart());
    ASSERT_NE(find(f, finding_id::kActivityGuidelines), nullptr);
    EXPECT_EQ(find(f, finding_id::kActivityGuidelines)->severity, Severity::low);
}

TEST_F(FindingsTest, PositiveFindingsForIntervalsAndRunningThreeDaysAWeek) {
    for (int w = 0; w < kWeeks; ++w) {
        m_b.run(on(w, 1), 7, 30, 6000, 170);  // hard
        m_b.run(on(w, 3), 7, 40, 7000, 130);
        m_b.run(on(w, 5), 7, 50, 9000, 130);
    }
    const std::vector<Finding> f = findings();
    ASSERT_NE(find(f, finding_id::kSprintIntervals), nullptr);
    EXPECT_DOUBLE_EQ(value(*find(f, finding_id::kSprintIntervals), "sessions_per_week"), 1);
    ASSERT_NE(find(f, finding_id::kRunningBone), nullptr);
    EXPECT_DOUBLE_EQ(value(*find(f, finding_id::kRunningBone), "run_days_per_week"), 3);
}

TEST_F(FindingsTest, EveryFindingIdIsDocumentedOnceAndEveryFindingCitesEvidence) {
    const std::vector<std::string_view> ids = all_finding_ids();
    for (const std::string_view id : ids) EXPECT_EQ(std::count(ids.begin(), ids.end(), id), 1) << id;
    easy_runs(0, 4, {2, 5}, 5);
    easy_runs(4, kWeeks, {1, 2, 4, 5, 6}, 6);
    squats(140, -2.5);
    for (const Finding& finding : findings()) {
        EXPECT_NE(std::find(ids.begin(), ids.end(), finding.id), ids.end()) << finding.id;
        EXPECT_FALSE(finding.evidence.empty()) << finding.id;
        EXPECT_FALSE(finding.numbers.empty()) << finding.id;
    }
}

TEST_F(FindingsTest, EveryRaisedFindingHasASeverityAndTheEvidenceOfItsSpec) {
    easy_runs(0, 4, {2, 5}, 5);
    easy_runs(4, kWeeks, {1, 2, 4, 5, 6}, 6);
    squats(140, -2.5);
    m_b.run(on(7, 6), 7, 400, 50000, 135);
    const std::vector<Finding> raised = findings();
    ASSERT_GE(raised.size(), 3U);
    for (const Finding& finding : raised) {
        const auto spec = std::find_if(finding_catalog().begin(), finding_catalog().end(),
                                       [&](const FindingSpec& s) { return s.id == finding.id; });
        ASSERT_NE(spec, finding_catalog().end()) << finding.id;
        EXPECT_NE(std::find(spec->severities.begin(), spec->severities.end(), finding.severity),
                  spec->severities.end())
            << finding.id << " raised as " << to_string(finding.severity);
        ASSERT_GE(finding.evidence.size(), spec->evidence.size()) << finding.id;
        for (std::size_t i = 0; i < spec->evidence.size(); ++i) {
            EXPECT_EQ(finding.evidence[i].id, spec->evidence[i].id) << finding.id << " evidence " << i;
        }
    }
}

/// The `backticked` words of a piece of Markdown, in order.
std::vector<std::string> code_spans(std::string_view text) {
    std::vector<std::string> spans;
    for (std::size_t open = text.find('`'); open != std::string_view::npos; open = text.find('`', open + 1)) {
        const std::size_t close = text.find('`', open + 1);
        if (close == std::string_view::npos) break;
        spans.emplace_back(text.substr(open + 1, close - open - 1));
        open = close;
    }
    return spans;
}

/// The table's ids as docs list them, for the failure message: fix the documentation by pasting this.
std::string markdown_id_list() {
    std::string out;
    for (const std::string_view id : all_finding_ids()) out += (out.empty() ? "`" : ", `") + std::string(id) + "`";
    return out;
}

TEST(FindingCatalog, ReportJsonDocumentListsTheIdsOfFindingsDef) {
    const std::string doc = util::read_text_file(ironstride::testing::source_dir() / "docs" / "report-json.md");
    const std::size_t from = doc.find("Finding ids: ");
    ASSERT_NE(from, std::string::npos) << "docs/report-json.md has no \"Finding ids: \" paragraph";
    const std::size_t to = doc.find(". ", from);  // the end of the sentence that lists them
    const std::vector<std::string> documented = code_spans(std::string_view(doc).substr(from, to - from));
    const std::vector<std::string_view> ids = all_finding_ids();
    EXPECT_EQ(documented, std::vector<std::string>(ids.begin(), ids.end()))
        << "docs/report-json.md should say: Finding ids: " << markdown_id_list() << ".";
}

/// The severities a cell of the findings table names outside parentheses ("high (low EA) / moderate (steep
/// deficit)" names high and moderate), in order.
std::vector<std::string> severities_in(std::string_view cell) {
    std::vector<std::string> out;
    std::string word;
    int depth = 0;
    for (const char c : std::string(cell) + " ") {
        if (c >= 'a' && c <= 'z') {
            word.push_back(c);
            continue;
        }
        for (const Severity s : {Severity::high, Severity::moderate, Severity::low, Severity::info, Severity::positive}) {
            if (depth == 0 && word == to_string(s)) out.emplace_back(word);
        }
        word.clear();
        depth += c == '(' ? 1 : c == ')' ? -1 : 0;
    }
    return out;
}

TEST(FindingCatalog, ReportCommandTableListsEachFindingWithItsSeverities) {
    const std::string doc = util::read_text_file(ironstride::testing::source_dir() / "docs" / "commands" / "report.md");
    const std::size_t section = doc.find("\n## Findings\n");
    ASSERT_NE(section, std::string::npos);
    std::vector<std::string> ids;
    std::vector<std::vector<std::string>> severities;
    for (std::size_t line = doc.find("\n| `", section); line != std::string::npos && line < doc.find("\n## ", section + 1);
         line = doc.find("\n| `", line + 1)) {
        const std::size_t id_end = doc.find("` |", line);
        ids.push_back(doc.substr(line + 4, id_end - line - 4));
        const std::size_t cell_end = doc.find(" |", id_end + 3);
        severities.push_back(severities_in(std::string_view(doc).substr(id_end + 3, cell_end - id_end - 3)));
    }
    const std::vector<std::string_view> expected = all_finding_ids();
    EXPECT_EQ(ids, std::vector<std::string>(expected.begin(), expected.end()))
        << "docs/commands/report.md: one table row per finding, in this order: " << markdown_id_list();
    for (std::size_t i = 0; i < std::min(ids.size(), finding_catalog().size()); ++i) {
        const FindingSpec& spec = finding_catalog()[i];
        std::vector<std::string> names;
        for (const Severity s : spec.severities) names.emplace_back(to_string(s));
        EXPECT_EQ(severities[i], names) << "severity column of " << spec.id;
    }
}

TEST_F(FindingsTest, AnswerPolarities) {
    EXPECT_EQ(verdict().answer.verdict, Verdict::not_enough_data);
    EXPECT_EQ(verdict().answer.reason, "no_training");

    easy_runs(0, kWeeks, {1, 4}, 6);
    EXPECT_EQ(verdict().answer.verdict, Verdict::not_enough_data) << "runs but no main lift";
    EXPECT_EQ(verdict().answer.reason, "no_lifts");

    squats(100, 2.5);
    VerdictReport report = verdict();
    EXPECT_EQ(report.answer.verdict, Verdict::not_hurting);
    EXPECT_EQ(report.answer.reason, finding_id::kStrengthRising);
    EXPECT_DOUBLE_EQ(*report.answer.run_mean_m_per_week, 12000);

    m_b.run(on(7, 6), 7, 400, 50000, 135);  // an ultra: at risk
    report = verdict();
    EXPECT_EQ(report.answer.verdict, Verdict::at_risk);
    EXPECT_EQ(report.answer.reason, finding_id::kUltraRuns);
    EXPECT_EQ(report.answer.lead_title, "Ultra-distance runs");

    HistoryBuilder lifting_only(kMonday, kMonday + days{kWeeks * 7 - 1}, m_athlete);
    for (int w = 0; w < kWeeks; ++w) lifting_only.lift(on(w, 0), 17, "Squat (Barbell)", 100 + w, 5, 3);
    const VerdictReport no_running = build_verdict(lifting_only.history(), m_athlete, lifting_only.heart(), kMonday);
    EXPECT_EQ(no_running.answer.verdict, Verdict::not_hurting);
    EXPECT_EQ(no_running.answer.reason, "no_running");
}

TEST_F(FindingsTest, VerdictListsTheRangesActivitiesWithTheirMetrics) {
    m_b.run(on(0, 1), 7, 60, 12000, 150);
    m_b.lift(on(0, 3), 17, "Squat (Barbell)", 100, 5, 3);
    const VerdictReport report = verdict();
    ASSERT_EQ(report.activities.size(), 2U);
    const ActivityRow& run = report.activities.front();
    EXPECT_NEAR(*run.trimp, 100.44, 0.005);
    EXPECT_DOUBLE_EQ(*run.speed_mps, 12000.0 / 3600.0);
    ASSERT_TRUE(run.time_in_zone_s.has_value());
    EXPECT_DOUBLE_EQ((*run.time_in_zone_s)[2], 3600);
    EXPECT_EQ(report.zone_model, "acsm_hrr");
    EXPECT_EQ(report.max_hr_source, "measured");
}

}  // namespace
}  // namespace ironstride::analysis
