#include "cli/database_option.hpp"

#include <filesystem>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "ironstride/store/database_path.hpp"
#include "ironstride/util/error.hpp"

namespace ironstride::cli {

void add_database_option(CLI::App& app, std::optional<std::string>& db_path) {
    app.add_option("--db", db_path,
                   "SQLite database (default: $IRONSTRIDE_DB, else $XDG_DATA_HOME/ironstride/ironstride.db)")
        ->type_name("PATH");
}

store::Database open_database(const std::optional<std::string>& db_path, bool create) {
    const std::filesystem::path path = store::resolve_database_path(db_path);
    if (!create && !std::filesystem::exists(path)) {
        throw util::IoError(fmt::format("{}: no database here yet", path.string()),
                            "import some data first (ironstride import PATH...), or point --db at your database");
    }
    store::OpenOptions options;
    options.mode = create ? store::OpenOptions::Mode::create : store::OpenOptions::Mode::read_write;
    return store::Database(path, options);
}

}  // namespace ironstride::cli
