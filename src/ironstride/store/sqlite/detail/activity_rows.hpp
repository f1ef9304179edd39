#pragma once

#include <string>

#include <SQLiteCpp/Statement.h>

#include "ironstride/domain/athlete_id.hpp"
#include "ironstride/domain/stored_activity.hpp"

namespace ironstride::store::sqlite::detail {

/// The activity columns behind ActivitySummary, for queries on `activity AS a`, and how many there are.
inline constexpr const char* kSummaryColumns =
    "a.id, a.source_path, a.format, a.sport, a.sport_inferred, a.sub_sport, a.name, a.start_utc, a.utc_offset_min, "
    "a.elapsed_s, a.timer_s, a.distance_m, a.avg_hr_bpm, a.max_hr_bpm, a.ascent_m, a.rpe, a.record_count, "
    "a.set_count";
inline constexpr int kSummaryColumnCount = 18;

/// Reads kSummaryColumns starting at `first_column`.
[[nodiscard]] domain::ActivitySummary read_summary(const SQLite::Statement& row, int first_column = 0);

/// " WHERE …" selecting one athlete's activities of the filter on `activity AS a`, with one `?` per condition (the
/// athlete first), in the order bind_filter binds them.
[[nodiscard]] std::string filter_clause(const domain::ActivityFilter& filter);
/// Binds the athlete and the filter's values from parameter `first_index`; returns the next free index.
int bind_filter(SQLite::Statement& statement, domain::AthleteId athlete, const domain::ActivityFilter& filter,
                int first_index = 1);

}  // namespace ironstride::store::sqlite::detail
