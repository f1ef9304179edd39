#include "ironstride/store/sqlite/sqlite_store.hpp"

#include <stdexcept>

#include <SQLiteCpp/Database.h>
#include <sqlite3.h>
#include <fmt/format.h>

#include "ironstride/store/sqlite/detail/file_lock.hpp"
#include "ironstride/store/sqlite/detail/guard.hpp"
#include "ironstride/store/sqlite/sqlite_activity_repository.hpp"
#include "ironstride/store/sqlite/sqlite_calendar_repository.hpp"
#include "ironstride/store/sqlite/sqlite_checkin_repository.hpp"
#include "ironstride/store/sqlite/sqlite_daily_log_repository.hpp"
#include "ironstride/store/sqlite/sqlite_import_log_repository.hpp"
#include "ironstride/store/sqlite/sqlite_metrics_repository.hpp"
#include "ironstride/store/sqlite/transaction.hpp"
#include "ironstride/util/error.hpp"

namespace ironstride::store::sqlite {

namespace {

/// One transaction with the six repositories bound to its athlete.
class SqliteUnitOfWork final : public UnitOfWork {
public:
    SqliteUnitOfWork(Database& db, domain::AthleteId athlete, Transaction::Kind kind)
        : m_athlete(athlete),
          m_transaction(db, kind),
          m_activities(db, athlete, kind == Transaction::Kind::write),
          m_daily_logs(db, athlete, kind == Transaction::Kind::write),
          m_checkins(db, athlete, kind == Transaction::Kind::write),
          m_import_log(db, athlete, kind == Transaction::Kind::write),
          m_metrics(db, athlete, kind == Transaction::Kind::write),
          m_calendar(db, athlete, kind == Transaction::Kind::write),
          m_db(db) {}

    [[nodiscard]] domain::AthleteId athlete() const noexcept override { return m_athlete; }
    [[nodiscard]] ActivityRepository& activities() override { return m_activities; }
    [[nodiscard]] DailyLogRepository& daily_logs() override { return m_daily_logs; }
    [[nodiscard]] CheckinRepository& checkins() override { return m_checkins; }
    [[nodiscard]] ImportLogRepository& import_log() override { return m_import_log; }
    [[nodiscard]] MetricsRepository& metrics() override { return m_metrics; }
    [[nodiscard]] CalendarRepository& calendar() override { return m_calendar; }
    void commit() override {
        detail::guarded(m_db, [&] { m_transaction.commit(); });
    }

private:
    domain::AthleteId m_athlete;
    Transaction m_transaction;
    SqliteActivityRepository m_activities;
    SqliteDailyLogRepository m_daily_logs;
    SqliteCheckinRepository m_checkins;
    SqliteImportLogRepository m_import_log;
    SqliteMetricsRepository m_metrics;
    SqliteCalendarRepository m_calendar;
    Database& m_db;
};

/// Connection settings for the length of an import, restored afterwards (the connection may be used for more).
///
/// - wal_autocheckpoint: SQLite checkpoints the WAL into the database every kImportCheckpointPages pages instead of
///   the connection's setting (SQLite's default: 1000). Each checkpoint rewrites the pages that changed and syncs
///   the file twice, and the same B-tree pages (import_log, the activity indexes) change with every file. The WAL is
///   checkpointed and removed when the last connection closes; a crash meanwhile loses nothing (the WAL is the log).
/// - cache_size: an import appends and never reads back what it wrote, so a page cache larger than a commit only
///   costs: SQLite allocates (and the kernel faults in) a fresh buffer for every page until the cache is full,
///   where a small cache recycles a few hot buffers. kImportCacheKibibytes holds the largest commits (a day of
///   100 Hz samples is about 2 MB encoded). Measured with bench/import_bench.sh: -6 % CPU (16 MiB → 2 MiB).
class SqliteBulkWriteSession final : public BulkWriteSession {
public:
    static constexpr int kImportCheckpointPages = 16384;
    static constexpr int kImportCacheKibibytes = 2048;

