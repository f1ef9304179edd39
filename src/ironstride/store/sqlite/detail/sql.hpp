#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

#include "ironstride/domain/activity.hpp"
#include "ironstride/units/civil_time.hpp"

namespace ironstride::store::sqlite::detail {

/// Instants are stored as INTEGER Unix seconds (UTC).
[[nodiscard]] inline std::int64_t to_unix_seconds(units::Instant instant) { return instant.time_since_epoch().count(); }
[[nodiscard]] inline units::Instant from_unix_seconds(std::int64_t seconds) {
    return units::Instant{std::chrono::seconds{seconds}};
}

/// Civil days are stored as INTEGER days since 1970-01-01.
[[nodiscard]] inline std::int64_t to_day_number(units::CivilDay day) { return day.time_since_epoch().count(); }
[[nodiscard]] inline units::CivilDay from_day_number(std::int64_t days) {
    return units::CivilDay{std::chrono::days{days}};
}

/// Binds a value, or NULL when absent (SQLite parameters are 1-based).
void bind_optional(SQLite::Statement& statement, int index, const std::optional<double>& value);
void bind_optional(SQLite::Statement& statement, int index, const std::optional<int>& value);
void bind_optional(SQLite::Statement& statement, int index, const std::optional<std::int64_t>& value);

/// Reads a column (0-based) that may be NULL.
[[nodiscard]] std::optional<double> optional_double(const SQLite::Statement& statement, int column);
[[nodiscard]] std::optional<std::int64_t> optional_int64(const SQLite::Statement& statement, int column);
[[nodiscard]] std::optional<int> optional_int(const SQLite::Statement& statement, int column);

/// Stored names of the domain enums (the to_string() text) back to the enum; unknown text is a
/// storage util::Error naming the table and value (a database written by something else).
[[nodiscard]] domain::Sport parse_sport(std::string_view text);
[[nodiscard]] domain::SourceFormat parse_source_format(std::string_view text);

}  // namespace ironstride::store::sqlite::detail
