// ironstride-synth — writes the history of a synthetic athlete as real importable files.
//
//   ironstride-synth --scenario NAME --out DIR [--seed N] [--end YYYY-MM-DD] [--weeks N] [--profile FILE]
//                    [--checkins-db PATH] [--sample-interval S]
//   ironstride-synth --list
//
// DIR/data/ gets runs/*.tcx (heart rate, distance, altitude), strong.csv, body.csv, sleep.csv and nutrition.csv,
// ready for `ironstride import DIR/data`; DIR/profile.toml is the athlete and DIR/checkins.csv the morning
// check-ins, which --checkins-db also stores in that database (as `ironstride checkin` would). The history ends on
// --end (default: $IRONSTRIDE_TODAY, else today, UTC). With --profile the data is generated for that athlete's
// body, heart and lifting days instead of the scenario's own. --sample-interval sets the seconds between the TCX
// trackpoints (default 5; the golden tests use 60 to keep their files small).
// Exit status: 0 ok, 2 bad usage or unwritable output.
//
// DEMONSTRATES USE OF: synthetic::generate and write_history (tools/synthetic_history), the store's CheckinRepository.

#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "synthetic_history.hpp"
#include "ironstride/profile/profile_loader.hpp"
#include "ironstride/store/open_store.hpp"
#include "ironstride/units/time_zone.hpp"
#include "ironstride/util/error.hpp"

namespace {

namespace synthetic = ironstride::synthetic;
namespace units = ironstride::units;

units::CivilDay parse_day(const std::string& what, const std::string& text) {
    const auto day = units::parse_iso_date(text);
    if (!day) throw ironstride::util::Error(ironstride::util::ErrorCode::usage_bad_value, fmt::format("{}: {}", what, day.error().message()))
            .with_hint("use YYYY-MM-DD");
    return *day;
}

int run(int argc, char** argv) {
    CLI::App app{"ironstride-synth: synthetic athletes with known histories, as importable files"};
    std::string scenario_name;
    std::string out;
    std::uint64_t seed = 1;
    std::optional<std::string> end_text;
    int weeks = 0;
    std::optional<std::string> profile_path;
    std::optional<std::string> checkins_db;
    int sample_interval_s = 5;
    bool list = false;
    std::vector<std::string> names;
    for (const synthetic::ScenarioInfo& info : synthetic::scenarios()) names.emplace_back(info.name);
    app.add_option("--scenario", scenario_name, "Which athlete")->check(CLI::IsMember(names));
    app.add_option("--out", out, "Folder to write (created)")->type_name("DIR");
    app.add_option("--seed", seed, "Random seed (same seed, same files)");
    app.add_option("--end", end_text, "Last day of the history (default $IRONSTRIDE_TODAY, else today)")
        ->type_name("DATE");
    app.add_option("--weeks", weeks, "Length in weeks (default: the scenario's)")->check(CLI::Range(1, 1040));
    app.add_option("--profile", profile_path, "Generate for this athlete's body, heart and lifting days")
        ->type_name("FILE");
    app.add_option("--checkins-db", checkins_db, "Also store the check-ins in this database")->type_name("PATH");
    app.add_option("--sample-interval", sample_interval_s, "Seconds between the run samples written to TCX (default 5)")
        ->check(CLI::Range(1, 600))
        ->type_name("S");
    app.add_flag("--list", list, "List the scenarios");
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e) == 0 ? 0 : 2;
    }
    if (list) {
        for (const synthetic::ScenarioInfo& info : synthetic::scenarios()) {
            fmt::print("{:<16} {} ({} weeks)\n", info.name, info.description, info.default_weeks);
        }
        return 0;
    }
    if (scenario_name.empty() || out.empty()) {
        fmt::print(stderr, "ironstride-synth: error: --scenario and --out are required\nhint: ironstride-synth --list\n");
        return 2;
    }
    units::CivilDay end = units::TimeZone::machine().local_day(std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
    if (const char* pinned = std::getenv("IRONSTRIDE_TODAY"); pinned != nullptr && *pinned != '\0') {
        end = parse_day("IRONSTRIDE_TODAY", pinned);
    }
    if (end_text) end = parse_day("--end", *end_text);

    synthetic::GeneratorOptions options;
    options.scenario = *synthetic::scenario_from_name(scenario_name);
    options.seed = seed;
    options.end = end;
    options.weeks = weeks;
    options.sample_interval_s = sample_interval_s;
    if (profile_path) options.athlete = ironstride::profile::load_profile(*profile_path, end);
    const synthetic::SyntheticHistory history = synthetic::generate(options);
    const auto files = synthetic::write_history(history, out);
    if (checkins_db) {
        const auto db = ironstride::store::open_store(*checkins_db);
        const auto unit = db->write(ironstride::domain::kLocalAthlete);
        for (const auto& checkin : history.checkins) unit->checkins().upsert(checkin);
        unit->commit();
    }
    fmt::print("{}: {} to {}: {} runs, {} lifting sessions, {} days of body, sleep, food and check-ins\n",
               scenario_name, units::format_iso_date(history.first), units::format_iso_date(history.last),
               history.runs.size(), history.workouts.size(), history.checkins.size());
    fmt::print("wrote {} files: import {}/data; profile {}/profile.toml{}\n", files.size(), out, out,
               checkins_db ? fmt::format("; check-ins stored in {}", *checkins_db) : std::string());
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return run(argc, argv);
    } catch (const ironstride::util::Error& e) {
        fmt::print(stderr, "ironstride-synth: error: {}\n", e.what());
        if (!e.hint().empty()) fmt::print(stderr, "hint: {}\n", e.hint());
        return 2;
    } catch (const std::exception& e) {
        fmt::print(stderr, "ironstride-synth: internal error: {}\n", e.what());
        return 3;
    }
}
