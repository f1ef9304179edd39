#pragma once

#include "ironstride/domain/athlete_id.hpp"
#include "ironstride/store/repositories.hpp"

namespace ironstride::store::sqlite {

class Database;

/// DailyLogRepository on the `body_day`, `sleep_day` and `nutrition_day` tables (docs/database.md).
class SqliteDailyLogRepository final : public DailyLogRepository {
public:
    SqliteDailyLogRepository(Database& db, domain::AthleteId athlete, bool writable);

    std::vector<domain::DaySourceConflict> upsert_body(std::span<const domain::BodyEntry> entries,
                                                       std::optional<std::int64_t> import_id) override;
    std::vector<domain::DaySourceConflict> upsert_sleep(std::span<const domain::SleepEntry> entries,
                                                        std::optional<std::int64_t> import_id) override;
    std::vector<domain::DaySourceConflict> upsert_nutrition(std::span<const domain::NutritionEntry> entries,
                                                            std::optional<std::int64_t> import_id) override;
    [[nodiscard]] std::vector<domain::BodyEntry> body(domain::DayRange range) override;
    [[nodiscard]] std::vector<domain::SleepEntry> sleep(domain::DayRange range) override;
    [[nodiscard]] std::vector<domain::NutritionEntry> nutrition(domain::DayRange range) override;

private:
    /// The days of `import_id`'s rows in `table` that other sources give too.
    std::vector<domain::DaySourceConflict> conflicts(domain::DailyKind kind, const char* table,
                                                     std::optional<std::int64_t> import_id);

    Database& m_db;
    domain::AthleteId m_athlete;
    bool m_writable;
};

}  // namespace ironstride::store::sqlite
