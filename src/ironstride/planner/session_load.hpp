#pragma once

#include <optional>
#include <span>
#include <vector>

#include "ironstride/planner/plan.hpp"
#include "ironstride/science/day_nutrition.hpp"

namespace ironstride::planner {

/// The energy model's view of one planned session; empty for rest and for sessions of no length. Both the plan's
/// day targets and `today`'s adapted day size food from it.
[[nodiscard]] std::optional<science::SessionLoad> session_load(const PlannedSession& session);

/// The loads of the sessions that have one, in order.
[[nodiscard]] std::vector<science::SessionLoad> session_loads(std::span<const PlannedSession> sessions);
[[nodiscard]] std::vector<science::SessionLoad> session_loads(std::span<const PlannedSession* const> sessions);

}  // namespace ironstride::planner
