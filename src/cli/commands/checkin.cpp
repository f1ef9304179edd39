#include "cli/commands/checkin.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <system_error>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/clock.hpp"
#include "cli/database_option.hpp"
#include "ironstride/app/check_in.hpp"
#include "ironstride/domain/athlete_id.hpp"
#include "ironstride/report/checkin_text.hpp"
#include "ironstride/util/error.hpp"

namespace ironstride::cli {

namespace {

constexpr CommandTraits kCheckinTraits{.writes_database = true, .reads_database = true, .accepts_json = false};

// The plausibility limits are the use case's (app/check_in.hpp); the CLI checks them as it reads the options.
using app::kMaxHrvMs;
using app::kMaxRestingHr;
using app::kMaxRpe;
using app::kMaxSleepH;
using app::kMaxSoreness;
using app::kMinHrvMs;
using app::kMinRestingHr;
using app::kMinSoreness;

/// A number within [low, high], else a message that names the value, what was expected and the unit (CLI11 puts
/// the option's name in front). Replaces CLI::Range, whose message ("Value abc not in range 0.000000 to
/// 24.000000") calls a word out of range and prints six decimals. `whole` accepts integers only.
CLI::Validator bounded(double low, double high, std::string_view what, bool whole = false) {
    const std::string range = fmt::format("{}-{}", low, high);
    return CLI::Validator(
        [low, high, what = std::string(what), whole, range](std::string& text) -> std::string {
            double value = 0;
            const char* first = text.data();
            const char* last = first + text.size();
            const auto [end, error] = std::from_chars(first, last, value);
            if (error != std::errc{} || end != last || !std::isfinite(value)) {
                return fmt::format("\"{}\" is not a number: give {} as {}{}", text, what,
                                   whole ? "a whole number " : "", range);
            }
            if (whole && value != std::floor(value)) {
                return fmt::format("{} is not a whole number: give {} as a whole number {}", text, what, range);
            }
            if (value < low || value > high) return fmt::format("{} is outside {}: give {} as {}", text, range, what, range);
            return {};
        },
        range, "bounded");
}

}  // namespace

std::string run_checkin(const CheckinOptions& options, units::CivilDay today) {
    app::CheckinRequest request;
    if (options.date) {
        auto parsed = units::parse_iso_date(*options.date);
        if (!parsed) throw util::Error(util::ErrorCode::usage_bad_value, fmt::format("--date: {}", parsed.error().message())).with_hint("use YYYY-MM-DD");
        request.day = *parsed;
    }
    request.sleep_h = options.sleep_h;
    request.soreness = options.soreness;
    request.resting_hr_bpm = options.resting_hr_bpm;
    request.hrv_ms = options.hrv_ms;
    request.rpe = options.rpe;
    if (options.profile_path) request.profile_path = *options.profile_path;
    request.today = today;
    app::StoreHandle store(options.db_path, app::StoreAccess::create);
    const app::CheckinResult result = app::check_in(store, domain::kLocalAthlete, request);
    return report::render_checkin_text(result.checkin, result.replaced, result.sleep_target_h);
}

Command setup_checkin(CLI::App& root) {
    CLI::App* app = root.add_subcommand(
        "checkin", "Record this morning's check-in: sleep, soreness and optionally resting HR, HRV and session RPE");
    auto options = std::make_shared<CheckinOptions>();
    app->add_option("--date", options->date, "Day of the check-in (YYYY-MM-DD); default today")->type_name("DATE");
    app->add_option("--sleep", options->sleep_h, "Hours slept last night")
        ->required()
        ->check(bounded(0.0, kMaxSleepH, "the hours slept"))
        ->type_name("H");
    app->add_option("--soreness", options->soreness, "Muscle soreness, 1 (none) to 10 (severe)")
        ->required()
        ->check(bounded(kMinSoreness, kMaxSoreness, "soreness", true))
        ->type_name("N");
    app->add_option("--rhr", options->resting_hr_bpm, "Resting heart rate on waking, beats/min")
        ->check(bounded(kMinRestingHr, kMaxRestingHr, "resting heart rate in beats/min"))
        ->type_name("BPM");
    app->add_option("--hrv", options->hrv_ms, "Heart-rate variability (rMSSD) as your band reports it, ms")
        ->check(bounded(kMinHrvMs, kMaxHrvMs, "HRV (rMSSD) in ms"))
        ->type_name("MS");
    app->add_option("--rpe", options->rpe, "Session RPE of the day's training, 0-10 (Foster's CR-10 scale)")
        ->check(bounded(0.0, kMaxRpe, "session RPE on the CR-10 scale"))
        ->type_name("N");
    add_database_option(*app, options->db_path);
    app->add_option("--profile", options->profile_path, "Athlete profile, to compare the sleep with its target")
        ->type_name("FILE");

    Command command;
    command.app = app;
    command.traits = kCheckinTraits;
    command.run = [options] {
        fmt::print(stdout, "{}", run_checkin(*options, today(options->profile_path ? std::optional<std::filesystem::path>(*options->profile_path) : std::nullopt)));
        std::fflush(stdout);
        return kExitOk;
    };
    return command;
}

}  // namespace ironstride::cli
