#pragma once

// Synthetic athletes with known histories (issue 5, part 6): the scenarios the report's tests assert on, the demo's
// sample data and the benchmark's ten years. A developer tool, not part of the core library: it may use every module.
//
// A history is generated in memory (domain values) and can be written as real importable files: TCX runs with heart
// rate, a Strong CSV export, and the body, sleep and nutrition CSVs of docs/csv-formats.md, plus the athlete's
// profile (docs/profile.md) and the morning check-ins (checkins.csv; `ironstride checkin` has no file import, so the
// tool stores them through the store's CheckinRepository when asked).
//
// Reproducible: the same scenario, seed, end day and athlete give byte-identical files (randomness from
// std::mt19937_64, whose output the standard fixes, turned into numbers by our own arithmetic, never by the
// implementation-defined std:: distributions).

#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ironstride/domain/activity.hpp"
#include "ironstride/domain/athlete.hpp"
#include "ironstride/domain/daily_log.hpp"
#include "ironstride/units/civil_time.hpp"

namespace ironstride::synthetic {

enum class Scenario {
    cutting_lifter,   ///< a lifter who triples running while cutting hard; squat e1RM falls
    balanced_hybrid,  ///< a hybrid athlete who runs 3×/week and lifts 4×/week, eats and sleeps enough, and gains
    beginner,         ///< a new runner building up within the evidence's limits while lifting twice a week
    ultra_runner,     ///< high mileage, long runs and ultra races, maintenance lifting
    new_runner_lifter,  ///< a trained lifter who takes up running in the last four weeks; leg lifts dip
    decade,           ///< ten years, two runs and two lifting sessions a week, daily check-ins (the benchmark)
};

struct ScenarioInfo {
    Scenario scenario;
    std::string_view name;  ///< as on the command line: "cutting-lifter", …
    std::string_view description;
    int default_weeks = 16;
};

[[nodiscard]] std::span<const ScenarioInfo> scenarios();
[[nodiscard]] const ScenarioInfo& info(Scenario scenario);
/// The scenario of a command-line name; nothing for an unknown one.
[[nodiscard]] std::optional<Scenario> scenario_from_name(std::string_view name);

/// The athlete each scenario is written for (the profile the tool writes next to the data).
[[nodiscard]] domain::Athlete scenario_athlete(Scenario scenario);

struct GeneratorOptions {
    Scenario scenario = Scenario::balanced_hybrid;
    std::uint64_t seed = 1;
    units::CivilDay end{};  ///< last day of the history (inclusive)
    int weeks = 0;          ///< 0 = the scenario's default
    /// The athlete whose body and heart the data is generated for: the scenario's own when empty. Its lifting
    /// sessions (days, times, heavy legs) replace the scenario's schedule when it has any.
    std::optional<domain::Athlete> athlete;
    int sample_interval_s = 5;  ///< seconds between the run samples written to TCX
};

/// A generated history: what a watch, Strong, a scale, a sleep tracker and a food log would have recorded.
struct SyntheticHistory {
    Scenario scenario = Scenario::balanced_hybrid;
    domain::Athlete athlete;
    units::CivilDay first{};
    units::CivilDay last{};
    std::vector<domain::Activity> runs;      ///< sport running, HR/distance/altitude samples, one lap
    std::vector<domain::Activity> workouts;  ///< sport strength, with sets (warm-ups marked)
    std::vector<domain::BodyEntry> body;
    std::vector<domain::SleepEntry> sleep;
    std::vector<domain::NutritionEntry> nutrition;
    std::vector<domain::CheckIn> checkins;
};

/// Generates the scenario's history. Pure and deterministic.
[[nodiscard]] SyntheticHistory generate(const GeneratorOptions& options);

/// Writes the history into `folder` (created): the importable files under folder/data/ (runs/<date>-<n>.tcx,
/// strong.csv, body.csv, sleep.csv, nutrition.csv), and beside them profile.toml (the athlete) and checkins.csv
/// (date,sleep_h,soreness,resting_hr_bpm,hrv_ms,rpe: not an import format, so outside data/). Returns the files
/// written. Throws util::Error when a file cannot be written.
std::vector<std::filesystem::path> write_history(const SyntheticHistory& history, const std::filesystem::path& folder);

/// The TCX document of one run (Garmin Training Center XML v2, one lap, trackpoints with time, altitude, distance
/// and heart rate).
[[nodiscard]] std::string tcx_document(const domain::Activity& run);
/// The Strong app CSV export of the workouts (kg, Strong's header and set-order conventions).
[[nodiscard]] std::string strong_csv(std::span<const domain::Activity> workouts);
/// An athlete profile, schema version 1 (docs/profile.md), metric.
[[nodiscard]] std::string profile_toml(const domain::Athlete& athlete);

}  // namespace ironstride::synthetic
