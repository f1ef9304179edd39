#pragma once

#include <vector>

#include "cli/command.hpp"

namespace ironstride::cli {

/// Adds every subcommand to the root app. setup() functions only declare options; they never open files.
[[nodiscard]] std::vector<Command> register_commands(CLI::App& root);

}  // namespace ironstride::cli
