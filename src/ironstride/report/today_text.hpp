#pragma once

#include <string>

#include "ironstride/planner/today.hpp"
#include "ironstride/domain/athlete.hpp"

namespace ironstride::report {

/// The human-readable `ironstride today`: readiness (green/amber/red) with each factor, today's sessions as planned
/// and as adapted with the reason, the food targets and the sleep target. Ends with a newline. (Today's numbers are
/// times, grams and kcal, the same in both unit systems; `units` is taken for symmetry with the other writers.)
[[nodiscard]] std::string render_today_text(const planner::TodayReport& report, domain::UnitSystem units);

}  // namespace ironstride::report
