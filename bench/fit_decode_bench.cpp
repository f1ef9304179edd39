// FIT decode throughput, single core: every file of an archive is loaded into memory first, then each benchmark
// iteration decodes all of them.
//
//   IRONSTRIDE_FIT_ARCHIVE=DIR fit_decode_bench [--benchmark_repetitions=5 ...]
//
// DIR defaults to ../archive/fit beside the project root — the archive that
// `../shared/tools/gen-fit-archive --out ../archive/fit --count 2000 --seed 1` writes (168 MB, 7.3 million records).
// Reported per benchmark: bytes_per_second (FIT bytes decoded per second) and records/s.
//
//   BM_FitDecodeCounting   FitDecoder with a handler that only counts: the decoder's own speed (CRC included)
//   BM_FitDecodeActivities FitDecoder + ActivityBuilder → domain::Activity values, as the importer uses it
//   BM_FitCrc              the file CRC alone, for scale
//
// bench/fit_decode_peers.sh runs this and the peers (Garmin's JS SDK, fit-file-parser, GPSBabel) on the same files.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>
#include <fmt/format.h>

#include "ironstride/fit_protocol/fit_crc.hpp"
#include "ironstride/ingest/fit/activity_builder.hpp"
#include "ironstride/ingest/fit/fit_decoder.hpp"

namespace {

namespace fit = ironstride::ingest::fit;

struct Archive {
    std::vector<std::vector<std::byte>> files;
    std::size_t bytes = 0;
    std::size_t records = 0;
};

std::filesystem::path archive_dir() {
    if (const char* dir = std::getenv("IRONSTRIDE_FIT_ARCHIVE"); dir != nullptr && *dir != '\0') return dir;
    // bench/fit_decode_bench.cpp → project root → ../archive/fit
    return std::filesystem::path{__FILE__}.parent_path().parent_path().parent_path() / "archive" / "fit";
}

struct RecordCounter final : fit::FitHandler {
    std::size_t records = 0;
    std::size_t messages = 0;
    void on_record(const fit::RecordMessage& m) override {
        ++records;
        benchmark::DoNotOptimize(&m);
    }
    void on_lap(const fit::LapMessage&) override { ++messages; }
    void on_session(const fit::SessionMessage&) override { ++messages; }
    void on_set(const fit::SetMessage&) override { ++messages; }
    void on_event(const fit::EventMessage&) override { ++messages; }
};

const Archive& archive() {
    static const Archive loaded = [] {
        Archive a;
        const std::filesystem::path dir = archive_dir();
        if (!std::filesystem::is_directory(dir)) {
            throw std::runtime_error(fmt::format("no FIT archive at {}: run ../shared/tools/gen-fit-archive --out {} "
                                                 "--count 2000 --seed 1, or set IRONSTRIDE_FIT_ARCHIVE",
                                                 dir.string(), dir.string()));
        }
        std::vector<std::filesystem::path> paths;
        for (const auto& entry : std::filesystem::directory_iterator(dir)) {
            const std::string ext = entry.path().extension().string();
            if (entry.is_regular_file() && (ext == ".fit" || ext == ".FIT")) paths.push_back(entry.path());
        }
        std::sort(paths.begin(), paths.end());
        fit::FitDecoder decoder;
        for (const auto& path : paths) {
            std::ifstream in(path, std::ios::binary);
            std::vector<char> chars{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
            std::vector<std::byte> bytes(chars.size());
            std::transform(chars.begin(), chars.end(), bytes.begin(), [](char c) { return static_cast<std::byte>(c); });
            RecordCounter counter;
            if (!decoder.decode(bytes, counter, path.string()).ok()) continue;  // benchmarks decode sound files only
            a.bytes += bytes.size();
            a.records += counter.records;
            a.files.push_back(std::move(bytes));
        }
        if (a.files.empty()) throw std::runtime_error("the FIT archive holds no decodable file");
        return a;
    }();
    return loaded;
}

void report(benchmark::State& state, const Archive& a) {
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(a.bytes));
    state.counters["records/s"] = benchmark::Counter(static_cast<double>(state.iterations()) * static_cast<double>(a.records),
                                                     benchmark::Counter::kIsRate);
    state.counters["files"] = static_cast<double>(a.files.size());
    state.counters["records"] = static_cast<double>(a.records);
    state.counters["MB"] = static_cast<double>(a.bytes) / 1e6;
}

void BM_FitDecodeCounting(benchmark::State& state) {
    const Archive& a = archive();
    fit::FitDecoder decoder;
    for (auto _ : state) {
        RecordCounter counter;
        for (const auto& file : a.files) {
            auto result = decoder.decode(file, counter);
            benchmark::DoNotOptimize(result);
        }
        if (counter.records != a.records) state.SkipWithError("record count changed between runs");
    }
    report(state, a);
}

void BM_FitDecodeActivities(benchmark::State& state) {
    const Archive& a = archive();
    fit::FitDecoder decoder;
    for (auto _ : state) {
        std::size_t samples = 0;
        for (const auto& file : a.files) {
            fit::ActivityBuilder builder;
            if (!decoder.decode(file, builder).ok()) state.SkipWithError("decode failed");
            auto activities = builder.finish();
            if (!activities.ok()) continue;  // relative times; not in the generated archive
            for (const auto& activity : *activities) samples += activity.samples.size();
            benchmark::DoNotOptimize(activities);
        }
        if (samples != a.records) state.SkipWithError("sample count differs from the record count");
    }
    report(state, a);
}

void BM_FitCrc(benchmark::State& state) {
    const Archive& a = archive();
    for (auto _ : state) {
        std::uint32_t sum = 0;
        for (const auto& file : a.files) sum += fit::crc16(file);
        benchmark::DoNotOptimize(sum);
    }
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(a.bytes));
}

BENCHMARK(BM_FitDecodeCounting)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FitDecodeActivities)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FitCrc)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
