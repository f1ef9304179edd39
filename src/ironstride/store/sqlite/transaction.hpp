#pragma once

namespace ironstride::store::sqlite {

class Database;

/// RAII transaction: rolls back when it goes out of scope without commit(). The outermost Transaction on a
/// connection is `BEGIN IMMEDIATE` for writes (the write lock is taken at once, so two writers wait on the busy
/// timeout instead of failing half-way) or a read snapshot (`BEGIN`, then a first read that pins the snapshot, so
/// every later statement sees the same committed state while other processes write); nested ones are savepoints,
/// so a repository function that writes several rows can open its own Transaction and still be part of the
/// importer's per-file one. Transactions on one connection must end in reverse order of creation.
class Transaction {
public:
    enum class Kind { write, read };
    /// A read-only database always gets a read transaction.
    explicit Transaction(Database& database, Kind kind = Kind::write);
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

}  // namespace ironstride::store::sqlite
