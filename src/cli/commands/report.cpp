#include "cli/commands/report.hpp"

#include <cstdio>
#include <fstream>
#include <memory>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/clock.hpp"
#include "cli/database_option.hpp"
#include "cli/units_option.hpp"
#include "ironstride/app/verdict.hpp"
#include "ironstride/domain/athlete_id.hpp"
#include "ironstride/report/html_report.hpp"
#include "ironstride/report/verdict_json.hpp"
#include "ironstride/report/verdict_text.hpp"
#include "ironstride/util/error.hpp"

namespace ironstride::cli {

namespace {

/// Reads the database and, when metrics are missing, writes them to its cache.
constexpr CommandTraits kReportTraits{.writes_database = true, .reads_database = true, .accepts_json = true};

units::CivilDay parse_day(const char* option, const std::string& text) {
    auto day = units::parse_iso_date(text);
    if (!day) throw util::Error(util::ErrorCode::usage_bad_value, fmt::format("{}: {}", option, day.error().message())).with_hint("use YYYY-MM-DD");
    return *day;
}

void write_file(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (out) out.write(text.data(), static_cast<std::streamsize>(text.size()));
    if (!out) throw util::Error(util::ErrorCode::io_cannot_write, fmt::format("{}: cannot write the report", path)).with_hint("check the folder exists and is writable");
}

}  // namespace

std::string run_report(const ReportOptions& options, units::CivilDay today) {
    app::VerdictRequest request;
    request.profile_path = options.profile_path;
    if (options.to) request.to = parse_day("--to", *options.to);
    if (options.from) request.from = parse_day("--from", *options.from);
    request.today = today;
    request.recompute = options.recompute;
    app::StoreHandle store(options.db_path, app::StoreAccess::existing);
    const analysis::VerdictReport report = app::verdict(store, domain::kLocalAthlete, request);
    const domain::UnitSystem units = options.units.value_or(report.units);
    std::string text;
    if (options.format == "json") {
        text = report::render_verdict_json(report);
    } else if (options.format == "html") {
        text = report::render_verdict_html(report, units);
    } else {
        text = report::render_verdict_text(report, units);
    }
    if (!options.out) return text;
    write_file(*options.out, text);
    return fmt::format("wrote the {} report for {} to {} to {}\n", options.format,
                       units::format_iso_date(report.range.first), units::format_iso_date(report.range.last),
                       *options.out);
}

Command setup_report(CLI::App& root) {
    CLI::App* app = root.add_subcommand(
        "report", "Answer \"does my running kill my muscle gains?\" from your imported data: one sentence, then each "
                  "finding with your numbers and the evidence (text, JSON or a self-contained HTML file with charts)");
    auto options = std::make_shared<ReportOptions>();
    app->add_option("--profile", options->profile_path, "Athlete profile (TOML, docs/profile.md)")
        ->required()
        ->type_name("FILE");
    add_database_option(*app, options->db_path);
    app->add_option("--from", options->from, "First day (YYYY-MM-DD), inclusive; default 12 weeks before --to")
        ->type_name("DATE");
    app->add_option("--to", options->to, "Last day (YYYY-MM-DD), inclusive; default today")->type_name("DATE");
    app->add_option("--format", options->format, "text (default), json (docs/report-json.md) or html")
        ->check(CLI::IsMember({"text", "json", "html"}))
        ->type_name("text|json|html");
    app->add_option("--out", options->out, "Write the report to FILE instead of standard output")->type_name("FILE");
    add_units_option(*app, options->units);
    app->add_flag("--recompute", options->recompute,
                  "Recompute every cached per-activity metric (after changing max or resting HR in the profile)");

    Command command;
    command.app = app;
    command.traits = kReportTraits;
    command.run = [options] {
        fmt::print(stdout, "{}", run_report(*options, today(options->profile_path)));
        std::fflush(stdout);
        return kExitOk;
    };
    return command;
}

}  // namespace ironstride::cli
