#include "ironstride/store/transaction.hpp"

#include <stdexcept>

#include "ironstride/store/activity_repository.hpp"
#include "ironstride/store/database.hpp"
#include "unit/store/store_fixture.hpp"

namespace ironstride::store {
namespace {

using test::StoreTest;

TEST_F(StoreTest, TransactionWithoutCommitLeavesNothing) {
    {
        Transaction transaction(m_db);
        EXPECT_TRUE(m_db.in_transaction());
        const std::int64_t import_id = record_import(m_db, test::ok_import("/a.fit"));
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
        record_import(m_db, test::ok_import("/a.fit"));
        transaction.commit();
    }
    Database other(m_path);
    EXPECT_TRUE(find_import_by_path(other, "/a.fit").has_value());
}

TEST_F(StoreTest, AnExceptionRollsTheTransactionBack) {
    auto failing_import = [&] {
        Transaction transaction(m_db);
        record_import(m_db, test::ok_import("/a.fit"));
        throw std::runtime_error("decoder failed half-way");
    };
    EXPECT_THROW(failing_import(), std::runtime_error);
    EXPECT_EQ(count("import_log"), 0);
}

TEST_F(StoreTest, NestedTransactionRollsBackAloneInsideTheOuterOne) {
    {
        Transaction outer(m_db);
        record_import(m_db, test::ok_import("/kept.fit"));
        {
            Transaction inner(m_db);
            record_import(m_db, test::ok_import("/dropped.fit"));
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
        record_import(m_db, test::ok_import("/a.fit"));
        inner.commit();
    }
    EXPECT_EQ(count("import_log"), 0);
}

TEST_F(StoreTest, FailedInsertInsideAFileTransactionUndoesOnlyItself) {
    Transaction file(m_db);
    const std::int64_t import_id = record_import(m_db, test::ok_import("/a.fit"));
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
        record_import(m_db, test::ok_import("/a.fit"));
        EXPECT_ANY_THROW(Transaction blocked(second));  // BEGIN IMMEDIATE cannot take the write lock
        first.commit();
    }
    Transaction now_free(second);
    record_import(second, test::ok_import("/b.fit"));
    now_free.commit();
    EXPECT_EQ(count("import_log"), 2);
}

}  // namespace
}  // namespace ironstride::store
