#pragma once

#include "ironstride/domain/athlete_id.hpp"
#include "ironstride/store/repositories.hpp"

namespace ironstride::store::sqlite {

class Database;

/// MetricsRepository on the `activity_metrics` table, reached through the athlete's `activity` rows.
class SqliteMetricsRepository final : public MetricsRepository {
public:
    SqliteMetricsRepository(Database& db, domain::AthleteId athlete, bool writable);

    void write(const domain::ActivityMetrics& metrics) override;
    [[nodiscard]] std::optional<domain::ActivityMetrics> read(std::int64_t activity_id) override;
    [[nodiscard]] std::vector<std::int64_t> stale(int computed_version) override;
    [[nodiscard]] std::vector<domain::ActivityWithMetrics> list_with_activities(
        const domain::ActivityFilter& filter) override;

private:
    Database& m_db;
    domain::AthleteId m_athlete;
    bool m_writable;
};

}  // namespace ironstride::store::sqlite
