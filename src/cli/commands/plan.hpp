#pragma once

#include <optional>
#include <string>

#include "cli/command.hpp"
#include "ironstride/units/civil_time.hpp"

namespace CLI {
class App;
}

namespace ironstride::cli {

enum class PlanFormat { text, markdown, json, ics };

/// `ironstride plan --profile FILE [--weeks N] [--start DATE] [--format text|markdown|json|ics] [--out FILE]
/// [--fit-workouts DIR] [--db PATH]` (docs/commands/plan.md).
struct PlanOptions {
    std::string profile_path;
    int weeks = 12;
    std::optional<units::CivilDay> start;  ///< default: the Monday on or after today
    PlanFormat format = PlanFormat::text;
    std::string out_path;           ///< empty = stdout
    std::string fit_workouts_dir;   ///< empty = no FIT files
    std::optional<std::string> db_path;  ///< the logged history, read when the database exists
};


/// Loads the profile and the logged history (when there is a database), plans, and returns the rendered plan; writes the FIT workouts when asked (one file per run,
/// creating the folder). Throws util::Error for an invalid profile, util::Error when a file cannot be
/// written, util::Error for a bad option value.
[[nodiscard]] std::string run_plan(const PlanOptions& options, units::CivilDay today);

/// Declares the `plan` subcommand on `root` (no I/O); the Command's run prints or writes run_plan(…, today()).
[[nodiscard]] Command setup_plan(CLI::App& root);

}  // namespace ironstride::cli
