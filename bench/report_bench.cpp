// `ironstride report` over ten years (issue 5: "the report over 10 years of data (2,000 activities, daily
// check-ins) from a warm database; target under 300 ms"), with two peers timed in the same run:
//
//   - select_scan: plain SQL that steps through the same rows the report reads (activities joined with their cached
//     metrics, strength sets, body, sleep, nutrition and check-in days) and touches every column: the floor that
//     reading the database puts under any report;
//   - recompute: the same report with every per-activity metric recomputed from the stored samples (`report
//     --recompute`), which is what every report would cost without the metrics cache.
//
// The database is built once, before any timing: synthetic::generate's `decade` athlete (ten years of two runs and
// two lifting sessions a week, daily body, sleep, food and check-ins) stored the way the importer's writer stores
// files (one unit of work: import-log rows + activities with encoded samples), then one report fills the metrics
// cache.
// "Warm" means that cache is filled and SQLite's pages are in memory, as on a second `ironstride report`.
//
//   build/<yours>/bench/report_bench --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
//
// After Google Benchmark's table the bench prints each benchmark's median wall time (the median of the
// repetitions when there are several) and the ratios against the peers.

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <map>
#include <optional>
#include <random>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <SQLiteCpp/SQLiteCpp.h>
#include <benchmark/benchmark.h>
#include <fmt/format.h>

#include "decade_database.hpp"
#include "scratch_dir.hpp"
#include "synthetic_history.hpp"
#include "ironstride/app/verdict.hpp"
#include "ironstride/report/html_report.hpp"
#include "ironstride/report/verdict_json.hpp"
#include "ironstride/report/verdict_text.hpp"
#include "ironstride/store/sample_codec.hpp"
#include "ironstride/store/sqlite/database.hpp"
#include "ironstride/store/sqlite/sqlite_store.hpp"

namespace {

using namespace ironstride;

using bench::DecadeDatabase;
using bench::kEnd;

DecadeDatabase& decade() {
    static DecadeDatabase database;
    return database;
}

void add_size_counters(benchmark::State& state, const analysis::VerdictReport& report, std::size_t bytes) {
    state.counters["activities"] = static_cast<double>(report.activities.size());
    state.counters["days"] = static_cast<double>(report.series.days.size());
    state.counters["findings"] = static_cast<double>(report.findings.size());
    state.counters["output_kB"] = static_cast<double>(bytes) / 1e3;
}

enum class Format { text, json, html };

/// The whole of `ironstride report --from <ten years ago> --format F`: profile, metrics cache check, history load,
/// series, findings, answer and rendering.
void BM_Report(benchmark::State& state, Format format) {
    DecadeDatabase& d = decade();
    if (d.cached() != d.activities()) {
        state.SkipWithError("the warm-up report did not cache every activity's metrics");
        return;
    }
    std::size_t bytes = 0;
    analysis::VerdictReport last;
    for (auto _ : state) {
        analysis::VerdictReport report = d.report();
        std::string text;
        switch (format) {
            case Format::text: text = report::render_verdict_text(report, d.athlete().units); break;
            case Format::json: text = report::render_verdict_json(report); break;
            case Format::html: text = report::render_verdict_html(report, d.athlete().units); break;
        }
        if (report.metrics_computed != 0) state.SkipWithError("a warm report recomputed metrics");
        bytes = text.size();
        benchmark::DoNotOptimize(text.data());
        last = std::move(report);
    }
    add_size_counters(state, last, bytes);
    state.counters["checkins"] = static_cast<double>(d.checkins());
}
BENCHMARK_CAPTURE(BM_Report, text, Format::text)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK_CAPTURE(BM_Report, json, Format::json)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK_CAPTURE(BM_Report, html, Format::html)->Unit(benchmark::kMillisecond)->UseRealTime();

/// Peer: the report with every per-activity metric recomputed from the stored samples (`--recompute`).
void BM_ReportRecompute(benchmark::State& state) {
    DecadeDatabase& d = decade();
    for (auto _ : state) {
        analysis::VerdictReport report = d.report(true);
        if (report.metrics_computed != d.activities()) state.SkipWithError("--recompute skipped some activities");
        std::string text = report::render_verdict_text(report, d.athlete().units);
        benchmark::DoNotOptimize(text.data());
    }
}
BENCHMARK(BM_ReportRecompute)->Unit(benchmark::kMillisecond)->UseRealTime();

/// Sums every column of every row of a query, so that SQLite decodes each value.
double scan(SQLite::Database& connection, const char* sql, std::size_t& rows) {
    SQLite::Statement statement(connection, sql);
    double sum = 0;
    while (statement.executeStep()) {
        ++rows;
        for (int c = 0; c < statement.getColumnCount(); ++c) {
            const SQLite::Column column = statement.getColumn(c);
            if (column.isInteger() || column.isFloat()) {
                sum += column.getDouble();
            } else {
                sum += static_cast<double>(column.getBytes());
            }
        }
    }
    return sum;
}

/// Peer: plain SQL over the same rows the report reads, no analysis and no rendering.
void BM_SelectScan(benchmark::State& state) {
    SQLite::Database& connection = decade().db().connection();
    std::size_t rows = 0;
    for (auto _ : state) {
        rows = 0;
        double sum = scan(connection,
                          "SELECT a.id, a.sport, a.name, a.start_utc, a.utc_offset_min, a.elapsed_s, a.timer_s, "
                          "a.distance_m, a.avg_hr_bpm, a.max_hr_bpm, m.* FROM activity AS a "
                          "LEFT JOIN activity_metrics AS m ON m.activity_id = a.id ORDER BY a.start_utc, a.id",
                          rows);
        sum += scan(connection,
                    "SELECT a.id, a.start_utc, s.* FROM activity AS a JOIN strength_set AS s "
                    "ON s.activity_id = a.id ORDER BY a.start_utc, a.id, s.set_index",
                    rows);
        sum += scan(connection, "SELECT * FROM body_day ORDER BY day", rows);
        sum += scan(connection, "SELECT * FROM sleep_day ORDER BY day", rows);
        sum += scan(connection, "SELECT * FROM nutrition_day ORDER BY day", rows);
        sum += scan(connection, "SELECT * FROM checkin ORDER BY day", rows);
        benchmark::DoNotOptimize(sum);
    }
    state.counters["rows"] = static_cast<double>(rows);
}
BENCHMARK(BM_SelectScan)->Unit(benchmark::kMillisecond)->UseRealTime();

/// Console output plus, at the end, each benchmark's median milliseconds and the ratios against the peers.
class RatioReporter : public benchmark::ConsoleReporter {
public:
    RatioReporter() : benchmark::ConsoleReporter(OO_Tabular) {}

