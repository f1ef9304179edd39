#pragma once

#include <filesystem>
#include <optional>

#include "ironstride/app/store_access.hpp"
#include "ironstride/domain/athlete.hpp"
#include "ironstride/domain/athlete_id.hpp"
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

/// The use case `plan`: loads the profile, reads the athlete's logged runs and check-ins before the start when
/// there is a database (one read snapshot; none is created), and plans the weeks from them (planner::make_plan).
/// util::Error for a number of weeks out of range; profile::load_profile's errors; storage errors.
[[nodiscard]] PlanResult plan(StoreHandle& store, domain::AthleteId athlete, const PlanRequest& request);

}  // namespace ironstride::app
