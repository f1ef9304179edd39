#include "cli/commands/plan.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/clock.hpp"
#include "cli/database_option.hpp"
#include "ironstride/app/calendar_feed.hpp"
#include "ironstride/app/plan.hpp"
#include "ironstride/domain/athlete_id.hpp"
#include "ironstride/report/ics_writer.hpp"
#include "ironstride/report/plan_fit.hpp"
#include "ironstride/report/plan_json.hpp"
#include "ironstride/report/plan_text.hpp"
#include "ironstride/util/error.hpp"

namespace ironstride::cli {

namespace {

/// What the command declares about itself (STYLE habit 11).
constexpr CommandTraits kPlanTraits{.writes_database = false, .reads_database = true, .accepts_json = true};

void write_file(const std::filesystem::path& path, const void* data, std::size_t size) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(static_cast<const char*>(data), static_cast<std::streamsize>(size));
    out.close();
    if (!out) throw util::Error(util::ErrorCode::io_cannot_write, fmt::format("cannot write {}", path.string())).with_hint("check the folder and its permissions");
}

void write_fit_workouts(const std::filesystem::path& dir, const planner::Plan& plan) {
    std::error_code error;
    std::filesystem::create_directories(dir, error);
    if (error) {
        throw util::Error(util::ErrorCode::io_cannot_write, fmt::format("cannot create {}: {}", dir.string(), error.message())).with_hint("check the path and its permissions");
    }
    for (const auto& file : report::plan_fit_workouts(plan)) {
        write_file(dir / file.file_name, file.bytes.data(), file.bytes.size());
    }
}

}  // namespace

std::string run_plan(const PlanOptions& options, units::CivilDay today) {
    app::StoreHandle store(options.db_path, app::StoreAccess::if_present);
    const app::PlanRequest request{options.profile_path, options.weeks, options.start, today};
    if (options.format == PlanFormat::ics) {
        // The dashboard's calendar subscription: the same UIDs, and the revisions it recorded (read only here).
        const app::CalendarFeed feed = app::calendar_feed(store, domain::kLocalAthlete, {request, now()});
        if (!options.fit_workouts_dir.empty()) write_fit_workouts(options.fit_workouts_dir, feed.plan.plan);
        return report::write_ics(report::plan_calendar(feed.plan.plan, feed.plan.athlete.units, feed.zone),
                                 feed.revisions);
    }
    const app::PlanResult result = app::plan(store, domain::kLocalAthlete, request);
    const planner::Plan& plan = result.plan;
    const domain::Athlete& athlete = result.athlete;
    if (!options.fit_workouts_dir.empty()) write_fit_workouts(options.fit_workouts_dir, plan);
    switch (options.format) {
        case PlanFormat::text: return report::write_plan_text(plan, athlete.units);
        case PlanFormat::markdown: return report::write_plan_markdown(plan, athlete.units);
        case PlanFormat::json: return report::write_plan_json(plan, athlete.units);
        case PlanFormat::ics: break;  // above
    }
    return {};
}

Command setup_plan(CLI::App& root) {
    CLI::App* app = root.add_subcommand(
        "plan", "Plan weeks of lifting and running: your split kept, runs placed under the interference rules, food "
                "and sleep targets every day; text, Markdown, JSON, iCalendar and FIT workouts");
    auto options = std::make_shared<PlanOptions>();
    app->add_option("--profile", options->profile_path, "Athlete profile (TOML, docs/profile.md)")
        ->required()
        ->type_name("FILE");
    app->add_option("--weeks", options->weeks, "Number of weeks to plan (1-104, default 12)")->type_name("N");
    app->add_option_function<std::string>(
           "--start",
           [options](const std::string& text) {
               auto day = units::parse_iso_date(text);
               if (!day) throw CLI::ValidationError("--start", day.error().message());
               options->start = *day;
           },
           "First day of the plan (default: the Monday on or after today)")
        ->type_name("DATE");
    const std::map<std::string, PlanFormat> formats{{"text", PlanFormat::text},
                                                    {"markdown", PlanFormat::markdown},
                                                    {"json", PlanFormat::json},
                                                    {"ics", PlanFormat::ics}};
    app->add_option_function<std::string>(
           "--format", [options, formats](const std::string& name) { options->format = formats.at(name); },
           "Output format: text (default), markdown, json (docs/plan-json.md) or ics (RFC 5545)")
        ->check(CLI::IsMember({"text", "markdown", "json", "ics"}))
        ->type_name("text|markdown|json|ics");
    app->add_option("--out", options->out_path, "Write the plan to FILE instead of standard output")
        ->type_name("FILE");
    app->add_option("--fit-workouts", options->fit_workouts_dir,
                    "Also write one FIT workout file per run into DIR (created if missing)")
        ->type_name("DIR");
    add_database_option(*app, options->db_path);
    Command command;
    command.app = app;
    command.traits = kPlanTraits;
    command.run = [options] {
        const std::string output = run_plan(*options, today(options->profile_path));
        if (options->out_path.empty()) {
            fmt::print(stdout, "{}", output);
            std::fflush(stdout);
        } else {
            write_file(options->out_path, output.data(), output.size());
        }
        return kExitOk;
    };
    return command;
}

}  // namespace ironstride::cli
