#pragma once

#include <optional>
#include <string>

#include "cli/command.hpp"
#include "ironstride/domain/athlete.hpp"
#include "ironstride/units/civil_time.hpp"

namespace CLI {
class App;
}

namespace ironstride::cli {

/// `ironstride targets --profile FILE [--json] [--units metric|imperial]` (docs/commands/targets.md): HR zones,
/// pace zones and treadmill speeds, VDOT and race predictions, BMR, and energy and macro targets for a rest, an
/// easy-run, a lifting and a hard day, each with its source.
struct TargetsOptions {
    std::string profile_path;
    bool json = false;
    /// Display units; empty = the profile's `units`. Ignored by --json (always SI).
    std::optional<domain::UnitSystem> units;
    std::optional<std::string> db_path;  ///< the weigh-ins, read when the database exists
};

/// Loads the profile (dates judged against `today`), builds the report and renders it as text or JSON.
/// Throws util::Error for an invalid profile and util::Error for an unreadable one.
[[nodiscard]] std::string run_targets(const TargetsOptions& options, units::CivilDay today);

/// Declares the `targets` subcommand on `root` (no I/O); the Command's run prints run_targets(…, today()).
[[nodiscard]] Command setup_targets(CLI::App& root);

}  // namespace ironstride::cli
