#pragma once

#include <optional>
#include <string>

namespace CLI {
class App;
}

namespace ironstride::cli {

/// Adds `--db PATH` (the database; default $IRONSTRIDE_DB, else the XDG data folder) to a command.
void add_database_option(CLI::App& app, std::optional<std::string>& db_path);

}  // namespace ironstride::cli
