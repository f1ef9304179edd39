#include "ironstride/app/plan.hpp"

#include <chrono>

#include <fmt/format.h>

#include "ironstride/app/detail/athlete_history.hpp"
#include "ironstride/planner/constraints.hpp"
#include "ironstride/planner/planner.hpp"
#include "ironstride/profile/profile_loader.hpp"
#include "ironstride/science/heart_rate_profile.hpp"
#include "ironstride/util/error.hpp"

namespace ironstride::app {

units::CivilDay default_plan_start(units::CivilDay today) {
    const int weekday = units::iso_weekday_index(today);
    return today + std::chrono::days{(7 - weekday) % 7};
}

namespace {

/// What the database holds before the plan's start, or nothing without a database.
planner::TrainingHistory logged_history(StoreHandle& handle, domain::AthleteId athlete, units::CivilDay start,
                                        const domain::Athlete& profile) {
    store::Store* store = handle.find();
    if (store == nullptr) return {};
    const units::CivilDay day_before = start - std::chrono::days{1};
    const analysis::History history = [&] {
        const auto snapshot = store->read(athlete);
        return detail::load_activities_and_checkins(*snapshot, {day_before, day_before});
    }();
    return planner::training_history(history, start, planner::sleep_target_h(profile, profile.age_on(start)),
                                     science::heart_rate_profile(profile, start).max_hr_bpm);
}

}  // namespace

PlanResult plan(StoreHandle& store, domain::AthleteId athlete, const PlanRequest& request) {
    if (request.weeks < 1 || request.weeks > kMaxPlanWeeks) {
        throw util::Error(util::ErrorCode::usage_out_of_range, fmt::format("--weeks {} is out of range", request.weeks)).with_hint(fmt::format("use 1 to {} weeks", kMaxPlanWeeks));
    }
    PlanResult result;
    result.athlete = profile::load_profile(request.profile_path, request.today);
    const units::CivilDay start = request.start.value_or(default_plan_start(request.today));
    const planner::TrainingHistory history = logged_history(store, athlete, start, result.athlete);
    const detail::FoodBasis food = detail::logged_food_basis(store, athlete, result.athlete, request.today);
    result.plan =
        planner::make_plan(planner::with_body(result.athlete, food.body), start, request.weeks, history, food.energy);
    result.plan.body = food.body;
    return result;
}

}  // namespace ironstride::app
