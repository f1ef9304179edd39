// Scenario tests of the verdict (issue 5, part 6), end to end: the synthetic-history generator writes real files
// (TCX runs, Strong CSV, body/sleep/nutrition CSVs), app::import_files stores them in a fresh database, and the
// report is built from there. Each scenario asserts the findings it must raise, the findings it must not raise, and
// the answer's polarity.

#include <algorithm>
#include <array>
#include <chrono>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "support/test_support.hpp"
#include "synthetic_history.hpp"
#include "ironstride/app/import_files.hpp"
#include "ironstride/app/today.hpp"
#include "ironstride/app/verdict.hpp"
#include "ironstride/ingest/file_collector.hpp"
#include "ironstride/report/html_report.hpp"
#include "ironstride/report/verdict_json.hpp"
#include "ironstride/store/open_store.hpp"
#include "ironstride/units/conversions.hpp"
#include "ironstride/util/file_bytes.hpp"

namespace ironstride {
namespace {

using std::chrono::days;
namespace id = analysis::finding_id;

/// A Sunday: the histories end on it and the reports cover the 12 weeks up to it.
const units::CivilDay kEnd = units::CivilDay{std::chrono::year{2026} / std::chrono::November / std::chrono::day{22}};
constexpr std::uint64_t kSeed = 7;

struct ScenarioRun {
    testing::TempDir dir;
    synthetic::SyntheticHistory history;
    domain::ImportSummary summary;
    analysis::VerdictReport report;
    std::unique_ptr<store::Store> db;

