#include "ironstride/store/sqlite/detail/sql.hpp"

#include <array>

#include <fmt/format.h>

#include "ironstride/util/error.hpp"

namespace ironstride::store::sqlite::detail {

void bind_optional(SQLite::Statement& statement, int index, const std::optional<double>& value) {
    if (value) {
        statement.bind(index, *value);
    } else {
        statement.bind(index);
    }
}

void bind_optional(SQLite::Statement& statement, int index, const std::optional<int>& value) {
    if (value) {
        statement.bind(index, *value);
    } else {
        statement.bind(index);
    }
}

void bind_optional(SQLite::Statement& statement, int index, const std::optional<std::int64_t>& value) {
    if (value) {
        statement.bind(index, *value);
    } else {
        statement.bind(index);
    }
}

std::optional<double> optional_double(const SQLite::Statement& statement, int column) {
    const SQLite::Column value = statement.getColumn(column);
    if (value.isNull()) return std::nullopt;
    return value.getDouble();
}

std::optional<std::int64_t> optional_int64(const SQLite::Statement& statement, int column) {
    const SQLite::Column value = statement.getColumn(column);
    if (value.isNull()) return std::nullopt;
    return value.getInt64();
}

std::optional<int> optional_int(const SQLite::Statement& statement, int column) {
    const SQLite::Column value = statement.getColumn(column);
    if (value.isNull()) return std::nullopt;
    return value.getInt();
}

namespace {

constexpr std::array kSports = {domain::Sport::running,  domain::Sport::walking,  domain::Sport::hiking,
                                domain::Sport::cycling,  domain::Sport::swimming, domain::Sport::strength,
                                domain::Sport::other};
constexpr std::array kFormats = {domain::SourceFormat::fit, domain::SourceFormat::gpx, domain::SourceFormat::tcx,
                                 domain::SourceFormat::strong_csv, domain::SourceFormat::hevy_csv};

}  // namespace

domain::Sport parse_sport(std::string_view text) {
    for (const domain::Sport sport : kSports) {
        if (text == domain::to_string(sport)) return sport;
    }
    throw util::Error(util::ErrorCode::storage_unknown_value, fmt::format("activity.sport holds \"{}\", which this ironstride does not know", text)).with_hint("the database was written by another program or version");
}

domain::SourceFormat parse_source_format(std::string_view text) {
    for (const domain::SourceFormat format : kFormats) {
        if (text == domain::to_string(format)) return format;
    }
    throw util::Error(util::ErrorCode::storage_unknown_value, fmt::format("activity.format holds \"{}\", which this ironstride does not know", text)).with_hint("the database was written by another program or version");
}

}  // namespace ironstride::store::sqlite::detail
