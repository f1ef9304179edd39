#include "ironstride/store/metrics_repository.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include "ironstride/store/database.hpp"
#include "ironstride/store/detail/activity_rows.hpp"
#include "ironstride/store/detail/sql.hpp"

namespace ironstride::store {

namespace {

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

void write_metrics(Database& db, const ActivityMetrics& metrics) {
    auto statement = db.statement(
        "INSERT OR REPLACE INTO activity_metrics (activity_id, computed_version, trimp, hr_tss, srpe_load, zone1_s, "
        "zone2_s, zone3_s, zone4_s, zone5_s) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
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
    statement->exec();
}

std::optional<ActivityMetrics> read_metrics(Database& db, std::int64_t activity_id) {
    static const std::string sql =
        fmt::format("SELECT {} FROM activity_metrics AS m WHERE m.activity_id = ?", kMetricColumns);
    auto statement = db.statement(sql.c_str());
    statement->bind(1, activity_id);
    if (!statement->executeStep()) return std::nullopt;
    return read_metrics_row(*statement, 0);
}

std::vector<std::int64_t> activities_needing_metrics(Database& db, int computed_version) {
    auto statement = db.statement(
        "SELECT a.id FROM activity AS a LEFT JOIN activity_metrics AS m ON m.activity_id = a.id "
        "WHERE m.activity_id IS NULL OR m.computed_version < ? ORDER BY a.id");
    statement->bind(1, computed_version);
    std::vector<std::int64_t> ids;
    while (statement->executeStep()) ids.push_back(statement->getColumn(0).getInt64());
    return ids;
}

std::vector<ActivityWithMetrics> list_activities_with_metrics(Database& db, const ActivityFilter& filter) {
    const std::string sql = fmt::format(
        "SELECT {}, {} FROM activity AS a LEFT JOIN activity_metrics AS m ON m.activity_id = a.id{} "
        "ORDER BY a.start_utc, a.id",
        detail::kSummaryColumns, kMetricColumns, detail::filter_clause(filter));
    auto statement = db.statement(sql.c_str());
    detail::bind_filter(*statement, filter);
    std::vector<ActivityWithMetrics> rows;
    while (statement->executeStep()) {
        rows.push_back({detail::read_summary(*statement), read_metrics_row(*statement, detail::kSummaryColumnCount)});
    }
    return rows;
}

}  // namespace ironstride::store
