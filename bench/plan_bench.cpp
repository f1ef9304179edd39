// A 52-week plan for each example athlete (issue 3: "well under 50 ms"), with two peers timed in the same run on
// the same athlete: parsing and validating the profile (TOML) and writing the same plan's JSON. The timed plan is
// planner::make_plan (placement, progression, nutrition for 364 days and the self-check of every hard rule); the
// profile is loaded and the plan made once, outside the timed loops of the peers.
//
//   build/<dir>/bench/plan_bench --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
//
// After Google Benchmark's own table, a summary prints ms per plan for each athlete (the median when repetitions are
// asked for) and the ratios to the peers, so the claim can be re-checked on any machine.

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>
#include <fmt/format.h>

#include "ironstride/planner/planner.hpp"
#include "ironstride/profile/profile_loader.hpp"
#include "ironstride/report/plan_json.hpp"

namespace {

namespace is = ironstride;

constexpr int kWeeks = 52;
const is::units::CivilDay kStart{std::chrono::year{2026} / 11 / 30};

std::filesystem::path examples_dir() {
    if (const char* source = std::getenv("IRONSTRIDE_SOURCE_DIR"); source != nullptr && *source != '\0') {
        return std::filesystem::path(source) / "examples";
    }
    return std::filesystem::path(__FILE__).parent_path().parent_path() / "examples";
}

/// Every example athlete (examples/*.toml), sorted so the run order is stable.
std::vector<std::filesystem::path> example_profiles() {
    std::vector<std::filesystem::path> out;
    for (const auto& entry : std::filesystem::directory_iterator(examples_dir())) {
        if (entry.is_regular_file() && entry.path().extension() == ".toml") out.push_back(entry.path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

void plan_52_weeks(benchmark::State& state, const std::filesystem::path& file) {
    const auto athlete = is::profile::load_profile(file, kStart);
    for (auto _ : state) {
        auto plan = is::planner::make_plan(athlete, kStart, kWeeks);
        benchmark::DoNotOptimize(plan);
    }
}

void write_json(benchmark::State& state, const std::filesystem::path& file) {
    const auto athlete = is::profile::load_profile(file, kStart);
    const auto plan = is::planner::make_plan(athlete, kStart, kWeeks);
    std::size_t bytes = 0;
    for (auto _ : state) {
        auto text = is::report::write_plan_json(plan, athlete.units);
        bytes = text.size();
        benchmark::DoNotOptimize(text);
    }
    state.counters["json_bytes"] = static_cast<double>(bytes);
}

void load_profile(benchmark::State& state, const std::filesystem::path& file) {
    for (auto _ : state) {
        auto athlete = is::profile::load_profile(file, kStart);
        benchmark::DoNotOptimize(athlete);
    }
}

/// Google Benchmark's console output, plus the real time of each benchmark kept for the summary: the median
/// aggregate when repetitions were run, else the single run.
class SummaryReporter : public benchmark::ConsoleReporter {
public:
    void ReportRuns(const std::vector<Run>& runs) override {
        for (const Run& run : runs) {
            if (run.error_occurred) continue;
            const std::string name = run.run_name.str();
            const double ms = to_ms(run.GetAdjustedRealTime(), run.time_unit);
            if (run.run_type == Run::RT_Aggregate) {
                if (run.aggregate_name == "median") m_median_ms[name] = ms;
            } else {
                m_single_ms[name] = ms;  // the last repetition when aggregates are not reported alone
            }
        }
        ConsoleReporter::ReportRuns(runs);
    }

    /// Milliseconds for a benchmark name, or a negative value when it did not run.
    [[nodiscard]] double ms(const std::string& name) const {
        if (const auto it = m_median_ms.find(name); it != m_median_ms.end()) return it->second;
        if (const auto it = m_single_ms.find(name); it != m_single_ms.end()) return it->second;
        return -1.0;
    }
    [[nodiscard]] bool medians() const { return !m_median_ms.empty(); }

private:
    static double to_ms(double value, benchmark::TimeUnit unit) {
        switch (unit) {
            case benchmark::kNanosecond: return value / 1e6;
            case benchmark::kMicrosecond: return value / 1e3;
            case benchmark::kMillisecond: return value;
            case benchmark::kSecond: return value * 1e3;
        }
        return value;
    }

    std::map<std::string, double> m_median_ms;
    std::map<std::string, double> m_single_ms;
};

}  // namespace

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    const auto profiles = example_profiles();
    if (profiles.empty()) {
        fmt::print(stderr, "no example profiles in {}\n", examples_dir().string());
        return 1;
    }
    std::vector<std::string> names;
    for (const auto& path : profiles) {
        const std::string name = path.stem().string();
        names.push_back(name);
        benchmark::RegisterBenchmark(("plan_52_weeks/" + name).c_str(), plan_52_weeks, path)
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("peer_write_json/" + name).c_str(), write_json, path)
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("peer_load_profile/" + name).c_str(), load_profile, path)
            ->Unit(benchmark::kMillisecond);
    }
    SummaryReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();

    fmt::print("\n52-week plans, {} (target: well under 50 ms per plan)\n",
               reporter.medians() ? "medians of the repetitions" : "single runs");
    fmt::print("{:<20} {:>10} {:>12} {:>10} {:>14} {:>11}\n", "athlete", "plan ms", "JSON ms", "plan/JSON",
               "profile ms", "plan/prof.");
    double worst = 0;
    for (const auto& name : names) {
        const double plan = reporter.ms("plan_52_weeks/" + name);
        const double json = reporter.ms("peer_write_json/" + name);
        const double prof = reporter.ms("peer_load_profile/" + name);
        if (plan < 0) continue;  // filtered out
        worst = std::max(worst, plan);
        const auto ratio = [&](double peer) { return peer > 0 ? fmt::format("{:.2f}x", plan / peer) : std::string("-"); };
        const auto value = [](double v) { return v >= 0 ? fmt::format("{:.3f}", v) : std::string("-"); };
        fmt::print("{:<20} {:>10.3f} {:>12} {:>10} {:>14} {:>11}\n", name, plan, value(json), ratio(json),
                   value(prof), ratio(prof));
    }
    if (worst > 0) fmt::print("slowest plan: {:.3f} ms ({:.1f}% of the 50 ms target)\n", worst, 100.0 * worst / 50.0);
    return 0;
}
