// The SQLite store: sample codec speed and ratio, insert throughput of a 2,000-activity archive, report queries.
//
//   build/<release>/bench/store_bench --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
//
// Counters: `MB/s` of in-memory samples (SampleStream columns) for the codec, `ratio_fit` = stored bytes / bytes of
// the FIT record messages carrying the same points, `activities/s` and `samples_MB/s` for inserts, `db_MB` for the
// database file. Repetitions print mean, median and stddev; quote the median (docs/database.md).

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <random>
#include <vector>

#include <benchmark/benchmark.h>
#include <fmt/format.h>

#include "../tests/unit/store/synthetic_activity.hpp"
#include "scratch_dir.hpp"
#include "ironstride/store/open_store.hpp"
#include "ironstride/store/sample_codec.hpp"
#include "ironstride/units/conversions.hpp"

namespace {

using namespace ironstride;

constexpr int kArchiveActivities = 2000;    // the archive: 2,000 files …
constexpr int kSamplesPerActivity = 3600;   // … of about an hour at 1 Hz
constexpr int kDistinctStreams = 16;        // streams generated once and cycled, to keep the bench's memory small
constexpr std::int64_t kArchiveStart = 1'420'070'400;  // 2015-01-01
using ironstride::units::kSecondsPerDay;

using ScratchDir = ironstride::bench::ScratchDir;

const domain::SampleStream& realistic_run() {
    static const domain::SampleStream stream = testing::synthetic_run({.duration_s = kSamplesPerActivity, .seed = 1});
    return stream;
}

void BM_EncodeSamples(benchmark::State& state) {
    const domain::SampleStream& samples = realistic_run();
    std::size_t blob_bytes = 0;
    for (auto _ : state) {
        const store::EncodedSamples encoded = store::encode_samples(samples);
        blob_bytes = encoded.blob.size();
        benchmark::DoNotOptimize(encoded.blob.data());
    }
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(store::sample_bytes(samples)));
    state.counters["blob_bytes"] = static_cast<double>(blob_bytes);
    state.counters["bytes_per_sample"] = static_cast<double>(blob_bytes) / static_cast<double>(samples.size());
    state.counters["ratio_fit"] = static_cast<double>(blob_bytes) /
                                  static_cast<double>(samples.size() * testing::fit_record_bytes({}));
    state.counters["ratio_memory"] = static_cast<double>(blob_bytes) / static_cast<double>(store::sample_bytes(samples));
}
BENCHMARK(BM_EncodeSamples)->Unit(benchmark::kMicrosecond);

void BM_DecodeSamples(benchmark::State& state) {
    const domain::SampleStream& samples = realistic_run();
    const store::EncodedSamples encoded = store::encode_samples(samples);
    for (auto _ : state) {
        auto decoded = store::decode_samples(encoded.blob);
        if (!decoded.ok()) state.SkipWithError("decode failed");
        benchmark::DoNotOptimize(decoded->samples.time_ms.data());
    }
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(store::sample_bytes(samples)));
}
BENCHMARK(BM_DecodeSamples)->Unit(benchmark::kMicrosecond);

/// Activities as the importer's workers hand them to the writer: summary values filled, samples encoded.
struct PreparedActivity {
    domain::Activity activity;
    store::EncodedSamples samples;
    std::size_t sample_bytes = 0;
};

const std::vector<PreparedActivity>& prepared_activities() {
    static const std::vector<PreparedActivity> prepared = [] {
        std::vector<PreparedActivity> result;
        for (int i = 0; i < kDistinctStreams; ++i) {
            PreparedActivity p;
            const domain::SampleStream samples = testing::synthetic_run(
                {.duration_s = kSamplesPerActivity, .seed = static_cast<std::uint64_t>(100 + i)});
            p.sample_bytes = store::sample_bytes(samples);
            p.samples = store::encode_samples(samples);
            p.activity.sport = domain::Sport::running;
            p.activity.elapsed_s = kSamplesPerActivity;
            p.activity.timer_s = kSamplesPerActivity;
            p.activity.distance_m = static_cast<double>(samples.distance_m.back());
            p.activity.avg_hr_bpm = 145;
            p.activity.max_hr_bpm = 172;
            p.activity.laps.resize(10);  // a lap per km
            result.push_back(std::move(p));
        }
        return result;
    }();
    return prepared;
}

