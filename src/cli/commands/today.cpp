#include "cli/commands/today.hpp"

#include <cstdio>
#include <memory>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/clock.hpp"
#include "cli/database_option.hpp"
#include "cli/units_option.hpp"
#include "ironstride/app/today.hpp"
#include "ironstride/domain/athlete_id.hpp"
#include "ironstride/report/today_json.hpp"
#include "ironstride/report/today_text.hpp"
#include "ironstride/util/error.hpp"

namespace ironstride::cli {

namespace {

/// Reads check-ins and activities; caches missing per-activity metrics; creates an empty database for a new user.
constexpr CommandTraits kTodayTraits{.writes_database = true, .reads_database = true, .accepts_json = true};

}  // namespace

std::string run_today(const TodayOptions& options, units::CivilDay today) {
    app::TodayRequest request;
    request.profile_path = options.profile_path;
    if (options.date) {
        auto parsed = units::parse_iso_date(*options.date);
        if (!parsed) throw util::Error(util::ErrorCode::usage_bad_value, fmt::format("--date: {}", parsed.error().message())).with_hint("use YYYY-MM-DD");
        request.day = *parsed;
    }
    request.today = today;
    app::StoreHandle store(options.db_path, app::StoreAccess::create);
    const planner::TodayReport report = app::today(store, domain::kLocalAthlete, request);
    return options.format == "json" ? report::render_today_json(report)
                                    : report::render_today_text(report, options.units.value_or(report.units));
}

Command setup_today(CLI::App& root) {
    CLI::App* app = root.add_subcommand(
        "today", "Readiness (green/amber/red) from your check-in, today's planned session adapted to it, and today's "
                 "food and sleep targets");
    auto options = std::make_shared<TodayOptions>();
    app->add_option("--profile", options->profile_path, "Athlete profile (TOML, docs/profile.md)")
        ->required()
        ->type_name("FILE");
    add_database_option(*app, options->db_path);
    app->add_option("--date", options->date, "The day (YYYY-MM-DD); default today")->type_name("DATE");
    app->add_option("--format", options->format, "text (default) or json (docs/commands/today.md)")
        ->check(CLI::IsMember({"text", "json"}))
        ->type_name("text|json");
    add_units_option(*app, options->units);

    Command command;
    command.app = app;
    command.traits = kTodayTraits;
    command.run = [options] {
        fmt::print(stdout, "{}", run_today(*options, today(options->profile_path)));
        std::fflush(stdout);
        return kExitOk;
    };
    return command;
}

}  // namespace ironstride::cli
