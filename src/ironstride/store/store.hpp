#pragma once

#include <compare>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "ironstride/domain/athlete_id.hpp"
#include "ironstride/store/repositories.hpp"

namespace ironstride::store {

/// One transaction on one athlete's data, through the repositories it hands out (STYLE habit 21). A write unit
/// holds the write lock from the start, so two writers wait for each other instead of failing half-way; a read unit
/// is one consistent snapshot: what it reads does not change under it while others write. Without commit(), the
/// destructor rolls back. Not thread-safe; units of one Store must end in reverse order of opening.
class UnitOfWork {
public:
    UnitOfWork() = default;
    virtual ~UnitOfWork() = default;
    UnitOfWork(const UnitOfWork&) = delete;
    UnitOfWork& operator=(const UnitOfWork&) = delete;
    UnitOfWork(UnitOfWork&&) = delete;
    UnitOfWork& operator=(UnitOfWork&&) = delete;

    /// Whose rows this unit sees.
    [[nodiscard]] virtual domain::AthleteId athlete() const noexcept = 0;

    [[nodiscard]] virtual ActivityRepository& activities() = 0;
    [[nodiscard]] virtual DailyLogRepository& daily_logs() = 0;
    [[nodiscard]] virtual CheckinRepository& checkins() = 0;
    [[nodiscard]] virtual ImportLogRepository& import_log() = 0;
    [[nodiscard]] virtual MetricsRepository& metrics() = 0;
    [[nodiscard]] virtual CalendarRepository& calendar() = 0;

    /// Makes a write unit's changes permanent (ends a read unit's snapshot). A storage util::Error when the storage
    /// refuses; nothing of the unit is kept then.
    virtual void commit() = 0;
};

/// Keeps a store tuned for a long run of write units (an import) while it lives; the store's own settings come
/// back when it ends.
class BulkWriteSession {
public:
    BulkWriteSession() = default;
    virtual ~BulkWriteSession() = default;
    BulkWriteSession(const BulkWriteSession&) = delete;
    BulkWriteSession& operator=(const BulkWriteSession&) = delete;
    BulkWriteSession(BulkWriteSession&&) = delete;
    BulkWriteSession& operator=(BulkWriteSession&&) = delete;
};

/// Held while one import writes: a second import of the same store waits for it (and then finds the files the
/// first one stored unchanged) instead of decoding and writing every file again. Released when destroyed.
class ImportLock {
public:
    ImportLock() = default;
    virtual ~ImportLock() = default;
    ImportLock(const ImportLock&) = delete;
    ImportLock& operator=(const ImportLock&) = delete;
    ImportLock(ImportLock&&) = delete;
    ImportLock& operator=(ImportLock&&) = delete;
};

/// Which committed state of a store's data a reader saw: equal versions mean nothing was committed in between, by
/// this store or by another process. What a front end computed from the data stays valid while it is equal.
struct DataVersion {
    std::int64_t committed_elsewhere = 0;  ///< moves when another connection or process commits
    std::int64_t changed_here = 0;         ///< moves with every row this store changed
    friend auto operator<=>(const DataVersion&, const DataVersion&) = default;
};

/// Where athletes' data lives (an SQLite file today; a PostgreSQL server for coach mode). Opened by open_store
/// (open_store.hpp); the application layer opens units of work on it, one per imported file, one per read.
class Store {
public:
    Store() = default;
    virtual ~Store() = default;
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;
    Store(Store&&) = delete;
    Store& operator=(Store&&) = delete;

    /// Where the data is, for messages ("/home/me/.local/share/ironstride/ironstride.db").
    [[nodiscard]] virtual std::string location() const = 0;
    /// True when the store was opened read-only: write() then fails.
    [[nodiscard]] virtual bool read_only() const noexcept = 0;

    /// A unit that writes `athlete`'s data.
    [[nodiscard]] virtual std::unique_ptr<UnitOfWork> write(domain::AthleteId athlete) = 0;
    /// A consistent snapshot of `athlete`'s data.
    [[nodiscard]] virtual std::unique_ptr<UnitOfWork> read(domain::AthleteId athlete) = 0;
    /// Adds an athlete (coach mode; a local database has only domain::kLocalAthlete) and returns its id.
    [[nodiscard]] virtual domain::AthleteId create_athlete(std::string_view name) = 0;
    /// Tunes the store for many write units in a row (see BulkWriteSession).
    [[nodiscard]] virtual std::unique_ptr<BulkWriteSession> bulk_writes() = 0;
    /// The version of the data committed now (see DataVersion); nothing when the store cannot tell, and then nothing
    /// computed from it may be kept. Not inside a unit of work.
    [[nodiscard]] virtual std::optional<DataVersion> data_version() = 0;
    /// Takes the store's import lock, waiting while another process (or thread) holds it; `before_waiting` is
    /// called once when it must wait, so that the user learns why nothing happens.
    [[nodiscard]] virtual std::unique_ptr<ImportLock> lock_imports(const std::function<void()>& before_waiting) = 0;
};

}  // namespace ironstride::store
