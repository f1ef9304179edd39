#include "cli/commands/targets.hpp"

#include "cli/database_option.hpp"
#include "ironstride/domain/athlete_id.hpp"

#include <cstdio>
#include <memory>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/clock.hpp"
#include "cli/units_option.hpp"
#include "ironstride/app/targets.hpp"
#include "ironstride/report/targets_json.hpp"
#include "ironstride/report/targets_text.hpp"

namespace ironstride::cli {

namespace {

/// What the command declares about itself (STYLE habit 11).
constexpr CommandTraits kTargetsTraits{.writes_database = false, .reads_database = true, .accepts_json = true};

}  // namespace

std::string run_targets(const TargetsOptions& options, units::CivilDay today) {
    app::StoreHandle store(options.db_path, app::StoreAccess::if_present);
    const planner::TargetsReport report =
        app::targets(store, domain::kLocalAthlete, {options.profile_path, options.units, today});
    return options.json ? report::render_targets_json(report) : report::render_targets_text(report);
}

Command setup_targets(CLI::App& root) {
    CLI::App* app = root.add_subcommand(
        "targets", "Print HR zones, pace zones and treadmill speeds, VDOT and race predictions, BMR, and calorie and "
                   "macro targets for a rest, easy-run, lifting and hard day, each with its source");
    auto options = std::make_shared<TargetsOptions>();
    app->add_option("--profile", options->profile_path, "Athlete profile (TOML, docs/profile.md)")
        ->required()
        ->type_name("FILE");
    app->add_flag("--json", options->json, "Print the documented JSON form (docs/targets-json.md) instead of text");
    add_units_option(*app, options->units, "Display units for the text form (default: the profile's `units`)");
    add_database_option(*app, options->db_path);

    Command command;
    command.app = app;
    command.traits = kTargetsTraits;
    command.run = [options] {
        const std::string output = run_targets(*options, today(options->profile_path));
        fmt::print(stdout, "{}", output);
        std::fflush(stdout);
        return kExitOk;
    };
    return command;
}

}  // namespace ironstride::cli