    explicit SqliteBulkWriteSession(Database& db)
        : m_db(db),
          m_previous_checkpoint_pages(db.connection().execAndGet("PRAGMA wal_autocheckpoint").getInt()),
          m_previous_cache_size(db.connection().execAndGet("PRAGMA cache_size").getInt()) {
        m_db.execute(fmt::format("PRAGMA wal_autocheckpoint = {}", kImportCheckpointPages).c_str());
        m_db.execute(fmt::format("PRAGMA cache_size = -{}", kImportCacheKibibytes).c_str());
    }
    ~SqliteBulkWriteSession() override {
        try {
            m_db.execute(fmt::format("PRAGMA wal_autocheckpoint = {}", m_previous_checkpoint_pages).c_str());
            m_db.execute(fmt::format("PRAGMA cache_size = {}", m_previous_cache_size).c_str());
        } catch (const std::exception&) {  // NOLINT(bugprone-empty-catch): the settings only matter to later work
        }
    }
    SqliteBulkWriteSession(const SqliteBulkWriteSession&) = delete;
    SqliteBulkWriteSession& operator=(const SqliteBulkWriteSession&) = delete;
    SqliteBulkWriteSession(SqliteBulkWriteSession&&) = delete;
    SqliteBulkWriteSession& operator=(SqliteBulkWriteSession&&) = delete;

private:
    Database& m_db;
    int m_previous_checkpoint_pages;
    int m_previous_cache_size;
};

}  // namespace

SqliteStore::SqliteStore(const std::filesystem::path& path, OpenOptions options) : m_db(path, options) {}

std::string SqliteStore::location() const { return m_db.path().string(); }

bool SqliteStore::read_only() const noexcept { return m_db.read_only(); }

std::unique_ptr<UnitOfWork> SqliteStore::write(domain::AthleteId athlete) {
    if (m_db.read_only()) {
        throw util::Error(util::ErrorCode::storage_read_only, fmt::format("{}: the database was opened read-only", location())).with_hint("run a command that writes (e.g. `ironstride import`)");
    }
    return detail::guarded(m_db, [&] { return std::make_unique<SqliteUnitOfWork>(m_db, athlete, Transaction::Kind::write); });
}

std::unique_ptr<UnitOfWork> SqliteStore::read(domain::AthleteId athlete) {
    return detail::guarded(m_db, [&] { return std::make_unique<SqliteUnitOfWork>(m_db, athlete, Transaction::Kind::read); });
}

domain::AthleteId SqliteStore::create_athlete(std::string_view name) {
    return detail::guarded(m_db, [&] {
        Transaction transaction(m_db);
        auto statement = m_db.statement(
            "INSERT INTO athlete (name, created_at) VALUES (?, CAST(strftime('%s', 'now') AS INTEGER))");
        statement->bind(1, std::string(name));
        statement->exec();
        const domain::AthleteId id{m_db.last_insert_id()};
        transaction.commit();
        return id;
    });
}

std::unique_ptr<BulkWriteSession> SqliteStore::bulk_writes() {
    return detail::guarded(m_db, [&] { return std::make_unique<SqliteBulkWriteSession>(m_db); });
}

std::optional<DataVersion> SqliteStore::data_version() {
    if (m_db.in_transaction()) return std::nullopt;  // an open unit's own changes are not committed yet
    return detail::guarded(m_db, [&] {
        DataVersion version;
        version.committed_elsewhere = m_db.connection().execAndGet("PRAGMA data_version").getInt64();
        version.changed_here = sqlite3_total_changes64(m_db.connection().getHandle());
        return std::optional<DataVersion>(version);
    });
}

std::unique_ptr<ImportLock> SqliteStore::lock_imports(const std::function<void()>& before_waiting) {
    return std::make_unique<detail::FileLock>(m_db.path().string() + "-import.lock", before_waiting);
}

}  // namespace ironstride::store::sqlite

namespace ironstride::store {

std::unique_ptr<Store> open_store(const std::filesystem::path& path, OpenOptions options) {
    return std::make_unique<sqlite::SqliteStore>(path, options);
}

}  // namespace ironstride::store
