#pragma once

#include <optional>
#include <string>

#include "cli/command.hpp"
#include "ironstride/units/civil_time.hpp"

namespace CLI {
class App;
}

namespace ironstride::cli {

/// `ironstride weighin (--weight KG | --weight-lb LB) [--body-fat PCT] [--date D] [--db PATH]`
/// (docs/commands/weighin.md): stores a weigh-in typed in by the athlete (a second one the same day replaces it).
struct WeighinOptions {
    std::optional<double> weight_kg;
    std::optional<double> weight_lb;
    std::optional<double> body_fat_pct;
    std::optional<std::string> date;  ///< YYYY-MM-DD; default today; never after today
    std::optional<std::string> db_path;
};

/// Stores the weigh-in and returns the confirmation line. util::Error for a bad or future date or an implausible
/// value.
[[nodiscard]] std::string run_weighin(const WeighinOptions& options, units::CivilDay today);
[[nodiscard]] Command setup_weighin(CLI::App& root);

}  // namespace ironstride::cli
