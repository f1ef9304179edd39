#include "ironstride/store/detail/wal_batch_vfs.hpp"

#include <cstdint>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <sqlite3.h>

#include "support/test_support.hpp"

namespace ironstride::store::detail {
namespace {

/// A raw connection, so that the test sees exactly what SQLite does with the VFS (and another with the default VFS,
/// which is what any other program opening the database uses).
class Connection {
public:
    Connection(const std::string& path, const char* vfs) {
        const int rc = sqlite3_open_v2(path.c_str(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, vfs);
        EXPECT_EQ(rc, SQLITE_OK) << sqlite3_errmsg(m_db);
    }
    ~Connection() { sqlite3_close(m_db); }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;
    Connection(Connection&&) = delete;
    Connection& operator=(Connection&&) = delete;

    void exec(const std::string& sql) {
        char* error = nullptr;
        const int rc = sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &error);
        EXPECT_EQ(rc, SQLITE_OK) << sql << ": " << (error != nullptr ? error : "");
        sqlite3_free(error);
    }

    std::int64_t integer(const std::string& sql) {
        sqlite3_stmt* statement = nullptr;
        EXPECT_EQ(sqlite3_prepare_v2(m_db, sql.c_str(), -1, &statement, nullptr), SQLITE_OK) << sqlite3_errmsg(m_db);
        std::int64_t value = -1;
        if (sqlite3_step(statement) == SQLITE_ROW) value = sqlite3_column_int64(statement, 0);
        sqlite3_finalize(statement);
        return value;
    }

    std::string text(const std::string& sql) {
        sqlite3_stmt* statement = nullptr;
        EXPECT_EQ(sqlite3_prepare_v2(m_db, sql.c_str(), -1, &statement, nullptr), SQLITE_OK) << sqlite3_errmsg(m_db);
        std::string value;
        if (sqlite3_step(statement) == SQLITE_ROW) {
            value = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
        }
        sqlite3_finalize(statement);
        return value;
    }

private:
    sqlite3* m_db = nullptr;
};

/// `count` rows from id `first`, each a pseudo-random blob of `bytes` bytes.
std::string insert_rows(int first, int count, int bytes) {
    return "WITH RECURSIVE n(value) AS (SELECT " + std::to_string(first) + " UNION ALL SELECT value + 1 FROM n WHERE value < " +
           std::to_string(first + count - 1) + ") INSERT INTO t (id, data) SELECT value, randomblob(" +
           std::to_string(bytes) + ") FROM n";
}

class WalBatchVfsTest : public ::testing::Test {
protected:
    ironstride::testing::TempDir m_dir;
    std::string m_path = (m_dir.path() / "batch.db").string();
};

TEST_F(WalBatchVfsTest, EveryCommitIsVisibleToAConnectionWithTheDefaultVfs) {
    Connection writer(m_path, wal_batch_vfs_name());
    writer.exec("PRAGMA journal_mode = WAL");
    writer.exec("PRAGMA synchronous = NORMAL");
    writer.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, data BLOB NOT NULL)");
    Connection reader(m_path, nullptr);
    for (int round = 0; round < 20; ++round) {
        writer.exec("BEGIN IMMEDIATE");
        writer.exec(insert_rows(round * 10, 10, 3000));
        writer.exec("COMMIT");
        EXPECT_EQ(reader.integer("SELECT count(*) FROM t"), (round + 1) * 10);
        EXPECT_EQ(reader.integer("SELECT sum(length(data)) FROM t"), (round + 1) * 10 * 3000);
    }
    EXPECT_EQ(reader.text("PRAGMA integrity_check"), "ok");
}

TEST_F(WalBatchVfsTest, LargeTransactionsSpillsAndCheckpointsStayConsistent) {
    {
        Connection writer(m_path, wal_batch_vfs_name());
        writer.exec("PRAGMA journal_mode = WAL");
        writer.exec("PRAGMA cache_size = 10");  // a tiny cache: pages spill to the WAL in the middle of a transaction
        writer.exec("PRAGMA wal_autocheckpoint = 50");
        writer.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, data BLOB NOT NULL)");
        writer.exec("BEGIN IMMEDIATE");
        writer.exec(insert_rows(0, 600, 4000));  // ~2.4 MB: more than the VFS buffer holds
        writer.exec("UPDATE t SET data = randomblob(100) WHERE id % 3 = 0");
        writer.exec("COMMIT");
        writer.exec("BEGIN IMMEDIATE");
        writer.exec(insert_rows(1000, 50, 500));
        writer.exec("ROLLBACK");
        Connection reader(m_path, nullptr);
        EXPECT_EQ(reader.integer("SELECT count(*) FROM t"), 600);
        EXPECT_EQ(reader.integer("SELECT sum(length(data)) FROM t"), 200 * 100 + 400 * 4000);
        writer.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        EXPECT_EQ(reader.text("PRAGMA integrity_check"), "ok");
    }
    Connection reopened(m_path, nullptr);
    EXPECT_EQ(reopened.integer("SELECT count(*) FROM t"), 600);
    EXPECT_EQ(reopened.text("PRAGMA integrity_check"), "ok");
}

TEST_F(WalBatchVfsTest, PartialCheckpointsWhileAReaderHoldsASnapshot) {
    Connection writer(m_path, wal_batch_vfs_name());
    writer.exec("PRAGMA journal_mode = WAL");
    writer.exec("PRAGMA synchronous = NORMAL");
    writer.exec("PRAGMA wal_autocheckpoint = 0");
    writer.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, data BLOB NOT NULL)");
    writer.exec(insert_rows(0, 100, 2000));
    Connection snapshot(m_path, nullptr);
    snapshot.exec("BEGIN");
    EXPECT_EQ(snapshot.integer("SELECT count(*) FROM t"), 100);
    for (int round = 1; round <= 5; ++round) {
        writer.exec(insert_rows(round * 100, 100, 2000));
        // The reader's snapshot stops the checkpoint short of the end of the WAL: the database file gets the
        // pages up to it, and a third connection reads them from there.
        writer.exec("PRAGMA wal_checkpoint(PASSIVE)");
        Connection reader(m_path, nullptr);
        EXPECT_EQ(reader.integer("SELECT count(*) FROM t"), (round + 1) * 100);
        EXPECT_EQ(reader.integer("SELECT sum(length(data)) FROM t"), (round + 1) * 100 * 2000);
    }
    EXPECT_EQ(snapshot.integer("SELECT count(*) FROM t"), 100);
    snapshot.exec("COMMIT");
    writer.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    Connection reader(m_path, nullptr);
    EXPECT_EQ(reader.integer("SELECT count(*) FROM t"), 600);
    EXPECT_EQ(reader.text("PRAGMA integrity_check"), "ok");
}

TEST_F(WalBatchVfsTest, RegistersOnce) {
    EXPECT_STREQ(wal_batch_vfs_name(), wal_batch_vfs_name());
    EXPECT_NE(sqlite3_vfs_find(wal_batch_vfs_name()), nullptr);
    EXPECT_NE(sqlite3_vfs_find(nullptr), sqlite3_vfs_find(wal_batch_vfs_name()));  // not made the default
}

}  // namespace
}  // namespace ironstride::store::detail
