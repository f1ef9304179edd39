#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "ironstride/store/open_store.hpp"

namespace SQLite {
class Database;
class Statement;
}  // namespace SQLite

namespace ironstride::store::sqlite {

namespace migrations {
struct Migration;
}  // namespace migrations

/// A prepared statement borrowed from Database's cache: use it through `->`; when the lease ends, the statement is
/// reset and its bindings cleared, ready for the next caller. Move-only; it must not outlive its Database.
class StatementLease {
public:
    explicit StatementLease(SQLite::Statement& statement) noexcept : m_statement(&statement) {}
    ~StatementLease();
    StatementLease(StatementLease&& other) noexcept : m_statement(std::exchange(other.m_statement, nullptr)) {}
    StatementLease& operator=(StatementLease&&) = delete;
    StatementLease(const StatementLease&) = delete;
    StatementLease& operator=(const StatementLease&) = delete;

    SQLite::Statement* operator->() const noexcept { return m_statement; }
    SQLite::Statement& operator*() const noexcept { return *m_statement; }

private:
    SQLite::Statement* m_statement;
};

/// The ironstride SQLite database: one connection, owned (RAII). Opening it sets
/// - `journal_mode=WAL`: readers never block the single writer, and a commit is one append to the WAL;
/// - `synchronous=NORMAL`: in WAL mode a commit is atomic and survives the process being killed (SIGKILL, a
///   crash) because the WAL is written before COMMIT returns; only a power cut or OS crash can lose the last few
///   commits (never corrupt the file). The importer can simply re-run then, since every file is one transaction
///   and unchanged files are skipped by hash. FULL would fsync on every file's commit for no gain in that case;
/// - `foreign_keys=ON` (cascading deletes from import_log down to samples, laps and sets);
/// - a busy timeout, and a 16 MiB page cache;
/// then applies the pending migrations (store/sqlite/migrations/), each in its own transaction.
///
/// Errors (all storage util::Error naming the path, with a hint): the file cannot be created or opened, is not a SQLite
/// database, belongs to another application, or was written by a newer ironstride (schema version above
/// latest_schema_version()). SQL errors later on propagate as SQLite::Exception; the repositories translate them
/// into storage util::Error at the store boundary (sqlite_guard.hpp).
///
/// Not thread-safe: one Database per thread (the importer's single writer thread owns one).
class Database {
public:
    explicit Database(const std::filesystem::path& path, OpenOptions options = {});
    ~Database();
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// The schema version this build creates and understands (the number of migrations).
    [[nodiscard]] static int latest_schema_version();
    /// The schema version stored in the file (`PRAGMA user_version`).
    [[nodiscard]] int schema_version();

    [[nodiscard]] const std::filesystem::path& path() const noexcept { return m_path; }
    [[nodiscard]] bool read_only() const noexcept { return m_read_only; }

    /// The underlying SQLiteCpp connection, for the repositories.
    [[nodiscard]] SQLite::Database& connection() noexcept { return *m_connection; }

    /// Runs one or more SQL statements without results.
    void execute(const char* sql);

    /// A cached prepared statement for `sql` (prepared on first use; `sql` is the cache key).
    [[nodiscard]] StatementLease statement(const char* sql);

    /// True while a transaction is open on this connection.
    [[nodiscard]] bool in_transaction() const noexcept;

    /// Last INSERT's rowid on this connection.
    [[nodiscard]] std::int64_t last_insert_id() const noexcept;

private:
    friend class Transaction;
    /// Refuses files of other programs and of newer ironstride versions; returns the stored schema version.
    int check_identity();
    void configure_connection();
    /// Applies the migrations after `version`, each in its own transaction.
    void migrate(int version);
    void check_foreign_keys(const migrations::Migration& migration);
    void close() noexcept;

    std::filesystem::path m_path;
    bool m_read_only = false;
    int m_savepoint_depth = 0;  ///< nesting of Transaction objects (the outer one is BEGIN, inner ones SAVEPOINTs)
    std::unique_ptr<SQLite::Database> m_connection;
    // Declared after the connection so that statements are finalised before it closes.
    std::unordered_map<std::string, std::unique_ptr<SQLite::Statement>> m_statements;
};

}  // namespace ironstride::store::sqlite
