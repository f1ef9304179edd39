#pragma once

#include <string>

#include <SQLiteCpp/Statement.h>

#include "ironstride/store/activity_repository.hpp"

namespace ironstride::store::detail {

/// The activity columns behind ActivitySummary, for queries on `activity AS a`, and how many there are.
inline constexpr const char* kSummaryColumns =
    "a.id, a.source_path, a.format, a.sport, a.sub_sport, a.name, a.start_utc, a.utc_offset_min, a.elapsed_s, "
    "a.timer_s, a.distance_m, a.avg_hr_bpm, a.max_hr_bpm, a.record_count, a.set_count";
inline constexpr int kSummaryColumnCount = 15;

/// Reads kSummaryColumns starting at `first_column`.
[[nodiscard]] ActivitySummary read_summary(const SQLite::Statement& row, int first_column = 0);

/// " WHERE …" selecting the filter's activities on `activity AS a` (empty when it selects all), with one `?` per
/// condition, in the order bind_filter binds them.
[[nodiscard]] std::string filter_clause(const ActivityFilter& filter);
/// Binds the filter's values from parameter `first_index`; returns the next free index.
int bind_filter(SQLite::Statement& statement, const ActivityFilter& filter, int first_index = 1);

}  // namespace ironstride::store::detail
