#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace ironstride::store {

/// Reads one environment variable; nullopt when unset. Tests pass their own map instead of the real environment.
using EnvironmentLookup = std::function<std::optional<std::string>(std::string_view name)>;

/// The process environment (std::getenv).
[[nodiscard]] std::optional<std::string> process_environment(std::string_view name);

/// Name of the environment variable that chooses the database when --db is not given.
inline constexpr std::string_view kDatabaseEnvironmentVariable = "IRONSTRIDE_DB";

/// `$XDG_DATA_HOME/ironstride/ironstride.db`, or `$HOME/.local/share/ironstride/ironstride.db` when XDG_DATA_HOME
/// is unset, empty or relative (the XDG Base Directory specification says to ignore a relative value).
/// Throws util::Error when neither variable gives an absolute folder.
[[nodiscard]] std::filesystem::path default_database_path(const EnvironmentLookup& environment = process_environment);

/// The database a command uses: the `--db PATH` option when given, else $IRONSTRIDE_DB when set and non-empty, else
/// default_database_path(). An empty --db value is a util::Error.
[[nodiscard]] std::filesystem::path resolve_database_path(const std::optional<std::string>& db_option,
                                                          const EnvironmentLookup& environment = process_environment);

}  // namespace ironstride::store
