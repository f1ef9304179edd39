#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "ironstride/store/open_store.hpp"
#include "ironstride/store/sqlite/database.hpp"
#include "ironstride/store/store.hpp"

namespace ironstride::store::sqlite {

/// The Store on one SQLite database file (database.hpp: WAL, foreign keys, migrations). Units of work are
/// transactions on its one connection: a write unit is BEGIN IMMEDIATE, a read unit a pinned read snapshot.
class SqliteStore final : public Store {
public:
    SqliteStore(const std::filesystem::path& path, OpenOptions options);

    [[nodiscard]] std::string location() const override;
    [[nodiscard]] bool read_only() const noexcept override;
    [[nodiscard]] std::unique_ptr<UnitOfWork> write(domain::AthleteId athlete) override;
    [[nodiscard]] std::unique_ptr<UnitOfWork> read(domain::AthleteId athlete) override;
    [[nodiscard]] domain::AthleteId create_athlete(std::string_view name) override;
    [[nodiscard]] std::unique_ptr<BulkWriteSession> bulk_writes() override;
    /// PRAGMA data_version (moves when another connection commits) and this connection's total changes.
    [[nodiscard]] std::optional<DataVersion> data_version() override;
    /// An advisory lock (flock) on "DATABASE-import.lock" beside the database; the kernel drops it when the process
    /// dies, so a killed import never leaves it held.
    [[nodiscard]] std::unique_ptr<ImportLock> lock_imports(const std::function<void()>& before_waiting) override;

    /// The connection, for the SQLite-specific tests and benchmarks.
    [[nodiscard]] Database& database() noexcept { return m_db; }

private:
    Database m_db;
};

}  // namespace ironstride::store::sqlite
