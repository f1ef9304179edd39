#pragma once

#include <string>
#include <vector>

#include "cli/command.hpp"
#include "ironstride/units/civil_time.hpp"

namespace CLI {
class App;
}

namespace ironstride::cli {

/// `ironstride profile check FILE...`: validates athlete profiles (docs/commands/profile-check.md).
struct ProfileCheckOptions {
    std::vector<std::string> files;
};

/// What `profile check` prints: `out` for stdout (summaries and diagnostics), `err` for stderr (files that cannot
/// be read), and the exit status: kExitOk when every profile is valid (warnings allowed), else kExitInvalidInput.
struct ProfileCheckOutput {
    std::string out;
    std::string err;
    int exit_status = kExitOk;
};

/// Checks each file against `today` (birth, event and race dates) and renders the result. Never throws for bad
/// profile content; only std::bad_alloc could escape.
[[nodiscard]] ProfileCheckOutput run_profile_check(const ProfileCheckOptions& options, units::CivilDay today);

/// Adds the `profile` command and its `check` subcommand to `root`; the returned Command runs `profile check`
/// with cli::today() and prints its output.
[[nodiscard]] Command setup_profile_check(CLI::App& root);

}  // namespace ironstride::cli
