#include "cli/commands/targets.hpp"

#include <cstdio>
#include <map>
#include <memory>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/clock.hpp"
#include "ironstride/profile/profile_loader.hpp"
#include "ironstride/report/targets_json.hpp"
#include "ironstride/report/targets_report.hpp"
#include "ironstride/report/targets_text.hpp"

namespace ironstride::cli {

namespace {

/// What the command declares about itself (STYLE habit 11).
constexpr CommandTraits kTargetsTraits{.writes_database = false, .reads_database = false, .accepts_json = true};

}  // namespace

std::string run_targets(const TargetsOptions& options, units::CivilDay today) {
    const domain::Athlete athlete = profile::load_profile(options.profile_path, today);
    const report::TargetsReport report =
        report::build_targets_report(athlete, today, options.units.value_or(athlete.units));
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
    const std::map<std::string, domain::UnitSystem> unit_names{{"metric", domain::UnitSystem::metric},
                                                               {"imperial", domain::UnitSystem::imperial}};
    app->add_option_function<std::string>(
           "--units", [options, unit_names](const std::string& name) { options->units = unit_names.at(name); },
           "Display units for the text form (default: the profile's `units`)")
        ->check(CLI::IsMember({"metric", "imperial"}))
        ->type_name("metric|imperial");

    Command command;
    command.app = app;
    command.traits = kTargetsTraits;
    command.run = [options] {
        const std::string output = run_targets(*options, today());
        fmt::print(stdout, "{}", output);
        std::fflush(stdout);
        return kExitOk;
    };
    return command;
}

}  // namespace ironstride::cli
