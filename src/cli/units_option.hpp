#pragma once

#include <optional>
#include <string>

#include "ironstride/domain/athlete.hpp"

namespace CLI {
class App;
}

namespace ironstride::cli {

/// Adds `--units metric|imperial` (display units) to a command; `units` stays empty when not given.
void add_units_option(CLI::App& app, std::optional<domain::UnitSystem>& units,
                      const std::string& description = "Display units: metric (km, kg) or imperial (miles, lb)");

}  // namespace ironstride::cli
