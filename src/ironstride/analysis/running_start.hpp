#pragma once

#include <optional>

#include "ironstride/analysis/history.hpp"
#include "ironstride/units/civil_time.hpp"

namespace ironstride::analysis {

/// A gap this long without a run makes the next run a restart (evidence.md §16 starts its return heuristics at
/// "out 1–2 weeks"; the programming issue's "gap of 2+ weeks"; the planner's kBreakMinDays is the same).
inline constexpr int kRunningRestartGapDays = 14;

/// When the athlete's running began or began again: the first run of the loaded history (nothing logged in the
/// kRunningRestartGapDays before it) or the first run after a gap of that length.
struct RunningStart {
    units::CivilDay day{};
    bool restart = false;  ///< runs were logged before the gap; false: the first run of the loaded history
    int gap_days = 0;      ///< days without a run before `day`, exclusive of both ends (restarts only)
};

/// The latest running start in the history, when its day is within `within_days` before history.range.last (that
/// day included) and the history was loaded from at least kRunningRestartGapDays before it, so a first run is a real
/// start and not the edge of what was read. Nothing when the runs show no start in that time.
[[nodiscard]] std::optional<RunningStart> recent_running_start(const History& history, int within_days);

}  // namespace ironstride::analysis
