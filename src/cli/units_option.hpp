#pragma once

#include <optional>

#include "ironstride/domain/athlete.hpp"

namespace CLI {
class App;
}

namespace ironstride::cli {

/// Adds `--units metric|imperial` (display units) to a command; `units` stays empty when not given.
void add_units_option(CLI::App& app, std::optional<domain::UnitSystem>& units);

}  // namespace ironstride::cli
