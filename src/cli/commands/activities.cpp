#include "cli/commands/activities.hpp"

#include <array>
#include <cstdio>
#include <memory>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/database_option.hpp"
#include "cli/units_option.hpp"
#include "ironstride/app/activities.hpp"
#include "ironstride/domain/athlete_id.hpp"
#include "ironstride/report/activities_report.hpp"
#include "ironstride/util/error.hpp"

namespace ironstride::cli {

namespace {

constexpr CommandTraits kReadTraits{.writes_database = false, .reads_database = true, .accepts_json = true};

units::CivilDay parse_day_option(const std::string& option, const std::string& text) {
    auto day = units::parse_iso_date(text);
    if (!day) throw util::Error(util::ErrorCode::usage_bad_value, fmt::format("{}: {}", option, day.error().message())).with_hint("use YYYY-MM-DD");
    return *day;
}

Command make_command(CLI::App* app, std::function<std::string()> render) {
    Command command;
    command.app = app;
    command.traits = kReadTraits;
    command.run = [render = std::move(render)] {
        fmt::print(stdout, "{}", render());
        std::fflush(stdout);
        return kExitOk;
    };
    return command;
}

}  // namespace

std::string run_activities(const ActivitiesOptions& options) {
    std::optional<units::CivilDay> from;
    std::optional<units::CivilDay> to;
    if (options.from) from = parse_day_option("--from", *options.from);
    if (options.to) to = parse_day_option("--to", *options.to);
    const domain::ActivityFilter filter =
        app::activity_filter(from, to, options.sport ? domain::sport_from_string(*options.sport) : std::nullopt);
    app::StoreHandle store(options.db_path, app::StoreAccess::read);
    const std::vector<domain::ActivitySummary> activities = app::list_activities(store, domain::kLocalAthlete, filter);
    return options.json ? report::render_activities_json(activities)
                        : report::render_activities_text(activities, options.units.value_or(domain::UnitSystem::metric));
}

std::string run_show(const ShowOptions& options) {
    app::StoreHandle store(options.db_path, app::StoreAccess::read);
    const domain::StoredActivity stored = app::show_activity(store, domain::kLocalAthlete, options.id);
    return options.json ? report::render_activity_json(stored)
                        : report::render_activity_text(stored, options.units.value_or(domain::UnitSystem::metric));
}

Command setup_activities(CLI::App& root) {
    CLI::App* app = root.add_subcommand("activities", "List imported activities (text table or --json)");
    auto options = std::make_shared<ActivitiesOptions>();
    add_database_option(*app, options->db_path);
    app->add_option("--from", options->from, "First day (YYYY-MM-DD, UTC), inclusive")->type_name("DATE");
    app->add_option("--to", options->to, "Last day (YYYY-MM-DD, UTC), inclusive")->type_name("DATE");
    std::vector<std::string> sport_names;
    for (const domain::Sport sport : domain::kAllSports) sport_names.emplace_back(domain::to_string(sport));
    app->add_option("--sport", options->sport, "Only this sport")->check(CLI::IsMember(sport_names));
    app->add_flag("--json", options->json, "Print a JSON list (docs/commands/activities.md)");
    add_units_option(*app, options->units);
    return make_command(app, [options] { return run_activities(*options); });
}

Command setup_show(CLI::App& root) {
    CLI::App* app = root.add_subcommand("show", "Show one imported activity: summary, laps, sets, sample channels");
    auto options = std::make_shared<ShowOptions>();
    app->add_option("ID", options->id, "Activity id (from `ironstride activities`)")->required();
    add_database_option(*app, options->db_path);
    app->add_flag("--json", options->json, "Print JSON (docs/commands/activities.md)");
    add_units_option(*app, options->units);
    return make_command(app, [options] { return run_show(*options); });
}

}  // namespace ironstride::cli
