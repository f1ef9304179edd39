#include "ironstride/store/sqlite/database.hpp"

#include <cassert>
#include <system_error>

#include <unistd.h>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>
#include <sqlite3.h>

#include "ironstride/store/sqlite/detail/guard.hpp"
#include "ironstride/store/sqlite/detail/wal_batch_vfs.hpp"
#include "ironstride/store/sqlite/migrations/migration.hpp"
#include "ironstride/store/sqlite/transaction.hpp"
#include "ironstride/util/error.hpp"

namespace ironstride::store::sqlite {

namespace {

/// Page cache per connection, in KiB (negative cache_size = KiB). Enough for the indexes and the recent pages of a
/// ten-year archive; the importer's peak memory budget (200 MB) leaves room for it.
constexpr int kCacheKibibytes = 16 * 1024;

constexpr const char* kOpenHint = "pass another file with --db PATH (or IRONSTRIDE_DB)";

/// Process-wide SQLite settings, applied before SQLite initialises (sqlite3_config refuses them afterwards, which
/// is harmless: SQLite keeps its defaults).
/// - MEMSTATUS off: SQLite otherwise counts every allocation under a global mutex, for sqlite3_memory_used(), which
///   we never call. Measured with bench/import_bench.sh: -2 % CPU of a single-core import.
void configure_sqlite_once() {
    static const bool configured = [] {
        (void)sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        return true;
    }();
    (void)configured;
}

}  // namespace

StatementLease::~StatementLease() {
    if (m_statement == nullptr) return;
    (void)m_statement->tryReset();
    try {
        m_statement->clearBindings();  // fails only on a misuse SQLite reports, never in practice
    } catch (const SQLite::Exception&) {
        assert(false && "sqlite3_clear_bindings failed");
    }
}

namespace {

/// True when this process may write the file at `path` (or create files in its folder, for `path` a folder).
bool writable(const std::filesystem::path& path) { return ::access(path.c_str(), W_OK) == 0; }

std::filesystem::path folder_of(const std::filesystem::path& path) {
    return path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
}

/// A writer that may not write the database or its folder is refused before SQLite opens the file: SQLite would
/// create -wal and -shm files owned by this user first, and leave them, so that the owner could no longer write.
void refuse_unwritable(const std::filesystem::path& path) {
    const bool file_ok = writable(path);
    if (file_ok && writable(folder_of(path))) return;
    throw util::Error(util::ErrorCode::storage_read_only,
                      fmt::format("{}: this user may not write the database{}", path.string(),
                                  file_ok ? "'s folder (SQLite keeps its -wal and -shm files beside it)" : ""))
        .with_hint("run the command as the database's owner, or copy the database and pass the copy with --db PATH; "
                   "reading commands (report, activities) work on it as it is");
}

/// Creates the database's folder (create mode), or checks that the file exists (the other modes).
void prepare_path(const std::filesystem::path& path, OpenOptions::Mode mode) {
    namespace fs = std::filesystem;
    std::error_code error;
    if (mode != OpenOptions::Mode::create) {
        if (mode == OpenOptions::Mode::read_write && fs::exists(path, error)) refuse_unwritable(path);
        if (!fs::exists(path, error)) {
            throw util::Error(util::ErrorCode::storage_no_database, fmt::format("{}: no database here", path.string())).with_hint("import some files first (`ironstride import`), or point --db / IRONSTRIDE_DB at it");
        }
        return;
    }
    if (fs::exists(path, error)) {
        refuse_unwritable(path);
        return;
    }
    if (!path.has_parent_path()) return;
    fs::create_directories(path.parent_path(), error);
    if (error) {
        throw util::Error(util::ErrorCode::storage_cannot_open, fmt::format("{}: cannot create the folder for the database: {}", path.string(), error.message())).with_hint(kOpenHint);
    }
}

int open_flags(OpenOptions::Mode mode) {
    switch (mode) {
        case OpenOptions::Mode::create: return SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE;
        case OpenOptions::Mode::read_write: return SQLite::OPEN_READWRITE;
        case OpenOptions::Mode::read_only: return SQLite::OPEN_READONLY;
    }
    return SQLite::OPEN_READONLY;
}


/// `path` as an SQLite URI path: the characters that would end or escape the path are percent-encoded.
std::string uri_path(const std::string& path) {
    std::string out;
    for (const char c : path) {
        if (c == '%' || c == '?' || c == '#') {
            out += fmt::format("%{:02X}", static_cast<unsigned char>(c));
        } else {
            out += c;
        }
    }
    return out;
}

/// What a connection opens: the path, or for a reader that may not write the database or its folder while no
/// writer is active (no -wal file), the file as immutable. SQLite reads a WAL database through a -shm index it
/// creates beside the file; a reader that cannot write the folder cannot read at all, and one that cannot write
/// the database leaves -wal and -shm behind, owned by the reader, so that the owner can no longer write. An
/// immutable open creates nothing and takes no lock; the price is that a writer starting during the read is not
/// seen (docs/database.md, "Permissions").
struct OpenTarget {
    std::string name;
    int extra_flags = 0;
};

OpenTarget open_target(const std::filesystem::path& path, OpenOptions::Mode mode) {
    if (mode != OpenOptions::Mode::read_only) return {path.string()};
    std::error_code error;
    const bool writer_active = std::filesystem::exists(path.string() + "-wal", error);
    if (writer_active || (writable(path) && writable(folder_of(path)))) return {path.string()};
    return {"file:" + uri_path(path.string()) + "?immutable=1", SQLite::OPEN_URI};
}

}  // namespace

Database::Database(const std::filesystem::path& path, OpenOptions options)
    : m_path(path), m_read_only(options.mode == OpenOptions::Mode::read_only) {
    prepare_path(path, options.mode);
    try {
        configure_sqlite_once();
        // The VFS gathers a commit's WAL frames into one write (detail/wal_batch_vfs.hpp).
        const OpenTarget target = open_target(path, options.mode);
        m_connection = std::make_unique<SQLite::Database>(target.name, open_flags(options.mode) | target.extra_flags,
                                                          static_cast<int>(options.busy_timeout.count()),
                                                          detail::wal_batch_vfs_name());
        const int version = check_identity();
        configure_connection();
        if (!m_read_only) migrate(version);
    } catch (const SQLite::Exception& error) {
        detail::throw_open_error(path, error, kOpenHint);
    }
}

int Database::check_identity() {
    const std::string shown = m_path.string();
    // The first statement reads the header: a file that is not SQLite fails here.
    const int application_id = m_connection->execAndGet("PRAGMA application_id").getInt();
    const int version = schema_version();
    const bool has_tables = m_connection->execAndGet("SELECT count(*) FROM sqlite_schema").getInt() > 0;
    if (application_id != migrations::kApplicationId && (application_id != 0 || has_tables)) {
        throw util::Error(util::ErrorCode::storage_not_ironstride, fmt::format("{}: not an ironstride database (a SQLite file of another program, "
                                       "application_id {:#x})",
                                       shown, static_cast<unsigned>(application_id))).with_hint(kOpenHint);
    }
    if (version > latest_schema_version()) {
        throw util::Error(util::ErrorCode::storage_schema_newer, fmt::format("{}: the database has schema version {}, newer than this ironstride "
                                       "understands (version {})",
                                       shown, version, latest_schema_version())).with_hint("upgrade ironstride, or use another database with --db PATH (or IRONSTRIDE_DB)");
    }
    if (m_read_only && version < latest_schema_version()) {
        throw util::Error(util::ErrorCode::storage_schema_older, fmt::format("{}: the database has schema version {} and needs upgrading to {}", shown,
                                       version, latest_schema_version())).with_hint("run a command that writes to it once (e.g. `ironstride import`)");
    }
    return version;
}

void Database::configure_connection() {
    if (!m_read_only) {
        // In WAL mode readers and the writer do not block each other and a commit appends to the WAL; see the
        // class comment for synchronous=NORMAL.
        m_connection->exec("PRAGMA journal_mode = WAL");
        m_connection->exec("PRAGMA synchronous = NORMAL");
    }
    // foreign_keys must be set outside any transaction.
    m_connection->exec("PRAGMA foreign_keys = ON");
    m_connection->exec(fmt::format("PRAGMA cache_size = -{}", kCacheKibibytes));
    m_connection->exec("PRAGMA temp_store = MEMORY");
}

void Database::migrate(int version) {
    for (const migrations::Migration& migration : migrations::all_migrations()) {
        if (migration.version <= version) continue;
        // A step that rebuilds tables runs with foreign keys off (the order of SQLite's "making other kinds of
        // table schema changes": dropping a parent table would otherwise cascade into its children) and checks
        // every reference before it commits. The pragma is a no-op inside a transaction, hence out here.
        if (migration.rebuilds_tables) m_connection->exec("PRAGMA foreign_keys = OFF");
        Transaction transaction(*this);
        // Another process may have migrated between our read and the write lock that BEGIN IMMEDIATE took.
        if (schema_version() < migration.version) {
            if (migration.version == 1) {
                execute(fmt::format("PRAGMA application_id = {}", migrations::kApplicationId).c_str());
            }
            m_connection->exec(std::string(migration.sql));
            if (migration.rebuilds_tables) check_foreign_keys(migration);
            execute(fmt::format("PRAGMA user_version = {}", migration.version).c_str());
        }
        transaction.commit();
        if (migration.rebuilds_tables) m_connection->exec("PRAGMA foreign_keys = ON");
    }
}

void Database::check_foreign_keys(const migrations::Migration& migration) {
    SQLite::Statement check(*m_connection, "PRAGMA foreign_key_check");
    if (!check.executeStep()) return;
    throw util::Error(util::ErrorCode::storage_corrupt, fmt::format("{}: migration to schema version {} ({}) left a dangling reference in table {}",
                                   m_path.string(), migration.version, migration.description,
                                   check.getColumn(0).getString())).with_hint("nothing was changed; please report this with a copy of the database");
}

Database::~Database() { close(); }

Database::Database(Database&& other) noexcept
    : m_path(std::move(other.m_path)),
      m_read_only(other.m_read_only),
      m_savepoint_depth(std::exchange(other.m_savepoint_depth, 0)),
      m_connection(std::move(other.m_connection)),
      m_statements(std::move(other.m_statements)) {}

Database& Database::operator=(Database&& other) noexcept {
    if (this != &other) {
        close();
        m_path = std::move(other.m_path);
        m_read_only = other.m_read_only;
        m_savepoint_depth = std::exchange(other.m_savepoint_depth, 0);
        m_connection = std::move(other.m_connection);
        m_statements = std::move(other.m_statements);
    }
    return *this;
}

void Database::close() noexcept {
    m_statements.clear();  // finalise every statement before the connection closes
    if (m_connection && !m_read_only && m_savepoint_depth == 0) {
        // Keeps the query planner's statistics fresh at little cost (SQLite's advice for long-lived databases).
        (void)m_connection->tryExec("PRAGMA optimize");
    }
    m_connection.reset();
}

int Database::latest_schema_version() { return migrations::all_migrations().back().version; }

int Database::schema_version() { return m_connection->execAndGet("PRAGMA user_version").getInt(); }

void Database::execute(const char* sql) { m_connection->exec(sql); }

StatementLease Database::statement(const char* sql) {
    auto [position, inserted] = m_statements.try_emplace(sql);
    if (inserted) {
        try {
            position->second = std::make_unique<SQLite::Statement>(*m_connection, sql);
        } catch (...) {
            m_statements.erase(position);
            throw;
        }
    }
    return StatementLease(*position->second);
}

bool Database::in_transaction() const noexcept { return sqlite3_get_autocommit(m_connection->getHandle()) == 0; }

std::int64_t Database::last_insert_id() const noexcept { return m_connection->getLastInsertRowid(); }

}  // namespace ironstride::store::sqlite
