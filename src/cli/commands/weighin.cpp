#include "cli/commands/weighin.hpp"

#include <cstdio>
#include <memory>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/clock.hpp"
#include "cli/database_option.hpp"
#include "ironstride/app/weigh_in.hpp"
#include "ironstride/domain/athlete_id.hpp"
#include "ironstride/units/conversions.hpp"
#include "ironstride/util/error.hpp"

namespace ironstride::cli {

namespace {

constexpr CommandTraits kWeighinTraits{.writes_database = true, .reads_database = false, .accepts_json = false};

}  // namespace

std::string run_weighin(const WeighinOptions& options, units::CivilDay today) {
    app::WeighInRequest request;
    if (options.date) {
        auto parsed = units::parse_iso_date(*options.date);
        if (!parsed) {
            throw util::Error(util::ErrorCode::usage_bad_value, fmt::format("--date: {}", parsed.error().message()))
                .with_hint("use YYYY-MM-DD");
        }
        request.day = *parsed;
    }
    if (!options.weight_kg && !options.weight_lb) {
        throw util::Error(util::ErrorCode::usage_bad_value, "weighin needs the body weight")
            .with_hint("give --weight KG or --weight-lb LB");
    }
    request.weight_kg = options.weight_kg ? *options.weight_kg : units::pounds_to_kg(options.weight_lb.value_or(0));
    request.body_fat_pct = options.body_fat_pct;
    request.today = today;
    app::StoreHandle store(options.db_path, app::StoreAccess::create);
    const app::WeighInResult result = app::weigh_in(store, domain::kLocalAthlete, request);
    return fmt::format("weigh-in for {}: {:.1f} kg ({:.1f} lb){}: stored\n", units::format_iso_date(result.entry.day),
                       result.entry.weight_kg, units::kg_to_pounds(result.entry.weight_kg),
                       result.entry.body_fat_pct ? fmt::format(", body fat {:g} %", *result.entry.body_fat_pct)
                                                 : std::string());
}

Command setup_weighin(CLI::App& root) {
    CLI::App* app = root.add_subcommand("weighin", "Record a weigh-in (body weight, optionally body fat)");
    auto options = std::make_shared<WeighinOptions>();
    auto* kg = app->add_option("--weight", options->weight_kg, "Body weight in kilograms")->type_name("KG");
    auto* lb = app->add_option("--weight-lb", options->weight_lb, "Body weight in pounds")->type_name("LB");
    kg->excludes(lb);
    app->add_option("--body-fat", options->body_fat_pct, "Body fat, percent of body weight")->type_name("PCT");
    app->add_option("--date", options->date, "Day of the weigh-in (YYYY-MM-DD); default today")->type_name("DATE");
    add_database_option(*app, options->db_path);

    Command command;
    command.app = app;
    command.traits = kWeighinTraits;
    command.run = [options] {
        fmt::print(stdout, "{}", run_weighin(*options, today(std::nullopt)));
        std::fflush(stdout);
        return kExitOk;
    };
    return command;
}

}  // namespace ironstride::cli
