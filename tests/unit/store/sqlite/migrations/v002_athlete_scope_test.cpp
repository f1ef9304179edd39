// The migrations from v001 on (v002 athlete scope, v003 daily values by source) on a database written by the first
// release (tests/data/store/v001-release.db: activities of every format with laps, sets and samples, cached metrics,
// body/sleep/nutrition days, check-ins, a failed and a duplicate import): every row of every table survives,
// unchanged but for the new athlete_id of 1 and an empty line, and the ids and AUTOINCREMENT counters are kept.

#include <algorithm>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <gtest/gtest.h>

#include "ironstride/domain/athlete_id.hpp"
#include "ironstride/store/sqlite/migrations/migration.hpp"
#include "ironstride/store/sqlite/sqlite_store.hpp"
#include "support/test_support.hpp"

namespace ironstride::store::sqlite {
namespace {

namespace fs = std::filesystem;

/// Every row of a table as text, in key order, columns by name, without the columns later migrations added
/// (v002's athlete_id, v003's line, which is NULL for every migrated row).
std::vector<std::string> rows_of(SQLite::Database& db, const std::string& table) {
    const bool daily = table.size() > 4 && table.compare(table.size() - 4, 4, "_day") == 0;
    SQLite::Statement statement(db, "SELECT * FROM " + table + (daily ? " ORDER BY day" : " ORDER BY 1, 2"));
    std::vector<std::string> rows;
    while (statement.executeStep()) {
        std::map<std::string, std::string> columns;
        for (int c = 0; c < statement.getColumnCount(); ++c) {
            const std::string name = statement.getColumnName(c);
            if (name == "athlete_id") continue;
            const SQLite::Column column = statement.getColumn(c);
            if (name == "line" && daily && column.isNull()) continue;
            columns[name] = column.isNull()   ? std::string("NULL")
                            : column.isBlob() ? std::to_string(column.getBytes()) + " bytes"
                                              : column.getString();
        }
        std::string row;
        for (const auto& [name, value] : columns) row += name + "=" + value + ";";
        rows.push_back(std::move(row));
    }
    return rows;
}

const std::vector<std::string> kTables{"import_log",         "activity", "activity_samples", "lap",
                                       "strength_set",       "activity_metrics", "body_day", "sleep_day",
                                       "nutrition_day",      "checkin",  "sqlite_sequence"};

std::map<std::string, std::vector<std::string>> snapshot(const fs::path& path) {
    SQLite::Database db(path, SQLite::OPEN_READONLY);
    std::map<std::string, std::vector<std::string>> tables;
    for (const std::string& table : kTables) tables[table] = rows_of(db, table);
    return tables;
}

class V002MigrationTest : public ::testing::Test {
protected:
    void SetUp() override {
        fs::copy_file(ironstride::testing::source_dir() / "tests/data/store/v001-release.db", m_path);
        SQLite::Database db(m_path, SQLite::OPEN_READONLY);
        ASSERT_EQ(db.execAndGet("PRAGMA user_version").getInt(), 1) << "the fixture must be a v001 database";
    }

    ironstride::testing::TempDir m_dir;
    fs::path m_path = m_dir / "v001.db";
};

TEST_F(V002MigrationTest, EveryRowSurvivesWithItsIdsAndCounters) {
    const auto before = snapshot(m_path);
    ASSERT_GT(before.at("activity").size(), 20U);
    ASSERT_GT(before.at("strength_set").size(), 100U);
    ASSERT_FALSE(before.at("activity_samples").empty());
    ASSERT_FALSE(before.at("checkin").empty());
    { SqliteStore migrated(m_path, {}); }
    auto after = snapshot(m_path);
    // The one new counter is the athlete table's own.
    std::vector<std::string>& counters = after.at("sqlite_sequence");
    const auto athlete_counter = std::find(counters.begin(), counters.end(), "name=athlete;seq=1;");
    ASSERT_NE(athlete_counter, counters.end());
    counters.erase(athlete_counter);
    for (const std::string& table : kTables) EXPECT_EQ(after.at(table), before.at(table)) << table;

    SQLite::Database db(m_path, SQLite::OPEN_READONLY);
    EXPECT_EQ(db.execAndGet("PRAGMA user_version").getInt(), migrations::all_migrations().back().version);
    EXPECT_EQ(db.execAndGet("SELECT count(*) FROM athlete").getInt(), 1);
    for (const char* table : {"import_log", "activity", "body_day", "sleep_day", "nutrition_day", "checkin"}) {
        EXPECT_EQ(db.execAndGet(std::string("SELECT count(*) FROM ") + table + " WHERE athlete_id <> 1").getInt(), 0)
            << table;
    }
    SQLite::Statement dangling(db, "PRAGMA foreign_key_check");
    EXPECT_FALSE(dangling.executeStep()) << "a dangling reference in " << dangling.getColumn(0).getString();
}

TEST_F(V002MigrationTest, TheMigratedDatabaseReadsAndWritesThroughTheStore) {
    std::size_t activities = 0;
    {
        SQLite::Database db(m_path, SQLite::OPEN_READONLY);
        activities = static_cast<std::size_t>(db.execAndGet("SELECT count(*) FROM activity").getInt());
    }
    SqliteStore store(m_path, {});
    const auto read = store.read(domain::kLocalAthlete);
    const auto listed = read->activities().list({});
    ASSERT_EQ(listed.size(), activities);
    for (const domain::ActivitySummary& summary : listed) {
        ASSERT_TRUE(read->activities().get(summary.id).has_value()) << summary.id;
    }
    EXPECT_FALSE(read->import_log().list().empty());
    EXPECT_EQ(read->metrics().stale(1).size(), 0U) << "the cached metrics came along";
    const std::vector<domain::ImportRecord> log = read->import_log().list();
    read->commit();

    // A re-import of a path already in the log replaces its row (the per-athlete UNIQUE (athlete_id, path)), and the
    // new row's id continues above every id ever given (the carried-over AUTOINCREMENT counter: 22 in the fixture,
    // one above its largest remaining id, because one import was replaced before the release wrote it).
    domain::ImportRecord again = log.front();
    again.content_hash = "changed";
    const auto write = store.write(domain::kLocalAthlete);
    EXPECT_EQ(write->import_log().record(again), 23);
    write->commit();
    EXPECT_EQ(store.read(domain::kLocalAthlete)->import_log().list().size(), log.size());
}

}  // namespace
}  // namespace ironstride::store::sqlite
