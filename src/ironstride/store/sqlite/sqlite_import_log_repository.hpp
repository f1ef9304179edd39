#pragma once

#include "ironstride/domain/athlete_id.hpp"
#include "ironstride/store/repositories.hpp"

namespace ironstride::store::sqlite {

class Database;

/// ImportLogRepository on the `import_log` table; deleting a row cascades to everything imported from it
/// (docs/database.md).
class SqliteImportLogRepository final : public ImportLogRepository {
public:
    SqliteImportLogRepository(Database& db, domain::AthleteId athlete, bool writable);

    std::int64_t record(const domain::ImportRecord& record) override;
    [[nodiscard]] std::optional<domain::ImportRecord> find_by_hash(std::string_view content_hash) override;
    [[nodiscard]] std::optional<domain::ImportRecord> find_by_path(std::string_view path) override;
    [[nodiscard]] std::vector<domain::ImportRecord> list() override;
    bool remove(std::string_view path) override;

private:
    bool delete_path(std::string_view path);

    Database& m_db;
    domain::AthleteId m_athlete;
    bool m_writable;
};

}  // namespace ironstride::store::sqlite
