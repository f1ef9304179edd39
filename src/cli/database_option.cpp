#include "cli/database_option.hpp"

#include <CLI/CLI.hpp>

namespace ironstride::cli {

void add_database_option(CLI::App& app, std::optional<std::string>& db_path) {
    app.add_option("--db", db_path,
                   "SQLite database (default: $IRONSTRIDE_DB, else $XDG_DATA_HOME/ironstride/ironstride.db)")
        ->type_name("PATH");
}

}  // namespace ironstride::cli
