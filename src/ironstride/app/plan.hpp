#pragma once

#include <filesystem>
#include <optional>

#include "ironstride/domain/athlete.hpp"
#include "ironstride/planner/plan.hpp"
#include "ironstride/units/civil_time.hpp"

namespace ironstride::app {

/// The longest plan one request makes.
inline constexpr int kMaxPlanWeeks = 104;

struct PlanRequest {
    std::filesystem::path profile_path;
    int weeks = 12;                        ///< 1 … kMaxPlanWeeks
    std::optional<units::CivilDay> start;  ///< default: the Monday on or after today
    units::CivilDay today{};
};

struct PlanResult {
    domain::Athlete athlete;  ///< the profile the plan was made for (its units, its name)
    planner::Plan plan;
};

/// The Monday on or after `today`.
[[nodiscard]] units::CivilDay default_plan_start(units::CivilDay today);

/// The use case `plan`: loads the profile and plans the weeks (planner::make_plan). util::Error for a number
/// of weeks out of range; profile::load_profile's errors.
[[nodiscard]] PlanResult plan(const PlanRequest& request);

}  // namespace ironstride::app
