#pragma once

#include <optional>
#include <string>

#include "ironstride/store/database.hpp"

namespace CLI {
class App;
}

namespace ironstride::cli {

/// Adds `--db PATH` to a command that touches the database. Without it, IRONSTRIDE_DB, then
/// $XDG_DATA_HOME/ironstride/ironstride.db (store::resolve_database_path).
void add_database_option(CLI::App& app, std::optional<std::string>& db_path);

/// Opens the database chosen by --db / IRONSTRIDE_DB / the XDG default. Commands that only read open it
/// read-write all the same when it exists, so an older schema is migrated; `create` makes a new one when missing.
[[nodiscard]] store::Database open_database(const std::optional<std::string>& db_path, bool create);

}  // namespace ironstride::cli
