#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "cli/command.hpp"
#include "ironstride/domain/athlete.hpp"

namespace CLI {
class App;
}

namespace ironstride::cli {

/// `ironstride import PATH... [--db PATH] [--json] [-j|--threads N] [--recover] [--strong-units metric|imperial]
/// [--profile PATH] [--quiet]`
/// (docs/commands/import.md): imports files and folders (recursively), format detected by content.
struct ImportCommandOptions {
    std::vector<std::string> paths;
    std::optional<std::string> db_path;
    bool json = false;
    bool quiet = false;
    unsigned threads = 0;
    bool recover = false;  ///< --recover: read damaged FIT files as far as they go
    std::optional<domain::UnitSystem> strong_units;  ///< --strong-units; else the profile's units, if given
    std::optional<std::filesystem::path> profile;    ///< --profile: its units are Strong's unlabelled units
};

/// Runs the import; returns kExitOk, or kExitPartial when some file was skipped.
int run_import(const ImportCommandOptions& options);

[[nodiscard]] Command setup_import(CLI::App& root);

}  // namespace ironstride::cli
