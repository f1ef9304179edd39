#include "ironstride/store/database_path.hpp"

#include <cstdlib>

#include "ironstride/util/error.hpp"

namespace ironstride::store {

namespace {

/// A variable's value when it is set, non-empty and an absolute path.
std::optional<std::filesystem::path> absolute_folder(const EnvironmentLookup& environment, std::string_view name) {
    const std::optional<std::string> value = environment(name);
    if (!value || value->empty()) return std::nullopt;
    std::filesystem::path folder(*value);
    if (!folder.is_absolute()) return std::nullopt;
    return folder;
}

}  // namespace

std::optional<std::string> process_environment(std::string_view name) {
    const std::string key(name);
    const char* value = std::getenv(key.c_str());  // NOLINT(concurrency-mt-unsafe): read once at start-up
    if (value == nullptr) return std::nullopt;
    return std::string(value);
}

std::filesystem::path default_database_path(const EnvironmentLookup& environment) {
    if (auto data_home = absolute_folder(environment, "XDG_DATA_HOME")) {
        return *data_home / "ironstride" / "ironstride.db";
    }
    if (auto home = absolute_folder(environment, "HOME")) {
        return *home / ".local" / "share" / "ironstride" / "ironstride.db";
    }
    throw util::Error(util::ErrorCode::usage_no_database_path, "cannot find a place for the database: neither XDG_DATA_HOME nor HOME is an absolute path").with_hint("pass --db PATH or set IRONSTRIDE_DB");
}

std::filesystem::path resolve_database_path(const std::optional<std::string>& db_option,
                                            const EnvironmentLookup& environment) {
    if (db_option) {
        if (db_option->empty()) throw util::Error(util::ErrorCode::usage_bad_value, "--db needs a file path").with_hint("for example --db ~/training.db");
        return *db_option;
    }
    if (auto from_environment = environment(kDatabaseEnvironmentVariable); from_environment && !from_environment->empty()) {
        return *from_environment;
    }
    return default_database_path(environment);
}

}  // namespace ironstride::store
