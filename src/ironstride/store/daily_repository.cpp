#include "ironstride/store/daily_repository.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include "ironstride/store/database.hpp"
#include "ironstride/store/detail/sql.hpp"
#include "ironstride/store/transaction.hpp"
#include "ironstride/util/error.hpp"

namespace ironstride::store {

namespace {

using detail::bind_optional;
using detail::from_day_number;
using detail::optional_double;
using detail::to_day_number;

/// Runs `bind_row` + exec for every entry of a batch, inside one (possibly nested) transaction.
template <typename Entry, typename Bind>
void upsert_all(Database& db, const char* sql, std::span<const Entry> entries, Bind bind_row) {
    if (entries.empty()) return;
    Transaction transaction(db);
    auto statement = db.statement(sql);
    for (const Entry& entry : entries) {
        bind_row(*statement, entry);
        statement->exec();
        statement->reset();
    }
    transaction.commit();
}

template <typename Entry, typename Read>
std::vector<Entry> read_range(Database& db, const char* sql, DayRange range, Read read_row) {
    auto statement = db.statement(sql);
    statement->bind(1, to_day_number(range.first));
    statement->bind(2, to_day_number(range.last));
    std::vector<Entry> entries;
    while (statement->executeStep()) entries.push_back(read_row(*statement));
    return entries;
}

domain::CheckIn read_checkin(const SQLite::Statement& row) {
    domain::CheckIn checkin;
    checkin.day = from_day_number(row.getColumn(0).getInt64());
    checkin.sleep_h = row.getColumn(1).getDouble();
    checkin.soreness = row.getColumn(2).getInt();
    checkin.resting_hr_bpm = optional_double(row, 3);
    checkin.hrv_ms = optional_double(row, 4);
    checkin.rpe = optional_double(row, 5);
    return checkin;
}

}  // namespace

void upsert_body_days(Database& db, std::span<const domain::BodyEntry> entries, std::optional<std::int64_t> import_id) {
    upsert_all(db,
               "INSERT INTO body_day (day, weight_kg, body_fat_pct, import_id) VALUES (?, ?, ?, ?) "
               "ON CONFLICT (day) DO UPDATE SET weight_kg = excluded.weight_kg, body_fat_pct = excluded.body_fat_pct, "
               "import_id = excluded.import_id",
               entries, [&](SQLite::Statement& statement, const domain::BodyEntry& entry) {
                   statement.bind(1, to_day_number(entry.day));
                   statement.bind(2, entry.weight_kg);
                   bind_optional(statement, 3, entry.body_fat_pct);
                   bind_optional(statement, 4, import_id);
               });
}

void upsert_sleep_days(Database& db, std::span<const domain::SleepEntry> entries,
                       std::optional<std::int64_t> import_id) {
    upsert_all(db,
               "INSERT INTO sleep_day (day, hours, quality_pct, import_id) VALUES (?, ?, ?, ?) "
               "ON CONFLICT (day) DO UPDATE SET hours = excluded.hours, quality_pct = excluded.quality_pct, "
               "import_id = excluded.import_id",
               entries, [&](SQLite::Statement& statement, const domain::SleepEntry& entry) {
                   statement.bind(1, to_day_number(entry.day));
                   statement.bind(2, entry.hours);
                   bind_optional(statement, 3, entry.quality_pct);
                   bind_optional(statement, 4, import_id);
               });
}

void upsert_nutrition_days(Database& db, std::span<const domain::NutritionEntry> entries,
                           std::optional<std::int64_t> import_id) {
    upsert_all(db,
               "INSERT INTO nutrition_day (day, kcal, protein_g, carbs_g, fat_g, import_id) VALUES (?, ?, ?, ?, ?, ?) "
               "ON CONFLICT (day) DO UPDATE SET kcal = excluded.kcal, protein_g = excluded.protein_g, "
               "carbs_g = excluded.carbs_g, fat_g = excluded.fat_g, import_id = excluded.import_id",
               entries, [&](SQLite::Statement& statement, const domain::NutritionEntry& entry) {
                   statement.bind(1, to_day_number(entry.day));
                   statement.bind(2, entry.kcal);
                   bind_optional(statement, 3, entry.protein_g);
                   bind_optional(statement, 4, entry.carbs_g);
                   bind_optional(statement, 5, entry.fat_g);
                   bind_optional(statement, 6, import_id);
               });
}

std::vector<domain::BodyEntry> body_days(Database& db, DayRange range) {
    return read_range<domain::BodyEntry>(
        db, "SELECT day, weight_kg, body_fat_pct FROM body_day WHERE day BETWEEN ? AND ? ORDER BY day", range,
        [](const SQLite::Statement& row) {
            domain::BodyEntry entry;
            entry.day = from_day_number(row.getColumn(0).getInt64());
            entry.weight_kg = row.getColumn(1).getDouble();
            entry.body_fat_pct = optional_double(row, 2);
            return entry;
        });
}

std::vector<domain::SleepEntry> sleep_days(Database& db, DayRange range) {
    return read_range<domain::SleepEntry>(
        db, "SELECT day, hours, quality_pct FROM sleep_day WHERE day BETWEEN ? AND ? ORDER BY day", range,
        [](const SQLite::Statement& row) {
            domain::SleepEntry entry;
            entry.day = from_day_number(row.getColumn(0).getInt64());
            entry.hours = row.getColumn(1).getDouble();
            entry.quality_pct = optional_double(row, 2);
            return entry;
        });
}

std::vector<domain::NutritionEntry> nutrition_days(Database& db, DayRange range) {
    return read_range<domain::NutritionEntry>(
        db,
        "SELECT day, kcal, protein_g, carbs_g, fat_g FROM nutrition_day WHERE day BETWEEN ? AND ? ORDER BY day",
        range, [](const SQLite::Statement& row) {
            domain::NutritionEntry entry;
            entry.day = from_day_number(row.getColumn(0).getInt64());
            entry.kcal = row.getColumn(1).getDouble();
            entry.protein_g = optional_double(row, 2);
            entry.carbs_g = optional_double(row, 3);
            entry.fat_g = optional_double(row, 4);
            return entry;
        });
}

void upsert_checkin(Database& db, const domain::CheckIn& checkin) {
    if (checkin.soreness < 1 || checkin.soreness > 10) {
        throw util::UsageError(fmt::format("soreness must be 1 to 10, got {}", checkin.soreness),
                               "1 = no soreness, 10 = severe");
    }
    auto statement = db.statement(
        "INSERT INTO checkin (day, sleep_h, soreness, resting_hr_bpm, hrv_ms, rpe) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (day) DO UPDATE SET sleep_h = excluded.sleep_h, soreness = excluded.soreness, "
        "resting_hr_bpm = excluded.resting_hr_bpm, hrv_ms = excluded.hrv_ms, rpe = excluded.rpe");
    statement->bind(1, to_day_number(checkin.day));
    statement->bind(2, checkin.sleep_h);
    statement->bind(3, checkin.soreness);
    bind_optional(*statement, 4, checkin.resting_hr_bpm);
    bind_optional(*statement, 5, checkin.hrv_ms);
    bind_optional(*statement, 6, checkin.rpe);
    statement->exec();
}

std::optional<domain::CheckIn> get_checkin(Database& db, units::CivilDay day) {
    auto statement =
        db.statement("SELECT day, sleep_h, soreness, resting_hr_bpm, hrv_ms, rpe FROM checkin WHERE day = ?");
    statement->bind(1, to_day_number(day));
    if (!statement->executeStep()) return std::nullopt;
    return read_checkin(*statement);
}

std::vector<domain::CheckIn> checkins(Database& db, DayRange range) {
    return read_range<domain::CheckIn>(
        db,
        "SELECT day, sleep_h, soreness, resting_hr_bpm, hrv_ms, rpe FROM checkin WHERE day BETWEEN ? AND ? "
        "ORDER BY day",
        range, read_checkin);
}

}  // namespace ironstride::store
