#include "ironstride/analysis/running_start.hpp"

#include <chrono>

namespace ironstride::analysis {

std::optional<RunningStart> recent_running_start(const History& history, int within_days) {
    using std::chrono::days;
    std::optional<RunningStart> latest;
    std::optional<units::CivilDay> previous_run;
    for (const ActivityRecord& a : history.activities) {  // by start time, so by local day
        if (!a.is_run()) continue;
        if (!previous_run) {
            if (a.day - history.loaded_from >= days{kRunningRestartGapDays}) latest = RunningStart{a.day, false, 0};
        } else {
            const int gap = static_cast<int>((a.day - *previous_run).count()) - 1;
            if (gap >= kRunningRestartGapDays) latest = RunningStart{a.day, true, gap};
        }
        previous_run = a.day;
    }
    if (!latest || latest->day < history.range.last - days{within_days - 1} || latest->day > history.range.last) {
        return std::nullopt;
    }
    return latest;
}

}  // namespace ironstride::analysis