    void ReportRuns(const std::vector<Run>& runs) override {
        for (const Run& run : runs) {
            if (run.error_occurred || run.time_unit != benchmark::kMillisecond) continue;
            const std::string name = run.run_name.function_name +
                                     (run.run_name.args.empty() ? std::string() : "/" + run.run_name.args);
            if (run.run_type == Run::RT_Aggregate) {
                if (run.aggregate_name == "median") {
                    m_median_ms[name] = run.GetAdjustedRealTime();
                    m_median_cpu_ms[name] = run.GetAdjustedCPUTime();
                }
            } else {
                m_samples_ms[name].push_back(run.GetAdjustedRealTime());
                m_samples_cpu_ms[name].push_back(run.GetAdjustedCPUTime());
            }
        }
        ConsoleReporter::ReportRuns(runs);
    }

    void Finalize() override {
        ConsoleReporter::Finalize();
        const auto median = [](const std::map<std::string, double>& medians,
                               const std::map<std::string, std::vector<double>>& all,
                               const std::string& name) -> std::optional<double> {
            if (const auto found = medians.find(name); found != medians.end()) return found->second;
            const auto samples = all.find(name);
            if (samples == all.end() || samples->second.empty()) return std::nullopt;
            std::vector<double> sorted = samples->second;
            std::sort(sorted.begin(), sorted.end());
            return sorted[sorted.size() / 2];
        };
        const auto ms = [&](const std::string& name) { return median(m_median_ms, m_samples_ms, name); };
        const auto cpu_ms = [&](const std::string& name) { return median(m_median_cpu_ms, m_samples_cpu_ms, name); };
        const DecadeDatabase& d = decade();
        fmt::print("\nten-year report: {} activities, {} check-ins, {} to {} (target < 300 ms)\n", d.activities(),
                   d.checkins(), units::format_iso_date(d.range().first), units::format_iso_date(d.range().last));
        const std::optional<double> scan_ms = ms("BM_SelectScan");
        const std::optional<double> recompute_ms = ms("BM_ReportRecompute");
        for (const char* format : {"text", "json", "html"}) {
            const std::optional<double> report_ms = ms(fmt::format("BM_Report/{}", format));
            if (!report_ms) continue;
            std::string line = fmt::format("  report {:<4} {:7.1f} ms wall ({:6.1f} ms CPU)  {}", format, *report_ms,
                                           cpu_ms(fmt::format("BM_Report/{}", format)).value_or(0.0),
                                           *report_ms < 300.0 ? "under 300 ms" : "OVER 300 ms");
            if (scan_ms && *scan_ms > 0) line += fmt::format("  {:5.1f}x the plain SELECT scan", *report_ms / *scan_ms);
            if (recompute_ms && *report_ms > 0 && std::string_view(format) == "text") {
                line += fmt::format("  {:.1f}x faster than with --recompute", *recompute_ms / *report_ms);
            }
            fmt::print("{}\n", line);
        }
        if (scan_ms) {
            fmt::print("  peer: plain SELECT scan of the same rows  {:7.1f} ms wall ({:6.1f} ms CPU)\n", *scan_ms,
                       cpu_ms("BM_SelectScan").value_or(0.0));
        }
        if (recompute_ms) {
            fmt::print("  peer: report --recompute (text)           {:7.1f} ms wall ({:6.1f} ms CPU)\n", *recompute_ms,
                       cpu_ms("BM_ReportRecompute").value_or(0.0));
        }
        fmt::print("  (wall time includes waiting for a shared CPU; the ratios use wall time)\n");
    }

private:
    std::map<std::string, double> m_median_ms;
    std::map<std::string, double> m_median_cpu_ms;
    std::map<std::string, std::vector<double>> m_samples_ms;
    std::map<std::string, std::vector<double>> m_samples_cpu_ms;
};

}  // namespace

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    decade();  // build the database before the first timing
    RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    return 0;
}
