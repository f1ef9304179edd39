#include "cli/commands/registry.hpp"

#include <CLI/CLI.hpp>

#include "cli/commands/activities.hpp"
#include "cli/commands/checkin.hpp"
#include "cli/commands/formats.hpp"
#include "cli/commands/import.hpp"
#include "cli/commands/plan.hpp"
#include "cli/commands/profile_check.hpp"
#include "cli/commands/report.hpp"
#include "cli/commands/serve.hpp"
#include "cli/commands/targets.hpp"
#include "cli/commands/today.hpp"
#include "cli/commands/weighin.hpp"

namespace ironstride::cli {

std::vector<Command> register_commands(CLI::App& root) {
    std::vector<Command> commands;
    commands.push_back(setup_profile_check(root));
    commands.push_back(setup_targets(root));
    commands.push_back(setup_plan(root));
    commands.push_back(setup_import(root));
    commands.push_back(setup_activities(root));
    commands.push_back(setup_show(root));
    commands.push_back(setup_formats(root));
    commands.push_back(setup_report(root));
    commands.push_back(setup_checkin(root));
    commands.push_back(setup_today(root));
    commands.push_back(setup_weighin(root));
    commands.push_back(setup_serve(root));
    return commands;
}

}  // namespace ironstride::cli
