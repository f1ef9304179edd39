#include "ironstride/analysis/detail/activity_extras.hpp"

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

#include "ironstride/store/database.hpp"

namespace ironstride::analysis::detail {

namespace {

std::optional<double> optional_column(const SQLite::Statement& row, int column) {
    const SQLite::Column value = row.getColumn(column);
    if (value.isNull()) return std::nullopt;
    return value.getDouble();
}

}  // namespace

std::unordered_map<std::int64_t, ActivityExtras> activity_extras(store::Database& db, units::Instant from_utc,
                                                                 units::Instant until_utc) {
    auto statement = db.statement(
        "SELECT id, ascent_m, rpe FROM activity WHERE start_utc >= ? AND start_utc < ? AND "
        "(ascent_m IS NOT NULL OR rpe IS NOT NULL)");
    statement->bind(1, static_cast<std::int64_t>(from_utc.time_since_epoch().count()));
    statement->bind(2, static_cast<std::int64_t>(until_utc.time_since_epoch().count()));
    std::unordered_map<std::int64_t, ActivityExtras> extras;
    while (statement->executeStep()) {
        extras[statement->getColumn(0).getInt64()] = {optional_column(*statement, 1), optional_column(*statement, 2)};
    }
    return extras;
}

}  // namespace ironstride::analysis::detail
