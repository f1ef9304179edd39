#pragma once

// A fresh database in a fresh temporary folder for every test (STYLE habit 17), and small builders for rows.

#include <chrono>
#include <optional>
#include <string>

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <gtest/gtest.h>

#include "ironstride/domain/activity.hpp"
#include "ironstride/domain/daily_log.hpp"
#include "ironstride/domain/import_record.hpp"
#include "ironstride/store/sqlite/database.hpp"
#include "ironstride/store/sqlite/sqlite_store.hpp"
#include "support/test_support.hpp"

namespace ironstride::store::test {

inline units::Instant at(std::int64_t unix_seconds) { return units::Instant{std::chrono::seconds{unix_seconds}}; }

inline units::CivilDay day(int y, unsigned m, unsigned d) {
    return units::CivilDay{std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d}};
}

// Builders for domain rows (GCC 12 warns about designated initializers that leave members out).

inline domain::BodyEntry body_entry(units::CivilDay d, double weight_kg, std::optional<double> body_fat_pct = {}) {
    domain::BodyEntry entry;
    entry.day = d;
    entry.weight_kg = weight_kg;
    entry.body_fat_pct = body_fat_pct;
    return entry;
}

inline domain::SleepEntry sleep_entry(units::CivilDay d, double hours, std::optional<double> quality_pct = {}) {
    domain::SleepEntry entry;
    entry.day = d;
    entry.hours = hours;
    entry.quality_pct = quality_pct;
    return entry;
}

inline domain::NutritionEntry nutrition_entry(units::CivilDay d, double kcal, std::optional<double> protein_g = {},
                                              std::optional<double> carbs_g = {}, std::optional<double> fat_g = {}) {
    domain::NutritionEntry entry;
    entry.day = d;
    entry.kcal = kcal;
    entry.protein_g = protein_g;
    entry.carbs_g = carbs_g;
    entry.fat_g = fat_g;
    return entry;
}

inline domain::CheckIn checkin_entry(units::CivilDay d, double sleep_h, int soreness,
                                     std::optional<double> resting_hr_bpm = {}, std::optional<double> hrv_ms = {},
                                     std::optional<double> rpe = {}) {
    domain::CheckIn entry;
    entry.day = d;
    entry.sleep_h = sleep_h;
    entry.soreness = soreness;
    entry.resting_hr_bpm = resting_hr_bpm;
    entry.hrv_ms = hrv_ms;
    entry.rpe = rpe;
    return entry;
}

inline domain::StrengthSet strength_set(int order, std::string exercise, std::optional<double> weight_kg = {},
                                        std::optional<int> reps = {}) {
    domain::StrengthSet set;
    set.order = order;
    set.exercise = std::move(exercise);
    set.weight_kg = weight_kg;
    set.reps = reps;
    return set;
}

/// An import_log row for a successfully imported file.
inline domain::ImportRecord ok_import(std::string path, std::string hash = "0123456789abcdef") {
    domain::ImportRecord record;
    record.path = std::move(path);
    record.content_hash = std::move(hash);
    record.size_bytes = 1234;
    record.status = domain::ImportStatus::ok;
    record.format = "fit";
    record.imported_at = at(1'700'000'000);
    return record;
}

/// The SQLite store in a fresh folder, with one write unit for the local athlete opened on first use (the SQLite
/// implementation's tests: the repositories through their interfaces, and the SQL behind them).
class StoreTest : public ::testing::Test {
protected:
    /// The test's write unit, opened when first asked for.
    UnitOfWork& unit() {
        if (!m_unit) m_unit = m_store.write(domain::kLocalAthlete);
        return *m_unit;
    }
    /// Commits the test's unit; the next unit() opens another.
    void commit() {
        if (m_unit) m_unit->commit();
        m_unit.reset();
    }

    ironstride::testing::TempDir m_dir;
    std::filesystem::path m_path = m_dir / "data" / "ironstride.db";
    sqlite::SqliteStore m_store{m_path, {}};
    sqlite::Database& m_db = m_store.database();
    std::unique_ptr<UnitOfWork> m_unit;

    /// SQLite's plan for a query (the `detail` column of EXPLAIN QUERY PLAN, one line per step).
    std::string query_plan(const std::string& sql) {
        SQLite::Statement explain(m_db.connection(), "EXPLAIN QUERY PLAN " + sql);
        std::string plan;
        while (explain.executeStep()) plan += explain.getColumn(3).getString() + "\n";
        return plan;
    }

    /// Number of rows of a table.
    std::int64_t count(const std::string& table) {
        return m_db.connection().execAndGet("SELECT count(*) FROM " + table).getInt64();
    }
};

}  // namespace ironstride::store::test
