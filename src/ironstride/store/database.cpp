#include "ironstride/store/database.hpp"

#include <cassert>
#include <system_error>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>
#include <sqlite3.h>

#include "ironstride/store/detail/wal_batch_vfs.hpp"
#include "ironstride/store/migrations/migration.hpp"
#include "ironstride/store/transaction.hpp"
#include "ironstride/util/error.hpp"

namespace ironstride::store {

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

Database::Database(const std::filesystem::path& path, OpenOptions options)
    : m_path(path), m_read_only(options.mode == OpenOptions::Mode::read_only) {
    namespace fs = std::filesystem;
    const std::string shown = path.string();
    if (options.mode == OpenOptions::Mode::create) {
        if (path.has_parent_path()) {
            std::error_code error;
            fs::create_directories(path.parent_path(), error);
            if (error) {
                throw util::IoError(
                    fmt::format("{}: cannot create the folder for the database: {}", shown, error.message()), kOpenHint);
            }
        }
    } else {
        std::error_code error;
        if (!fs::exists(path, error)) {
            throw util::IoError(fmt::format("{}: no database here", shown),
                                "import some files first (`ironstride import`), or point --db / IRONSTRIDE_DB at it");
        }
    }

    int flags = SQLite::OPEN_READONLY;
    if (options.mode == OpenOptions::Mode::create) flags = SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE;
    if (options.mode == OpenOptions::Mode::read_write) flags = SQLite::OPEN_READWRITE;
    try {
        configure_sqlite_once();
        // The VFS gathers a commit's WAL frames into one write (detail/wal_batch_vfs.hpp).
        m_connection = std::make_unique<SQLite::Database>(path, flags, static_cast<int>(options.busy_timeout.count()),
                                                          detail::wal_batch_vfs_name());
        // The first statement reads the header: a file that is not SQLite fails here.
        const int application_id = m_connection->execAndGet("PRAGMA application_id").getInt();
        const int version = schema_version();
        const bool has_tables = m_connection->execAndGet("SELECT count(*) FROM sqlite_schema").getInt() > 0;
        if (application_id != migrations::kApplicationId && (application_id != 0 || has_tables)) {
            throw util::IoError(fmt::format("{}: not an ironstride database (a SQLite file of another program, "
                                            "application_id {:#x})",
                                            shown, static_cast<unsigned>(application_id)),
                                kOpenHint);
        }
        if (version > latest_schema_version()) {
            throw util::IoError(fmt::format("{}: the database has schema version {}, newer than this ironstride "
                                            "understands (version {})",
                                            shown, version, latest_schema_version()),
                                "upgrade ironstride, or use another database with --db PATH (or IRONSTRIDE_DB)");
        }
        if (m_read_only) {
            if (version < latest_schema_version()) {
                throw util::IoError(fmt::format("{}: the database has schema version {} and needs upgrading to {}",
                                                shown, version, latest_schema_version()),
                                    "run a command that writes to it once (e.g. `ironstride import`)");
            }
        } else {
            // In WAL mode readers and the writer do not block each other and a commit appends to the WAL; see the
            // class comment for synchronous=NORMAL. foreign_keys must be set outside any transaction.
            m_connection->exec("PRAGMA journal_mode = WAL");
            m_connection->exec("PRAGMA synchronous = NORMAL");
        }
        m_connection->exec("PRAGMA foreign_keys = ON");
        m_connection->exec(fmt::format("PRAGMA cache_size = -{}", kCacheKibibytes));
        m_connection->exec("PRAGMA temp_store = MEMORY");

        for (const migrations::Migration& migration : migrations::all_migrations()) {
            if (m_read_only || migration.version <= version) continue;
            Transaction transaction(*this);
            // Another process may have migrated between our read and the write lock that BEGIN IMMEDIATE took.
            if (schema_version() >= migration.version) continue;
            if (migration.version == 1) execute(fmt::format("PRAGMA application_id = {}", migrations::kApplicationId).c_str());
            m_connection->exec(std::string(migration.sql));
            execute(fmt::format("PRAGMA user_version = {}", migration.version).c_str());
            transaction.commit();
        }
    } catch (const SQLite::Exception& error) {
        throw util::IoError(fmt::format("{}: cannot open the database: {}", shown, error.what()), kOpenHint);
    }
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

}  // namespace ironstride::store