    /// The use case `today` for the scenario's athlete (its profile.toml) on the last day.
    [[nodiscard]] planner::TodayReport today() {
        app::StoreHandle store(*db);
        return app::today(store, domain::kLocalAthlete, {dir / "profile.toml", kEnd, kEnd});
    }
};

/// generate → write files → import → check-ins → report.
void run_scenario(synthetic::Scenario scenario, ScenarioRun& run) {
    synthetic::GeneratorOptions options;
    options.scenario = scenario;
    options.seed = kSeed;
    options.end = kEnd;
    run.history = synthetic::generate(options);
    synthetic::write_history(run.history, run.dir.path());
    const std::vector<std::filesystem::path> roots{run.dir / "data"};
    const std::vector<ingest::InputFile> files = ingest::collect_input_files(roots).files;
    run.db = store::open_store(run.dir / "ironstride.db");
    run.summary = app::import_files(*run.db, domain::kLocalAthlete, files);
    {
        const auto unit = run.db->write(domain::kLocalAthlete);
        for (const domain::CheckIn& c : run.history.checkins) unit->checkins().upsert(c);
        unit->commit();
    }
    app::StoreHandle store(*run.db);
    app::VerdictRequest request;
    request.profile_path = run.dir / "profile.toml";
    request.from = kEnd - days{83};
    request.to = kEnd;
    request.today = kEnd;
    run.report = app::verdict(store, domain::kLocalAthlete, request);
}

std::set<std::string> ids(const analysis::VerdictReport& report) {
    std::set<std::string> out;
    for (const analysis::Finding& f : report.findings) out.insert(f.id);
    return out;
}

std::string listing(const analysis::VerdictReport& report) {
    std::string text;
    for (const analysis::Finding& f : report.findings) text += f.id + "(" + analysis::to_string(f.severity) + ") ";
    return text;
}

void expect_findings(const analysis::VerdictReport& report, std::initializer_list<std::string_view> present,
                     std::initializer_list<std::string_view> absent) {
    const std::set<std::string> found = ids(report);
    for (const std::string_view p : present) {
        EXPECT_EQ(found.count(std::string(p)), 1U) << "expected finding " << p << "; found " << listing(report);
    }
    for (const std::string_view a : absent) {
        EXPECT_EQ(found.count(std::string(a)), 0U) << "unexpected finding " << a << "; found " << listing(report);
    }
}

const analysis::Finding& finding(const analysis::VerdictReport& report, std::string_view finding_id) {
    for (const analysis::Finding& f : report.findings) {
        if (f.id == finding_id) return f;
    }
    throw std::runtime_error("no finding " + std::string(finding_id));
}

double number(const analysis::Finding& f, std::string_view key) {
    for (const analysis::Number& n : f.numbers) {
        if (n.key == key) return n.value;
    }
    throw std::runtime_error("no number " + std::string(key) + " in " + f.id);
}

void expect_clean_import(const ScenarioRun& run) {
    EXPECT_EQ(run.summary.failed, 0U);
    EXPECT_EQ(run.summary.activities, run.history.runs.size() + run.history.workouts.size());
    EXPECT_EQ(run.report.metrics_computed, run.summary.activities) << "every activity's metrics computed once";
}

TEST(ReportScenarios, CuttingLifterWhoTriplesRunningLosesSquatStrength) {
    ScenarioRun run;
    run_scenario(synthetic::Scenario::cutting_lifter, run);
    expect_clean_import(run);
    const analysis::VerdictReport& r = run.report;
    EXPECT_EQ(r.answer.verdict, analysis::Verdict::hurting) << listing(r);
    expect_findings(r,
                    {id::kRunningUpStrengthDown, id::kEnergyDeficitHighRunning, id::kProteinLow, id::kHardRunBeforeLegs,
                     id::kWeeklyRamp, id::kSleepShort, id::kRapidWeightLoss},
                    {id::kUltraRuns, id::kLongRuns, id::kStrengthRising, id::kSleepBelowTarget,
                     id::kLowEnergyAvailability, id::kSprintIntervals});
    EXPECT_EQ(r.findings.front().id, id::kRunningUpStrengthDown);
    const analysis::Finding& interference = finding(r, id::kRunningUpStrengthDown);
    EXPECT_GE(number(interference, "run_now_m_per_week"), 2.5 * number(interference, "run_before_m_per_week"))
        << "running roughly tripled";
    EXPECT_LT(number(interference, "e1rm_change_pct"), -5.0);
    EXPECT_TRUE(*r.answer.lift_name == "Squat (Barbell)" || *r.answer.lift_name == "Deadlift (Barbell)")
        << "the answer speaks of a lower-body lift: " << *r.answer.lift_name;
    EXPECT_EQ(finding(r, id::kEnergyDeficitHighRunning).severity, analysis::Severity::high);
    EXPECT_LT(number(finding(r, id::kEnergyDeficitHighRunning), "energy_availability"), 30);
    EXPECT_LT(number(finding(r, id::kProteinLow), "protein_g_per_lb"), 0.8);
    EXPECT_LT(number(finding(r, id::kSleepShort), "mean_h"), 7);

    const planner::TodayReport today = run.today();
    EXPECT_NE(today.readiness.level, analysis::Readiness::green) << today.readiness.summary;
}

TEST(ReportScenarios, CuttingLiftersFoodAndBalanceFollowHisOwnLogs) {
    // Issue 14's acceptance: his protein from his latest weight, the report's balance from his weight trend, and
    // the calories from his measured expenditure.
    ScenarioRun run;
    run_scenario(synthetic::Scenario::cutting_lifter, run);
    const analysis::VerdictReport& r = run.report;
    const science::ExpenditureEstimate& e = r.expenditure.estimate;
    ASSERT_EQ(e.source, "measured") << e.reason;
    // The balance the report gives is what his weight trend says he lost: ρ × slope, per day.
    const analysis::Finding& deficit = finding(r, id::kEnergyDeficitHighRunning);
    EXPECT_NEAR(number(deficit, "balance_kcal"), *e.rho_kcal_per_kg * *e.trend_kg_per_week / 7.0, 1.0);
    const double latest_kg = r.series.body.points.back().weight_kg;
    EXPECT_NEAR(number(deficit, "implied_change_pct_per_week"), *e.trend_kg_per_week / latest_kg * 100.0, 0.05);

    const planner::TodayReport today = run.today();
    EXPECT_EQ(today.body.weight_source, "measured");
    EXPECT_LT(today.body.weight_kg, run.history.athlete.weight_kg - 2.0) << "he has lost weight since the profile";
    // Protein is 1.0 g/lb of that weight on his cut (science::protein_g).
    EXPECT_NEAR(today.nutrition.protein_g, units::kg_to_pounds(today.body.weight_kg) * 1.0, 0.5);
    EXPECT_EQ(today.expenditure.source, "measured") << today.expenditure.reason;
    EXPECT_NEAR(*today.expenditure.estimated_kcal, *e.estimated_kcal, 1.0) << "the report's and today's estimate agree";
    EXPECT_NEAR(today.nutrition.maintenance_kcal,
                today.nutrition.bmr.kcal * today.nutrition.neat_factor + today.nutrition.exercise_kcal +
                    today.expenditure.offset_kcal,
                1e-6);
}

TEST(ReportScenarios, BalancedHybridAthleteGainsWithNoFalseAlarms) {
    ScenarioRun run;
    run_scenario(synthetic::Scenario::balanced_hybrid, run);
    expect_clean_import(run);
    const analysis::VerdictReport& r = run.report;
    EXPECT_EQ(r.answer.verdict, analysis::Verdict::not_hurting) << listing(r);
    expect_findings(r, {id::kStrengthRising, id::kActivityGuidelines, id::kRunningBone, id::kTrainingLoad}, {});
    for (const analysis::Finding& f : r.findings) {
        EXPECT_TRUE(f.severity == analysis::Severity::positive || f.severity == analysis::Severity::info)
            << "false alarm: " << f.id << " (" << analysis::to_string(f.severity) << ")";
    }
    EXPECT_EQ(finding(r, id::kActivityGuidelines).severity, analysis::Severity::positive);
    EXPECT_GT(*r.answer.lift_change_pct, 2.5);
    EXPECT_NEAR(*r.answer.run_mean_m_per_week, 30000, 3000);

    const planner::TodayReport today = run.today();
    EXPECT_TRUE(today.readiness.checked_in);
    EXPECT_NE(today.readiness.level, analysis::Readiness::red) << today.readiness.summary;
}

TEST(ReportScenarios, BeginnerBuildsUpWithinTheLimits) {
    ScenarioRun run;
    run_scenario(synthetic::Scenario::beginner, run);
    expect_clean_import(run);
    const analysis::VerdictReport& r = run.report;
    EXPECT_EQ(r.answer.verdict, analysis::Verdict::not_hurting) << listing(r);
    expect_findings(r, {id::kStrengthRising, id::kActivityGuidelines, id::kRunningBone},
                    {id::kRunSpike, id::kWeeklyRamp, id::kRunningUpStrengthDown, id::kHardRunBeforeLegs,
                     id::kEnergyDeficitHighRunning, id::kLowEnergyAvailability, id::kProteinLow, id::kUltraRuns,
                     id::kLongRuns, id::kSleepShort, id::kRapidWeightLoss, id::kSprintIntervals});
    EXPECT_GT(*r.answer.run_now_m_per_week, 1.4 * *r.answer.run_before_m_per_week) << "running is building up";
    const analysis::Finding& guidelines = finding(r, id::kActivityGuidelines);
    EXPECT_EQ(guidelines.severity, analysis::Severity::low) << "not yet at 150 minutes on average";
    EXPECT_GT(number(guidelines, "aerobic_weeks_met"), 0);
    EXPECT_LT(number(guidelines, "aerobic_weeks_met"), number(guidelines, "weeks"));
}

TEST(ReportScenarios, NewRunnerWhoseLegLiftsDipHearsItIsExpected) {
    ScenarioRun run;
    run_scenario(synthetic::Scenario::new_runner_lifter, run);
    expect_clean_import(run);
    const analysis::VerdictReport& r = run.report;
    EXPECT_EQ(r.answer.verdict, analysis::Verdict::not_hurting) << listing(r);
    EXPECT_EQ(r.answer.reason, id::kExpectedLiftDip);
    expect_findings(r, {id::kExpectedLiftDip}, {id::kRunningUpStrengthDown, id::kStrengthRising});
    const analysis::Finding& dip = finding(r, id::kExpectedLiftDip);
    EXPECT_EQ(dip.severity, analysis::Severity::info);
    EXPECT_LE(number(dip, "e1rm_change_pct"), -3.0);
    EXPECT_GE(number(dip, "e1rm_change_pct"), -8.0);
    // The first run is the Wednesday four weeks before the last Sunday: 25 days before it.
    EXPECT_DOUBLE_EQ(number(dip, "days_since_start"), 25) << "running started in the last four weeks";
    ASSERT_EQ(dip.events.size(), 1U);
    EXPECT_EQ(dip.events.front().day, kEnd - days{25});
}

TEST(ReportScenarios, UltraRunnerGetsTheUltraEvidenceAndTheSpikes) {
    ScenarioRun run;
    run_scenario(synthetic::Scenario::ultra_runner, run);
    expect_clean_import(run);
    const analysis::VerdictReport& r = run.report;
    EXPECT_EQ(r.answer.verdict, analysis::Verdict::at_risk) << listing(r);
    EXPECT_EQ(r.answer.reason, id::kUltraRuns);
    expect_findings(r, {id::kUltraRuns, id::kLongRuns, id::kRunSpike, id::kRunningBone, id::kTrainingLoad},
                    {id::kRunningUpStrengthDown, id::kEnergyDeficitHighRunning, id::kLowEnergyAvailability,
                     id::kProteinLow, id::kHardRunBeforeLegs, id::kWeeklyRamp, id::kSleepShort, id::kRapidWeightLoss});
    const analysis::Finding& ultra = finding(r, id::kUltraRuns);
    EXPECT_DOUBLE_EQ(number(ultra, "ultra_runs"), 2);
    EXPECT_GT(number(ultra, "longest_m"), 79000);
    std::set<std::string_view> cited;
    for (const analysis::EvidenceRef& ref : ultra.evidence) cited.insert(ref.id);
    EXPECT_EQ(cited.count("knechtle_kohler2007"), 1U);
    EXPECT_EQ(cited.count("schutz2013"), 1U);
    EXPECT_GE(number(finding(r, id::kRunSpike), "hazard_ratio"), 2.28) << "the 80 km race more than doubled the longest";
}

TEST(ReportScenarios, TheSameSeedWritesTheSameFiles) {
    synthetic::GeneratorOptions options;
    options.scenario = synthetic::Scenario::beginner;
    options.seed = 3;
    options.end = kEnd;
    options.weeks = 3;
    testing::TempDir a;
    testing::TempDir b;
    const auto first = synthetic::write_history(synthetic::generate(options), a.path());
    const auto second = synthetic::write_history(synthetic::generate(options), b.path());
    ASSERT_EQ(first.size(), second.size());
    for (std::size_t i = 0; i < first.size(); ++i) {
        EXPECT_EQ(util::read_text_file(first[i]), util::read_text_file(second[i])) << first[i];
    }
    options.seed = 4;
    testing::TempDir c;
    const auto other = synthetic::write_history(synthetic::generate(options), c.path());
    EXPECT_NE(util::read_text_file(other.back().parent_path() / "data" / "sleep.csv"),
              util::read_text_file(a / "data" / "sleep.csv"));
}

TEST(ReportScenarios, JsonAndHtmlCarryTheSameSeries) {
    ScenarioRun run;
    run_scenario(synthetic::Scenario::balanced_hybrid, run);
    const nlohmann::json json = report::verdict_json(run.report);
    const nlohmann::json charts = report::html_chart_data(run.report, domain::UnitSystem::metric)["charts"];
    ASSERT_EQ(charts.size(), 7U);  // load, volume, e1rm, bodyweight, sleep, load_au, intake
    EXPECT_EQ(charts[0]["id"], "load");
    const nlohmann::json& daily = json["series"]["daily"];
    ASSERT_EQ(charts[0]["series"][0]["points"].size(), daily.size());
    for (std::size_t i = 0; i < daily.size(); ++i) {
        EXPECT_DOUBLE_EQ(charts[0]["series"][0]["points"][i][1].get<double>(), daily[i]["ctl"].get<double>());
    }
    // The AU chart's fitness lines are the JSON's per-modality CTL, day for day.
    const nlohmann::json& au = charts[5];
    EXPECT_EQ(au["id"], "load_au");
    const std::array<const char*, 3> au_members{"run_ctl_au", "lift_ctl_au", "ctl_au"};
    for (std::size_t line = 0; line < au_members.size(); ++line) {
        ASSERT_EQ(au["series"][line]["points"].size(), daily.size());
        for (std::size_t i = 0; i < daily.size(); ++i) {
            EXPECT_DOUBLE_EQ(au["series"][line]["points"][i][1].get<double>(),
                             daily[i][au_members[line]].get<double>())
                << au_members[line] << " day " << i;
        }
    }
    EXPECT_EQ(json["answer"].get<std::string>().rfind("No:", 0), 0U);
    for (const auto& f : json["findings"]) EXPECT_FALSE(f["evidence"].empty()) << f["id"];
}

}  // namespace
}  // namespace ironstride
