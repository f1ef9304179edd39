#pragma once

#include <span>
#include <string>

#include "ironstride/domain/athlete.hpp"
#include "ironstride/domain/stored_activity.hpp"

namespace ironstride::report {

/// `ironstride activities` as a text table (one line per activity, local start time when the offset is known,
/// distance and pace in the chosen units).
[[nodiscard]] std::string render_activities_text(std::span<const domain::ActivitySummary> activities,
                                                 domain::UnitSystem units);
/// `ironstride activities --json`: a list of objects {id, source_path, format, sport, sub_sport, name, start_utc,
/// utc_offset_min, elapsed_s, timer_s, distance_m, avg_hr_bpm, max_hr_bpm, record_count, set_count}; SI units,
/// null where the file had no such value (docs/commands/activities.md).
[[nodiscard]] std::string render_activities_json(std::span<const domain::ActivitySummary> activities);

/// `ironstride show ID`: the summary, laps, strength sets and which sample channels were recorded.
[[nodiscard]] std::string render_activity_text(const domain::StoredActivity& stored, domain::UnitSystem units);
/// `ironstride show ID --json`: the summary fields of render_activities_json plus device, calories, ascent,
/// descent, speeds, rpe, laps[], sets[] and samples {count, channels[]}.
[[nodiscard]] std::string render_activity_json(const domain::StoredActivity& stored);

}  // namespace ironstride::report
