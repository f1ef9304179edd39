#include "ironstride/store/sqlite/transaction.hpp"

#include <stdexcept>

#include "ironstride/store/sqlite/sqlite_activity_repository.hpp"
#include "ironstride/store/sqlite/sqlite_import_log_repository.hpp"
#include "unit/store/store_fixture.hpp"

namespace ironstride::store::sqlite {
namespace {

using domain::ImportRecord;
using store::test::StoreTest;

// The repositories of the local athlete on a bare connection: these tests drive Transaction themselves.
std::int64_t record_import(Database& db, const ImportRecord& record) {
    return SqliteImportLogRepository(db, domain::kLocalAthlete, true).record(record);
}
std::optional<ImportRecord> find_import_by_path(Database& db, std::string_view path) {
    return SqliteImportLogRepository(db, domain::kLocalAthlete, false).find_by_path(path);
}
std::int64_t insert_activity(Database& db, const domain::Activity& activity, const EncodedSamples& samples,
                             std::int64_t import_id) {
    return SqliteActivityRepository(db, domain::kLocalAthlete, true).insert(activity, samples, import_id);
}

TEST_F(StoreTest, TransactionWithoutCommitLeavesNothing) {
    {
        Transaction transaction(m_db);
        EXPECT_TRUE(m_db.in_transaction());
        const std::int64_t import_id = record_import(m_db, store::test::ok_import("/a.fit"));
        domain::Activity activity;
        activity.laps.resize(2);
        insert_activity(m_db, activity, {}, import_id);
        EXPECT_EQ(count("activity"), 1);
    }
    EXPECT_FALSE(m_db.in_transaction());
    EXPECT_EQ(count("import_log"), 0);
    EXPECT_EQ(count("activity"), 0);
    EXPECT_EQ(count("lap"), 0);
}

TEST_F(StoreTest, CommittedTransactionIsVisibleToAnotherConnection) {
    {
        Transaction transaction(m_db);
        record_import(m_db, store::test::ok_import("/a.fit"));
        transaction.commit();
    }
    Database other(m_path);
    EXPECT_TRUE(find_import_by_path(other, "/a.fit").has_value());
}

TEST_F(StoreTest, AnExceptionRollsTheTransactionBack) {
    auto failing_import = [&] {
        Transaction transaction(m_db);
        record_import(m_db, store::test::ok_import("/a.fit"));
        throw std::runtime_error("decoder failed half-way");
    };
    EXPECT_THROW(failing_import(), std::runtime_error);
    EXPECT_EQ(count("import_log"), 0);
}

TEST_F(StoreTest, NestedTransactionRollsBackAloneInsideTheOuterOne) {
    {
        Transaction outer(m_db);
        record_import(m_db, store::test::ok_import("/kept.fit"));
        {
            Transaction inner(m_db);
            record_import(m_db, store::test::ok_import("/dropped.fit"));
        }
        outer.commit();
    }
    EXPECT_TRUE(find_import_by_path(m_db, "/kept.fit").has_value());
    EXPECT_FALSE(find_import_by_path(m_db, "/dropped.fit").has_value());
}

TEST_F(StoreTest, OuterRollbackUndoesCommittedInnerTransactions) {
    {
        Transaction outer(m_db);
        Transaction inner(m_db);
        record_import(m_db, store::test::ok_import("/a.fit"));
        inner.commit();
    }
    EXPECT_EQ(count("import_log"), 0);
}

TEST_F(StoreTest, FailedInsertInsideAFileTransactionUndoesOnlyItself) {
    Transaction file(m_db);
    const std::int64_t import_id = record_import(m_db, store::test::ok_import("/a.fit"));
    domain::Activity activity;
    activity.laps.resize(3);
    EXPECT_ANY_THROW(insert_activity(m_db, activity, {}, import_id + 100));  // no such import: constraint fails
    EXPECT_EQ(count("activity"), 0);
    EXPECT_EQ(count("lap"), 0);
    insert_activity(m_db, activity, {}, import_id);
    file.commit();
    EXPECT_EQ(count("activity"), 1);
    EXPECT_EQ(count("lap"), 3);
}

TEST_F(StoreTest, ASecondWriterWaitsForTheFirstAndFailsAfterItsBusyTimeout) {
    Database second(m_path, {.busy_timeout = std::chrono::milliseconds{50}});
    {
        Transaction first(m_db);
        record_import(m_db, store::test::ok_import("/a.fit"));
        EXPECT_ANY_THROW(Transaction blocked(second));  // BEGIN IMMEDIATE cannot take the write lock
        first.commit();
    }
    Transaction now_free(second);
    record_import(second, store::test::ok_import("/b.fit"));
    now_free.commit();
    EXPECT_EQ(count("import_log"), 2);
}

// A read transaction is one snapshot: what another connection commits meanwhile is not seen until it ends (the
// report's consistency while an import runs).
TEST_F(StoreTest, AReadTransactionSeesOneSnapshotWhileAnotherConnectionCommits) {
    record_import(m_db, store::test::ok_import("/a.fit"));
    Database writer(m_path);
    {
        Transaction snapshot(m_db, Transaction::Kind::read);
        record_import(writer, store::test::ok_import("/b.fit"));
        EXPECT_EQ(count("import_log"), 1) << "the snapshot predates /b.fit";
        snapshot.commit();
    }
    EXPECT_EQ(count("import_log"), 2);
}

}  // namespace
}  // namespace ironstride::store::sqlite
