#include "ironstride/store/sqlite/sqlite_metrics_repository.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include "ironstride/store/sqlite/database.hpp"
#include "ironstride/store/sqlite/detail/activity_rows.hpp"
#include "ironstride/store/sqlite/detail/guard.hpp"
#include "ironstride/store/sqlite/detail/sql.hpp"
#include "ironstride/util/error.hpp"

namespace ironstride::store::sqlite {

namespace {

using domain::ActivityMetrics;
using domain::kCachedZoneCount;

constexpr const char* kMetricColumns =
    "m.activity_id, m.computed_version, m.trimp, m.hr_tss, m.srpe_load, m.zone1_s, m.zone2_s, m.zone3_s, m.zone4_s, "
    "m.zone5_s";

/// Reads kMetricColumns from `c`; nullopt when the (LEFT JOINed) row is absent.
std::optional<ActivityMetrics> read_metrics_row(const SQLite::Statement& row, int c) {
    if (row.getColumn(c).isNull()) return std::nullopt;
    ActivityMetrics metrics;
    metrics.activity_id = row.getColumn(c).getInt64();
    metrics.computed_version = row.getColumn(c + 1).getInt();
    metrics.trimp = detail::optional_double(row, c + 2);
    metrics.hr_tss = detail::optional_double(row, c + 3);
    metrics.srpe_load = detail::optional_double(row, c + 4);
    if (!row.getColumn(c + 5).isNull()) {
        std::array<double, kCachedZoneCount> zones{};
        for (std::size_t z = 0; z < kCachedZoneCount; ++z) {
            zones[z] = row.getColumn(c + 5 + static_cast<int>(z)).getDouble();
        }
        metrics.time_in_zone_s = zones;
    }
    return metrics;
}

}  // namespace

SqliteMetricsRepository::SqliteMetricsRepository(Database& db, domain::AthleteId athlete, bool writable)
    : m_db(db), m_athlete(athlete), m_writable(writable) {}

void SqliteMetricsRepository::write(const ActivityMetrics& metrics) {
    detail::require_writable(m_writable, "MetricsRepository::write");
    const bool written = detail::guarded(m_db, [&] {
        // INSERT … SELECT … WHERE: nothing is written for an activity of another athlete.
        auto statement = m_db.statement(
            "INSERT OR REPLACE INTO activity_metrics (activity_id, computed_version, trimp, hr_tss, srpe_load, "
            "zone1_s, zone2_s, zone3_s, zone4_s, zone5_s) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ? "
            "WHERE EXISTS (SELECT 1 FROM activity WHERE id = ?1 AND athlete_id = ?11)");
        statement->bind(1, metrics.activity_id);
        statement->bind(2, metrics.computed_version);
        detail::bind_optional(*statement, 3, metrics.trimp);
        detail::bind_optional(*statement, 4, metrics.hr_tss);
        detail::bind_optional(*statement, 5, metrics.srpe_load);
        for (std::size_t z = 0; z < kCachedZoneCount; ++z) {
            const int index = 6 + static_cast<int>(z);
            detail::bind_optional(*statement, index,
                                  metrics.time_in_zone_s ? std::optional{(*metrics.time_in_zone_s)[z]} : std::nullopt);
        }
        statement->bind(11, m_athlete.value);
        return statement->exec() > 0;
    });
    if (!written) {
        throw util::Error(util::ErrorCode::storage_changed_meanwhile, fmt::format("{}: no activity {} to cache metrics for", m_db.path().string(),
                                       metrics.activity_id)).with_hint("it was deleted meanwhile (a re-import); run the command again");
    }
}

std::optional<ActivityMetrics> SqliteMetricsRepository::read(std::int64_t activity_id) {
    return detail::guarded(m_db, [&]() -> std::optional<ActivityMetrics> {
        static const std::string sql = fmt::format(
            "SELECT {} FROM activity_metrics AS m JOIN activity AS a ON a.id = m.activity_id "
            "WHERE m.activity_id = ? AND a.athlete_id = ?",
            kMetricColumns);
        auto statement = m_db.statement(sql.c_str());
        statement->bind(1, activity_id);
        statement->bind(2, m_athlete.value);
        if (!statement->executeStep()) return std::nullopt;
        return read_metrics_row(*statement, 0);
    });
}

std::vector<std::int64_t> SqliteMetricsRepository::stale(int computed_version) {
    return detail::guarded(m_db, [&] {
        auto statement = m_db.statement(
            "SELECT a.id FROM activity AS a LEFT JOIN activity_metrics AS m ON m.activity_id = a.id "
            "WHERE a.athlete_id = ? AND (m.activity_id IS NULL OR m.computed_version < ?) ORDER BY a.id");
        statement->bind(1, m_athlete.value);
        statement->bind(2, computed_version);
        std::vector<std::int64_t> ids;
        while (statement->executeStep()) ids.push_back(statement->getColumn(0).getInt64());
        return ids;
    });
}

std::vector<domain::ActivityWithMetrics> SqliteMetricsRepository::list_with_activities(
    const domain::ActivityFilter& filter) {
    return detail::guarded(m_db, [&] {
        const std::string sql = fmt::format(
            "SELECT {}, {} FROM activity AS a LEFT JOIN activity_metrics AS m ON m.activity_id = a.id{} "
            "ORDER BY a.start_utc, a.id",
            detail::kSummaryColumns, kMetricColumns, detail::filter_clause(filter));
        auto statement = m_db.statement(sql.c_str());
        detail::bind_filter(*statement, m_athlete, filter);
        std::vector<domain::ActivityWithMetrics> rows;
        while (statement->executeStep()) {
            rows.push_back(
                {detail::read_summary(*statement), read_metrics_row(*statement, detail::kSummaryColumnCount)});
        }
        return rows;
    });
}

}  // namespace ironstride::store::sqlite
