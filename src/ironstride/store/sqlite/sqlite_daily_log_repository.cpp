#include "ironstride/store/sqlite/sqlite_daily_log_repository.hpp"

#include <string>

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include "ironstride/store/sqlite/detail/day_rows.hpp"
#include "ironstride/store/sqlite/detail/guard.hpp"
#include "ironstride/store/sqlite/detail/sql.hpp"

namespace ironstride::store::sqlite {

namespace {

using detail::bind_optional;
using detail::from_day_number;
using detail::optional_double;
using detail::to_day_number;

/// INSERT of one source's row of a day: a file's row replaces that file's earlier row of the day (a re-import in
/// the same unit of work cannot happen: the import log removes the old import first), a typed-in row the earlier
/// typed-in row. `columns` are the value columns after athlete_id, day, import_id and line.
std::string upsert_sql(const char* table, const char* columns, const char* placeholders, const char* updates,
                       bool from_file) {
    return fmt::format("INSERT INTO {} (athlete_id, day, import_id, line, {}) VALUES (?, ?, ?, ?, {}) "
                       "ON CONFLICT {} DO UPDATE SET line = excluded.line, {}",
                       table, columns, placeholders,
                       from_file ? "(athlete_id, day, import_id)" : "(athlete_id, day) WHERE import_id IS NULL",
                       updates);
}

/// SELECT of one value per day: the typed-in row first, then the most recently imported source (highest import id).
std::string read_sql(const char* table, const char* columns) {
    return fmt::format("SELECT day, {0}, line FROM (SELECT day, {0}, line, row_number() OVER (PARTITION BY day "
                       "ORDER BY import_id IS NULL DESC, import_id DESC) AS precedence FROM {1} "
                       "WHERE athlete_id = ? AND day BETWEEN ? AND ?) WHERE precedence = 1 ORDER BY day",
                       columns, table);
}

void bind_source(SQLite::Statement& statement, units::CivilDay day, std::optional<std::int64_t> import_id,
                 std::optional<std::uint32_t> line) {
    statement.bind(2, to_day_number(day));
    bind_optional(statement, 3, import_id);
    bind_optional(statement, 4, line ? std::optional<std::int64_t>(*line) : std::nullopt);
}

std::optional<std::uint32_t> optional_line(const SQLite::Statement& row, int column) {
    const std::optional<std::int64_t> line = detail::optional_int64(row, column);
    return line ? std::optional<std::uint32_t>(static_cast<std::uint32_t>(*line)) : std::nullopt;
}

}  // namespace

SqliteDailyLogRepository::SqliteDailyLogRepository(Database& db, domain::AthleteId athlete, bool writable)
    : m_db(db), m_athlete(athlete), m_writable(writable) {}

std::vector<domain::DaySourceConflict> SqliteDailyLogRepository::upsert_body(std::span<const domain::BodyEntry> entries,
                                                                            std::optional<std::int64_t> import_id) {
    detail::require_writable(m_writable, "DailyLogRepository::upsert_body");
    return detail::guarded(m_db, [&] {
        const std::string sql = upsert_sql("body_day", "weight_kg, body_fat_pct", "?, ?",
                                           "weight_kg = excluded.weight_kg, body_fat_pct = excluded.body_fat_pct",
                                           import_id.has_value());
        detail::upsert_all(m_db, m_athlete, sql.c_str(), entries,
                           [&](SQLite::Statement& statement, const domain::BodyEntry& entry) {
                               bind_source(statement, entry.day, import_id, entry.source_line);
                               statement.bind(5, entry.weight_kg);
                               bind_optional(statement, 6, entry.body_fat_pct);
                           });
        return conflicts(domain::DailyKind::body, "body_day", import_id);
    });
}

std::vector<domain::DaySourceConflict> SqliteDailyLogRepository::upsert_sleep(std::span<const domain::SleepEntry> entries,
                                                                             std::optional<std::int64_t> import_id) {
    detail::require_writable(m_writable, "DailyLogRepository::upsert_sleep");
    return detail::guarded(m_db, [&] {
        const std::string sql = upsert_sql("sleep_day", "hours, quality_pct", "?, ?",
                                           "hours = excluded.hours, quality_pct = excluded.quality_pct",
                                           import_id.has_value());
        detail::upsert_all(m_db, m_athlete, sql.c_str(), entries,
                           [&](SQLite::Statement& statement, const domain::SleepEntry& entry) {
                               bind_source(statement, entry.day, import_id, entry.source_line);
                               statement.bind(5, entry.hours);
                               bind_optional(statement, 6, entry.quality_pct);
                           });
        return conflicts(domain::DailyKind::sleep, "sleep_day", import_id);
    });
}

std::vector<domain::DaySourceConflict> SqliteDailyLogRepository::upsert_nutrition(
    std::span<const domain::NutritionEntry> entries, std::optional<std::int64_t> import_id) {
    detail::require_writable(m_writable, "DailyLogRepository::upsert_nutrition");
    return detail::guarded(m_db, [&] {
        const std::string sql =
            upsert_sql("nutrition_day", "kcal, protein_g, carbs_g, fat_g", "?, ?, ?, ?",
                       "kcal = excluded.kcal, protein_g = excluded.protein_g, carbs_g = excluded.carbs_g, "
                       "fat_g = excluded.fat_g",
                       import_id.has_value());
        detail::upsert_all(m_db, m_athlete, sql.c_str(), entries,
                           [&](SQLite::Statement& statement, const domain::NutritionEntry& entry) {
                               bind_source(statement, entry.day, import_id, entry.source_line);
                               statement.bind(5, entry.kcal);
                               bind_optional(statement, 6, entry.protein_g);
                               bind_optional(statement, 7, entry.carbs_g);
                               bind_optional(statement, 8, entry.fat_g);
                           });
        return conflicts(domain::DailyKind::nutrition, "nutrition_day", import_id);
    });
}

std::vector<domain::DaySourceConflict> SqliteDailyLogRepository::conflicts(domain::DailyKind kind, const char* table,
                                                                          std::optional<std::int64_t> import_id) {
    const std::string sql = fmt::format(
        "SELECT n.day, coalesce(nl.path, ''), n.line, coalesce(l.path, ''), o.line FROM {0} AS n "
        "JOIN {0} AS o ON o.athlete_id = n.athlete_id AND o.day = n.day AND o.import_id IS NOT n.import_id "
        "LEFT JOIN import_log AS l ON l.id = o.import_id LEFT JOIN import_log AS nl ON nl.id = n.import_id "
        "WHERE n.athlete_id = ? AND n.import_id IS ? ORDER BY l.path, n.day",
        table);
    auto statement = m_db.statement(sql.c_str());
    statement->bind(1, m_athlete.value);
    bind_optional(*statement, 2, import_id);
    std::vector<domain::DaySourceConflict> found;
    while (statement->executeStep()) {
        found.push_back(domain::DaySourceConflict{kind, from_day_number(statement->getColumn(0).getInt64()),
                                                  statement->getColumn(1).getString(), optional_line(*statement, 2),
                                                  statement->getColumn(3).getString(), optional_line(*statement, 4)});
    }
    return found;
}

std::vector<domain::BodyEntry> SqliteDailyLogRepository::body(domain::DayRange range) {
    return detail::guarded(m_db, [&] {
        const std::string sql = read_sql("body_day", "weight_kg, body_fat_pct");
        return detail::read_range<domain::BodyEntry>(m_db, m_athlete, sql.c_str(), range,
                                                     [](const SQLite::Statement& row) {
                                                         domain::BodyEntry entry;
                                                         entry.day = from_day_number(row.getColumn(0).getInt64());
                                                         entry.weight_kg = row.getColumn(1).getDouble();
                                                         entry.body_fat_pct = optional_double(row, 2);
                                                         entry.source_line = optional_line(row, 3);
                                                         return entry;
                                                     });
    });
}

std::vector<domain::SleepEntry> SqliteDailyLogRepository::sleep(domain::DayRange range) {
    return detail::guarded(m_db, [&] {
        const std::string sql = read_sql("sleep_day", "hours, quality_pct");
        return detail::read_range<domain::SleepEntry>(m_db, m_athlete, sql.c_str(), range,
                                                      [](const SQLite::Statement& row) {
                                                          domain::SleepEntry entry;
                                                          entry.day = from_day_number(row.getColumn(0).getInt64());
                                                          entry.hours = row.getColumn(1).getDouble();
                                                          entry.quality_pct = optional_double(row, 2);
                                                          entry.source_line = optional_line(row, 3);
                                                          return entry;
                                                      });
    });
}

std::vector<domain::NutritionEntry> SqliteDailyLogRepository::nutrition(domain::DayRange range) {
    return detail::guarded(m_db, [&] {
        const std::string sql = read_sql("nutrition_day", "kcal, protein_g, carbs_g, fat_g");
        return detail::read_range<domain::NutritionEntry>(m_db, m_athlete, sql.c_str(), range,
                                                          [](const SQLite::Statement& row) {
                                                              domain::NutritionEntry entry;
                                                              entry.day = from_day_number(row.getColumn(0).getInt64());
                                                              entry.kcal = row.getColumn(1).getDouble();
                                                              entry.protein_g = optional_double(row, 2);
                                                              entry.carbs_g = optional_double(row, 3);
                                                              entry.fat_g = optional_double(row, 4);
                                                              entry.source_line = optional_line(row, 5);
                                                              return entry;
                                                          });
    });
}

}  // namespace ironstride::store::sqlite