/// Writes the archive the way the importer does: per file, one unit of work with its import-log row and activity.
void write_archive(store::Store& db) {
    const auto& prepared = prepared_activities();
    for (int i = 0; i < kArchiveActivities; ++i) {
        const PreparedActivity& p = prepared[static_cast<std::size_t>(i % kDistinctStreams)];
        const auto unit = db.write(domain::kLocalAthlete);
        domain::ImportRecord record;
        record.path = fmt::format("/archive/fit/{:05}-run.fit", i);
        record.content_hash = fmt::format("{:016x}", i);  // unique per file, like a real digest
        record.size_bytes = 84'000;
        record.activity_count = 1;
        record.record_count = p.samples.point_count;
        const std::int64_t import_id = unit->import_log().record(record);
        domain::Activity activity = p.activity;
        activity.start_utc = units::Instant{std::chrono::seconds{kArchiveStart + i * 2 * kSecondsPerDay}};
        unit->activities().insert(activity, p.samples, import_id);
        unit->commit();
    }
}

void BM_InsertArchive(benchmark::State& state) {
    const auto& prepared = prepared_activities();
    std::size_t sample_bytes_total = 0;
    std::size_t blob_bytes_total = 0;
    for (int i = 0; i < kArchiveActivities; ++i) {
        sample_bytes_total += prepared[static_cast<std::size_t>(i % kDistinctStreams)].sample_bytes;
        blob_bytes_total += prepared[static_cast<std::size_t>(i % kDistinctStreams)].samples.blob.size();
    }
    double db_megabytes = 0;
    for (auto _ : state) {
        state.PauseTiming();
        {
            ScratchDir dir;
            const auto path = dir.path() / "bench.db";
            {
                const std::unique_ptr<store::Store> db = store::open_store(path);
                state.ResumeTiming();
                write_archive(*db);
                state.PauseTiming();
            }
            db_megabytes = static_cast<double>(std::filesystem::file_size(path)) / 1e6;
        }
        state.ResumeTiming();
    }
    const double iterations = static_cast<double>(state.iterations());
    state.counters["activities/s"] =
        benchmark::Counter(kArchiveActivities * iterations, benchmark::Counter::kIsRate);
    state.counters["samples_MB/s"] =
        benchmark::Counter(static_cast<double>(sample_bytes_total) * iterations / 1e6, benchmark::Counter::kIsRate);
    state.counters["blob_MB/s"] =
        benchmark::Counter(static_cast<double>(blob_bytes_total) * iterations / 1e6, benchmark::Counter::kIsRate);
    state.counters["db_MB"] = db_megabytes;
}
BENCHMARK(BM_InsertArchive)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

/// A ten-year database with metrics and daily rows, built once, for the report queries.
class ReportDatabase {
public:
    ReportDatabase() : m_db(store::open_store(m_dir.path() / "report.db")) {
        write_archive(*m_db);
        const auto unit = m_db->write(domain::kLocalAthlete);
        for (const auto& row : unit->metrics().list_with_activities({})) {
            unit->metrics().write({.activity_id = row.activity.id, .computed_version = 1, .trimp = 80.0,
                                   .srpe_load = 360.0,
                                   .time_in_zone_s = std::array<double, 5>{600, 1800, 900, 240, 60}});
        }
        std::vector<domain::BodyEntry> body;
        std::vector<domain::SleepEntry> sleep;
        const units::CivilDay first{std::chrono::days{kArchiveStart / kSecondsPerDay}};
        for (int d = 0; d < 10 * 366; ++d) {
            const units::CivilDay day = first + std::chrono::days{d};
            body.emplace_back().day = day;
            body.back().weight_kg = 80.0 - d * 0.001;
            sleep.emplace_back().day = day;
            sleep.back().hours = 7.5;
            domain::CheckIn checkin;
            checkin.day = day;
            checkin.sleep_h = 7.5;
            checkin.soreness = 3;
            unit->checkins().upsert(checkin);
        }
        unit->daily_logs().upsert_body(body, std::nullopt);
        unit->daily_logs().upsert_sleep(sleep, std::nullopt);
        unit->commit();
    }
    store::Store& db() { return *m_db; }

private:
    ScratchDir m_dir;
    std::unique_ptr<store::Store> m_db;
};

ReportDatabase& report_database() {
    static ReportDatabase database;
    return database;
}

/// Everything a ten-year report reads: activities with cached metrics, strength sets, check-ins, body, sleep.
void BM_TenYearReportQueries(benchmark::State& state) {
    store::Store& db = report_database().db();
    const units::CivilDay first{std::chrono::days{kArchiveStart / kSecondsPerDay}};
    const domain::DayRange days{first, first + std::chrono::days{10 * 366}};
    std::size_t rows = 0;
    for (auto _ : state) {
        const auto snapshot = db.read(domain::kLocalAthlete);
        rows = snapshot->metrics().list_with_activities({}).size();
        rows += snapshot->activities().strength_sets({}).size();
        rows += snapshot->checkins().list(days).size();
        rows += snapshot->daily_logs().body(days).size();
        rows += snapshot->daily_logs().sleep(days).size();
        benchmark::DoNotOptimize(rows);
    }
    state.counters["rows"] = static_cast<double>(rows);
}
BENCHMARK(BM_TenYearReportQueries)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
