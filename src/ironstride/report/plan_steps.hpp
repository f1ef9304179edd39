#pragma once

#include <string>
#include <vector>

#include "ironstride/domain/athlete.hpp"
#include "ironstride/planner/plan.hpp"

namespace ironstride::report {

/// The steps of a planned session as readable lines, targets in the athlete's units: heart-rate bands in bpm, paces
/// per km or per mile (report/unit_format), treadmill belt speed and grade for treadmill sessions. Repeat blocks are
/// folded into one line ("4 × (Run 30 s, Walk 1:30 min)"). Lifts and rest days get one line each.
[[nodiscard]] std::vector<std::string> session_steps(const planner::PlannedSession& session,
                                                     domain::UnitSystem units);

/// "Mon", "Tue", …
[[nodiscard]] const char* weekday_short(units::CivilDay day);

}  // namespace ironstride::report
