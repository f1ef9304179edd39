#include "ironstride/app/targets.hpp"

#include "ironstride/app/detail/athlete_history.hpp"
#include "ironstride/profile/profile_loader.hpp"

namespace ironstride::app {

planner::TargetsReport targets(StoreHandle& store, domain::AthleteId athlete, const TargetsRequest& request) {
    const domain::Athlete profile = profile::load_profile(request.profile_path, request.today);
    const planner::BodyUsed body = detail::logged_body(store, athlete, profile, request.today);
    const planner::EnergyUsed energy = detail::logged_energy(store, athlete, profile, request.today);
    planner::TargetsReport report = planner::build_targets_report(
        planner::with_body(profile, body), request.today, request.units.value_or(profile.units), energy);
    report.body = body;
    report.notes.push_back(planner::body_note(body, profile));
    report.notes.push_back(planner::energy_note(energy));
    return report;
}

}  // namespace ironstride::app
