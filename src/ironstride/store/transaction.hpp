#pragma once

namespace ironstride::store {

class Database;

/// RAII transaction: rolls back when it goes out of scope without commit(). The outermost Transaction on a
/// connection is `BEGIN IMMEDIATE` (the write lock is taken at once, so two writers wait on the busy timeout instead
/// of failing half-way; `BEGIN` on a read-only database), nested ones are savepoints, so a repository function
/// that writes several rows can open its own Transaction and still be part of the importer's per-file one.
/// Transactions on one connection must end in reverse order of creation (the natural order of scopes).
class Transaction {
public:
    explicit Transaction(Database& database);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    Transaction(Transaction&&) = delete;
    Transaction& operator=(Transaction&&) = delete;

    /// Makes the changes permanent (for a nested transaction: part of the enclosing one). Throws SQLite::Exception
    /// when SQLite refuses; the destructor then rolls back.
    void commit();

private:
    Database& m_database;
    int m_depth = 0;  ///< 0 = outermost
    bool m_finished = false;
};

}  // namespace ironstride::store
