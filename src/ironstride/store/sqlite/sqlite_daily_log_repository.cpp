#include "ironstride/store/sqlite/sqlite_daily_log_repository.hpp"

#include <SQLiteCpp/Statement.h>

#include "ironstride/store/sqlite/detail/day_rows.hpp"
#include "ironstride/store/sqlite/detail/guard.hpp"
#include "ironstride/store/sqlite/detail/sql.hpp"

namespace ironstride::store::sqlite {

namespace {

using detail::bind_optional;
using detail::from_day_number;
using detail::optional_double;
using detail::to_day_number;

}  // namespace

SqliteDailyLogRepository::SqliteDailyLogRepository(Database& db, domain::AthleteId athlete, bool writable)
    : m_db(db), m_athlete(athlete), m_writable(writable) {}

void SqliteDailyLogRepository::upsert_body(std::span<const domain::BodyEntry> entries,
                                           std::optional<std::int64_t> import_id) {
    detail::require_writable(m_writable, "DailyLogRepository::upsert_body");
    detail::guarded(m_db, [&] {
        detail::upsert_all(
            m_db, m_athlete,
            "INSERT INTO body_day (athlete_id, day, weight_kg, body_fat_pct, import_id) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (athlete_id, day) DO UPDATE SET weight_kg = excluded.weight_kg, "
            "body_fat_pct = excluded.body_fat_pct, import_id = excluded.import_id",
            entries, [&](SQLite::Statement& statement, const domain::BodyEntry& entry) {
                statement.bind(2, to_day_number(entry.day));
                statement.bind(3, entry.weight_kg);
                bind_optional(statement, 4, entry.body_fat_pct);
                bind_optional(statement, 5, import_id);
            });
    });
}

void SqliteDailyLogRepository::upsert_sleep(std::span<const domain::SleepEntry> entries,
                                            std::optional<std::int64_t> import_id) {
    detail::require_writable(m_writable, "DailyLogRepository::upsert_sleep");
    detail::guarded(m_db, [&] {
        detail::upsert_all(
            m_db, m_athlete,
            "INSERT INTO sleep_day (athlete_id, day, hours, quality_pct, import_id) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (athlete_id, day) DO UPDATE SET hours = excluded.hours, quality_pct = excluded.quality_pct, "
            "import_id = excluded.import_id",
            entries, [&](SQLite::Statement& statement, const domain::SleepEntry& entry) {
                statement.bind(2, to_day_number(entry.day));
                statement.bind(3, entry.hours);
                bind_optional(statement, 4, entry.quality_pct);
                bind_optional(statement, 5, import_id);
            });
    });
}

void SqliteDailyLogRepository::upsert_nutrition(std::span<const domain::NutritionEntry> entries,
                                                std::optional<std::int64_t> import_id) {
    detail::require_writable(m_writable, "DailyLogRepository::upsert_nutrition");
    detail::guarded(m_db, [&] {
        detail::upsert_all(
            m_db, m_athlete,
            "INSERT INTO nutrition_day (athlete_id, day, kcal, protein_g, carbs_g, fat_g, import_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (athlete_id, day) DO UPDATE SET kcal = excluded.kcal, protein_g = excluded.protein_g, "
            "carbs_g = excluded.carbs_g, fat_g = excluded.fat_g, import_id = excluded.import_id",
            entries, [&](SQLite::Statement& statement, const domain::NutritionEntry& entry) {
                statement.bind(2, to_day_number(entry.day));
                statement.bind(3, entry.kcal);
                bind_optional(statement, 4, entry.protein_g);
                bind_optional(statement, 5, entry.carbs_g);
                bind_optional(statement, 6, entry.fat_g);
                bind_optional(statement, 7, import_id);
            });
    });
}

std::vector<domain::BodyEntry> SqliteDailyLogRepository::body(domain::DayRange range) {
    return detail::guarded(m_db, [&] {
        return detail::read_range<domain::BodyEntry>(
            m_db, m_athlete,
            "SELECT day, weight_kg, body_fat_pct FROM body_day WHERE athlete_id = ? AND day BETWEEN ? AND ? "
            "ORDER BY day",
            range, [](const SQLite::Statement& row) {
                domain::BodyEntry entry;
                entry.day = from_day_number(row.getColumn(0).getInt64());
                entry.weight_kg = row.getColumn(1).getDouble();
                entry.body_fat_pct = optional_double(row, 2);
                return entry;
            });
    });
}

std::vector<domain::SleepEntry> SqliteDailyLogRepository::sleep(domain::DayRange range) {
    return detail::guarded(m_db, [&] {
        return detail::read_range<domain::SleepEntry>(
            m_db, m_athlete,
            "SELECT day, hours, quality_pct FROM sleep_day WHERE athlete_id = ? AND day BETWEEN ? AND ? ORDER BY day",
            range, [](const SQLite::Statement& row) {
                domain::SleepEntry entry;
                entry.day = from_day_number(row.getColumn(0).getInt64());
                entry.hours = row.getColumn(1).getDouble();
                entry.quality_pct = optional_double(row, 2);
                return entry;
            });
    });
}

std::vector<domain::NutritionEntry> SqliteDailyLogRepository::nutrition(domain::DayRange range) {
    return detail::guarded(m_db, [&] {
        return detail::read_range<domain::NutritionEntry>(
            m_db, m_athlete,
            "SELECT day, kcal, protein_g, carbs_g, fat_g FROM nutrition_day WHERE athlete_id = ? "
            "AND day BETWEEN ? AND ? ORDER BY day",
            range, [](const SQLite::Statement& row) {
                domain::NutritionEntry entry;
                entry.day = from_day_number(row.getColumn(0).getInt64());
                entry.kcal = row.getColumn(1).getDouble();
                entry.protein_g = optional_double(row, 2);
                entry.carbs_g = optional_double(row, 3);
                entry.fat_g = optional_double(row, 4);
                return entry;
            });
    });
}

}  // namespace ironstride::store::sqlite
