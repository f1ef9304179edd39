// A 52-week plan for each example athlete (issue 3: "well under 50 ms"). Profiles are loaded once, outside the
// timed loop; the timed part is planner::make_plan (placement, progression, nutrition for 364 days and the
// self-check of every hard rule), then the JSON rendering as a second benchmark.
//
//   build/release/bench/plan_bench --benchmark_repetitions=10 --benchmark_report_aggregates_only=true

#include <filesystem>
#include <string>

#include <benchmark/benchmark.h>

#include "ironstride/planner/planner.hpp"
#include "ironstride/profile/profile_loader.hpp"
#include "ironstride/report/plan_json.hpp"

namespace {

namespace is = ironstride;

std::filesystem::path examples_dir() {
    if (const char* source = std::getenv("IRONSTRIDE_SOURCE_DIR"); source != nullptr && *source != '\0') {
        return std::filesystem::path(source) / "examples";
    }
    return std::filesystem::path(__FILE__).parent_path().parent_path() / "examples";
}

const is::units::CivilDay kStart{std::chrono::year{2026} / 11 / 30};

void plan_52_weeks(benchmark::State& state, const std::string& file) {
    const auto athlete = is::profile::load_profile(examples_dir() / file, kStart);
    for (auto _ : state) {
        auto plan = is::planner::make_plan(athlete, kStart, 52);
        benchmark::DoNotOptimize(plan);
    }
}

void plan_52_weeks_json(benchmark::State& state, const std::string& file) {
    const auto athlete = is::profile::load_profile(examples_dir() / file, kStart);
    for (auto _ : state) {
        auto text = is::report::write_plan_json(is::planner::make_plan(athlete, kStart, 52), athlete.units);
        benchmark::DoNotOptimize(text);
    }
}

}  // namespace

BENCHMARK_CAPTURE(plan_52_weeks, maya_bikini, std::string("maya-bikini.toml"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(plan_52_weeks, marcus_hybrid, std::string("marcus-hybrid.toml"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(plan_52_weeks, helen_longevity, std::string("helen-longevity.toml"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(plan_52_weeks, jordan_returning, std::string("jordan-returning.toml"))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(plan_52_weeks_json, marcus_hybrid, std::string("marcus-hybrid.toml"))
    ->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
