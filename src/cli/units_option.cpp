#include "cli/units_option.hpp"

#include <string>

#include <CLI/CLI.hpp>

namespace ironstride::cli {

void add_units_option(CLI::App& app, std::optional<domain::UnitSystem>& units, const std::string& description) {
    app.add_option_function<std::string>(
           "--units",
           [&units](const std::string& name) {
               units = name == "imperial" ? domain::UnitSystem::imperial : domain::UnitSystem::metric;
           },
           description)
        ->check(CLI::IsMember({"metric", "imperial"}))
        ->type_name("metric|imperial");
}

}  // namespace ironstride::cli
