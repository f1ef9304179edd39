#pragma once

#include <string>

#include "ironstride/planner/targets_report.hpp"

namespace ironstride::report {

/// The human-readable form of `ironstride targets`: sections for the athlete, heart rate, paces and treadmill
/// speeds, race predictions, energy, the four reference days, notes and sources. Units follow report.units
/// (unit_format.hpp). Ends with a newline. The layout is for people; scripts should read the JSON form.
[[nodiscard]] std::string render_targets_text(const planner::TargetsReport& report);

}  // namespace ironstride::report
