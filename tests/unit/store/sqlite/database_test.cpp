#include "ironstride/store/sqlite/database.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include "ironstride/store/sqlite/migrations/migration.hpp"
#include "ironstride/util/error.hpp"
#include "support/error_expectations.hpp"
#include "unit/store/store_fixture.hpp"

namespace ironstride::store::sqlite {
namespace {

using store::test::StoreTest;

std::string text_of(SQLite::Database& connection, const char* sql) { return connection.execAndGet(sql).getString(); }
int int_of(SQLite::Database& connection, const char* sql) { return connection.execAndGet(sql).getInt(); }

/// The message of the util::Error that opening `path` throws (fails the test when it does not throw).
std::string open_error(const std::filesystem::path& path, OpenOptions options = {}) {
    try {
        Database db(path, options);
    } catch (const util::Error& error) {
        return error.what();
    }
    ADD_FAILURE() << "opening " << path << " did not throw";
    return {};
}

TEST_F(StoreTest, CreatesTheFileAndItsFoldersAtTheLatestSchema) {
    EXPECT_TRUE(std::filesystem::exists(m_path));
    EXPECT_EQ(m_db.schema_version(), Database::latest_schema_version());
    EXPECT_EQ(int_of(m_db.connection(), "PRAGMA application_id"), migrations::kApplicationId);
    for (const char* table : {"import_log", "activity", "activity_samples", "lap", "strength_set", "activity_metrics",
                              "body_day", "sleep_day", "nutrition_day", "checkin"}) {
        EXPECT_TRUE(m_db.connection().tableExists(table)) << table;
    }
}

TEST_F(StoreTest, SetsWalForeignKeysNormalSyncAndABusyTimeout) {
    SQLite::Database& connection = m_db.connection();
    EXPECT_EQ(text_of(connection, "PRAGMA journal_mode"), "wal");
    EXPECT_EQ(int_of(connection, "PRAGMA foreign_keys"), 1);
    EXPECT_EQ(int_of(connection, "PRAGMA synchronous"), 1);  // NORMAL
    EXPECT_EQ(int_of(connection, "PRAGMA busy_timeout"), 5000);
}

TEST_F(StoreTest, ReopeningKeepsDataAndDoesNotMigrateAgain) {
    unit().import_log().record(store::test::ok_import("/data/a.fit"));
    commit();
    m_db = Database(m_dir / "other.db");  // closes the first connection
    for (int i = 0; i < 2; ++i) {
        SqliteStore reopened(m_path, {});
        EXPECT_EQ(reopened.database().schema_version(), Database::latest_schema_version());
        ASSERT_TRUE(reopened.read(domain::kLocalAthlete)->import_log().find_by_path("/data/a.fit").has_value());
    }
}

TEST(Database, MigrationsAreNumberedOneByOne) {
    int expected = 1;
    for (const migrations::Migration& migration : migrations::all_migrations()) {
        EXPECT_EQ(migration.version, expected++);
        EXPECT_FALSE(migration.description.empty());
        EXPECT_FALSE(migration.sql.empty());
    }
    EXPECT_EQ(Database::latest_schema_version(), expected - 1);
}

TEST(Database, RefusesADatabaseFromANewerIronstride) {
    ironstride::testing::TempDir dir;
    const auto path = dir / "future.db";
    { Database db(path); }
    const int future = Database::latest_schema_version() + 1;
    {
        SQLite::Database raw(path, SQLite::OPEN_READWRITE);
        raw.exec("PRAGMA user_version = " + std::to_string(future));
    }
    const std::string message = open_error(path);
    EXPECT_NE(message.find(path.string()), std::string::npos) << message;
    EXPECT_NE(message.find(fmt::format("schema version {}, newer than this ironstride understands", future)),
              std::string::npos)
        << message;
    SQLite::Database raw(path, SQLite::OPEN_READONLY);
    EXPECT_EQ(raw.execAndGet("PRAGMA user_version").getInt(), future);  // left untouched
}

TEST(Database, RefusesAnotherProgramsSqliteFile) {
    ironstride::testing::TempDir dir;
    const auto path = dir / "firefox.sqlite";
    {
        SQLite::Database raw(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        raw.exec("CREATE TABLE bookmarks (url TEXT)");
    }
    const std::string message = open_error(path);
    EXPECT_NE(message.find("not an ironstride database"), std::string::npos) << message;
    SQLite::Database raw(path, SQLite::OPEN_READONLY);
    EXPECT_FALSE(raw.tableExists("activity"));
}

TEST(Database, RefusesAFileThatIsNotSqlite) {
    ironstride::testing::TempDir dir;
    const auto path = ironstride::testing::write_file(dir / "notes.db", std::string(4096, 'x'));
    const std::string message = open_error(path);
    EXPECT_NE(message.find("cannot open the database"), std::string::npos) << message;
    EXPECT_NE(message.find("notes.db"), std::string::npos) << message;
}

TEST(Database, ReadModesNeedAnExistingFile) {
    ironstride::testing::TempDir dir;
    for (const auto mode : {OpenOptions::Mode::read_only, OpenOptions::Mode::read_write}) {
        const std::string message = open_error(dir / "missing.db", {.mode = mode});
        EXPECT_NE(message.find("no database here"), std::string::npos) << message;
    }
    EXPECT_FALSE(std::filesystem::exists(dir / "missing.db"));
}

TEST_F(StoreTest, ReadOnlyConnectionReadsButCannotWrite) {
    unit().import_log().record(store::test::ok_import("/data/a.fit"));
    commit();
    SqliteStore reader(m_path, {.mode = OpenOptions::Mode::read_only});
    EXPECT_TRUE(reader.read_only());
    EXPECT_TRUE(reader.read(domain::kLocalAthlete)->import_log().find_by_path("/data/a.fit").has_value());
    EXPECT_ERROR_CODE((void)reader.write(domain::kLocalAthlete), util::ErrorCode::storage_read_only);
}

TEST_F(StoreTest, ASecondConnectionSeesCommittedWrites) {
    SqliteStore second(m_path, {});
    unit().import_log().record(store::test::ok_import("/data/a.fit"));
    EXPECT_FALSE(second.read(domain::kLocalAthlete)->import_log().find_by_path("/data/a.fit").has_value())
        << "not committed yet";
    commit();
    EXPECT_TRUE(second.read(domain::kLocalAthlete)->import_log().find_by_path("/data/a.fit").has_value());
}

TEST_F(StoreTest, CachedStatementsAreResetWhenTheLeaseEnds) {
    for (const char* path : {"/a", "/b", "/c"}) unit().import_log().record(store::test::ok_import(path));
    commit();
    const char* sql = "SELECT path FROM import_log ORDER BY path";
    for (int round = 0; round < 2; ++round) {
        auto statement = m_db.statement(sql);
        ASSERT_TRUE(statement->executeStep());  // stops after one row of three
        EXPECT_EQ(statement->getColumn(0).getString(), "/a");
    }
    // The half-read statement holds no read transaction open once its lease is gone.
    EXPECT_FALSE(m_db.in_transaction());
}

}  // namespace
}  // namespace ironstride::store::sqlite
