// GPX/TCX decoding throughput (issue 4: at least 150 MB/s on one core), with gpxpy timed on the same files in the
// same run for the ratio.
//
// Input: the archive's GPX and TCX copies, generated outside the repository (never committed):
//   ../shared/tools/gen-fit-archive --out ARCHIVE/fit --count 200 --seed 1 --gpx ARCHIVE/gpx --tcx ARCHIVE/tcx
//   IRONSTRIDE_BENCH_ARCHIVE=ARCHIVE build/release/bench/xml_decode_bench
// (default ARCHIVE: /work/archive-xml). bytes_per_second = file bytes decoded per CPU second (CPU time, so that a
// loaded machine does not distort the ratio; the peer is timed the same way).
//   BM_GpxDecode / BM_TcxDecode: decode_file (detection, pugixml parse of a private copy, reader, activity builder);
//   BM_GpxReadOnly: GpxReader with an empty handler (parse + walk, no activity building);
//   BM_GpxpyPeer: gpxpy.parse over the same GPX files, CPU time measured inside python (manual time), when
//   python3-gpxpy is installed.

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "ironstride/ingest/format_registry.hpp"
#include "ironstride/ingest/gpx/gpx_reader.hpp"

namespace {

std::filesystem::path archive() {
    const char* dir = std::getenv("IRONSTRIDE_BENCH_ARCHIVE");
    return dir != nullptr && *dir != '\0' ? std::filesystem::path(dir) : std::filesystem::path("/work/archive-xml");
}

struct Files {
    std::vector<std::string> contents;
    std::size_t bytes = 0;
};

/// All files of one sub-folder in memory, so the benchmark measures decoding, not the disk.
const Files& files(const std::string& folder) {
    static std::vector<std::pair<std::string, Files>> cache;
    for (const auto& [name, loaded] : cache) {
        if (name == folder) return loaded;
    }
    Files loaded;
    std::vector<std::filesystem::path> paths;
    if (std::filesystem::is_directory(archive() / folder)) {
        for (const auto& entry : std::filesystem::directory_iterator(archive() / folder)) paths.push_back(entry.path());
    }
    std::sort(paths.begin(), paths.end());
    for (const auto& path : paths) {
        std::ifstream in(path, std::ios::binary);
        loaded.contents.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        loaded.bytes += loaded.contents.back().size();
    }
    cache.emplace_back(folder, std::move(loaded));
    return cache.back().second;
}

void decode_all(benchmark::State& state, const std::string& folder) {
    const Files& input = files(folder);
    if (input.contents.empty()) {
        state.SkipWithError("no input: generate the archive (see the top of bench/xml_decode_bench.cpp)");
        return;
    }
    std::size_t activities = 0;
    for (auto _ : state) {
        for (const std::string& text : input.contents) {
            auto decoded = ironstride::ingest::decode_file(std::as_bytes(std::span<const char>(text.data(), text.size())),
                                                           folder);
            if (!decoded) {
                state.SkipWithError(decoded.error().to_string().c_str());
                return;
            }
            activities += decoded->activities.size();
            benchmark::DoNotOptimize(decoded);
        }
    }
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(input.bytes));
    state.counters["files"] = static_cast<double>(input.contents.size());
    state.counters["activities"] = benchmark::Counter(static_cast<double>(activities), benchmark::Counter::kAvgIterations);
}

void BM_GpxDecode(benchmark::State& state) { decode_all(state, "gpx"); }
void BM_TcxDecode(benchmark::State& state) { decode_all(state, "tcx"); }

void BM_GpxReadOnly(benchmark::State& state) {
    const Files& input = files("gpx");
    if (input.contents.empty()) {
        state.SkipWithError("no input");
        return;
    }
    ironstride::ingest::gpx::GpxHandler nothing;
    ironstride::ingest::gpx::GpxReader reader(nothing);
    for (auto _ : state) {
        for (const std::string& text : input.contents) {
            auto counts = reader.read(std::as_bytes(std::span<const char>(text.data(), text.size())), "gpx");
            benchmark::DoNotOptimize(counts);
        }
    }
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(input.bytes));
}

/// gpxpy on the same GPX files: python reads the files first, then times gpxpy.parse over all of them and prints
/// the seconds; one iteration is one pass.
void BM_GpxpyPeer(benchmark::State& state) {
    const Files& input = files("gpx");
    const std::string script =
        "import glob,sys,time\n"
        "try:\n import gpxpy\nexcept ImportError:\n print(-1); sys.exit(0)\n"
        "texts=[open(f,encoding='utf-8').read() for f in sorted(glob.glob(sys.argv[1]+'/*.gpx'))]\n"
        "t=time.process_time()\n"
        "for s in texts: gpxpy.parse(s)\n"
        "print(time.process_time()-t)\n";
    const std::filesystem::path script_path = std::filesystem::temp_directory_path() / "ironstride_gpxpy_bench.py";
    std::ofstream(script_path) << script;
    // Debian's python3-gpxpy lives with the system interpreter; a python3 earlier in PATH may lack it.
    const std::string python = std::filesystem::exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
    const std::string command = python + " " + script_path.string() + " '" + (archive() / "gpx").string() + "'";
    for (auto _ : state) {
        FILE* pipe = ::popen(command.c_str(), "r");
        double seconds = -1;
        if (pipe == nullptr || std::fscanf(pipe, "%lf", &seconds) != 1) seconds = -1;
        if (pipe != nullptr) ::pclose(pipe);
        if (seconds <= 0) {
            state.SkipWithError("python3-gpxpy is not installed or the archive is missing");
            return;
        }
        state.SetIterationTime(seconds);
    }
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(input.bytes));
}

}  // namespace

BENCHMARK(BM_GpxDecode)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_TcxDecode)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_GpxReadOnly)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_GpxpyPeer)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(1);

BENCHMARK_MAIN();
