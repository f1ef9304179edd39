#pragma once

#include <optional>
#include <string>

#include "cli/command.hpp"
#include "ironstride/domain/athlete.hpp"
#include "ironstride/units/civil_time.hpp"

namespace CLI {
class App;
}

namespace ironstride::cli {

/// `ironstride today --profile FILE [--db PATH] [--date D] [--format text|json] [--units metric|imperial]`
/// (docs/commands/today.md): readiness, today's planned session (adapted when readiness is low) and the day's food
/// and sleep targets.
struct TodayOptions {
    std::string profile_path;
    std::optional<std::string> db_path;
    std::optional<std::string> date;  ///< default today
    std::string format = "text";
    std::optional<domain::UnitSystem> units;
};

[[nodiscard]] std::string run_today(const TodayOptions& options, units::CivilDay today);

[[nodiscard]] Command setup_today(CLI::App& root);

}  // namespace ironstride::cli
