#include "cli/commands/profile_check.hpp"

#include <cstdio>
#include <memory>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/clock.hpp"
#include "ironstride/app/profile_check.hpp"
#include "ironstride/report/profile_check_text.hpp"

namespace ironstride::cli {

ProfileCheckOutput run_profile_check(const ProfileCheckOptions& options, units::CivilDay today) {
    ProfileCheckOutput output;
    for (const app::ProfileFileCheck& result : app::check_profiles(options.files, today)) {
        if (!result.check) {
            output.err += fmt::format("ironstride: error: {}\n", result.read_error);
            output.exit_status = kExitInvalidInput;
            continue;
        }
        output.out += report::render_profile_check(result.path, *result.check, today);
        if (!result.check->ok()) output.exit_status = result.check->internal_failure ? kExitInternal : kExitInvalidInput;
    }
    return output;
}

Command setup_profile_check(CLI::App& root) {
    CLI::App* profile = root.add_subcommand("profile", "Work with the athlete profile (TOML; see docs/profile.md)");
    profile->require_subcommand(1);
    CLI::App* check = profile->add_subcommand(
        "check",
        "Validate athlete profiles: every error with file:line:col, the key, what was found and what is "
        "allowed; exit status 2 when a profile is invalid");
    auto options = std::make_shared<ProfileCheckOptions>();
    check->add_option("FILE", options->files, "Profile files to check (TOML, schema version 1)")
        ->required()
        ->type_name("FILE");
    Command command;
    command.app = check;
    command.run = [options] {
        const ProfileCheckOutput output = run_profile_check(*options, today(std::filesystem::path(options->files.front())));
        fmt::print(stdout, "{}", output.out);
        std::fflush(stdout);
        fmt::print(stderr, "{}", output.err);
        return output.exit_status;
    };
    return command;
}

}  // namespace ironstride::cli
