#include "ironstride/app/plan.hpp"

#include <chrono>

#include <fmt/format.h>

#include "ironstride/planner/planner.hpp"
#include "ironstride/profile/profile_loader.hpp"
#include "ironstride/util/error.hpp"

namespace ironstride::app {

units::CivilDay default_plan_start(units::CivilDay today) {
    const int weekday = units::iso_weekday_index(today);
    return today + std::chrono::days{(7 - weekday) % 7};
}

PlanResult plan(const PlanRequest& request) {
    if (request.weeks < 1 || request.weeks > kMaxPlanWeeks) {
        throw util::Error(util::ErrorCode::usage_out_of_range, fmt::format("--weeks {} is out of range", request.weeks)).with_hint(fmt::format("use 1 to {} weeks", kMaxPlanWeeks));
    }
    PlanResult result;
    result.athlete = profile::load_profile(request.profile_path, request.today);
    const units::CivilDay start = request.start.value_or(default_plan_start(request.today));
    result.plan = planner::make_plan(result.athlete, start, request.weeks);
    return result;
}

}  // namespace ironstride::app
