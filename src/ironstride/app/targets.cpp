#include "ironstride/app/targets.hpp"

#include "ironstride/app/detail/athlete_history.hpp"
#include "ironstride/profile/profile_loader.hpp"

namespace ironstride::app {

planner::TargetsReport targets(StoreHandle& store, domain::AthleteId athlete, const TargetsRequest& request) {
    const domain::Athlete profile = profile::load_profile(request.profile_path, request.today);
    const detail::FoodBasis food = detail::logged_food_basis(store, athlete, profile, request.today);
    planner::TargetsReport report = planner::build_targets_report(
        planner::with_body(profile, food.body), request.today, request.units.value_or(profile.units), food.energy);
    report.body = food.body;
    report.notes.push_back(planner::body_note(food.body, profile));
    report.notes.push_back(planner::energy_note(food.energy));
    return report;
}

}  // namespace ironstride::app
