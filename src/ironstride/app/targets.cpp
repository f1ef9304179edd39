#include "ironstride/app/targets.hpp"

#include "ironstride/profile/profile_loader.hpp"

namespace ironstride::app {

planner::TargetsReport targets(const TargetsRequest& request) {
    const domain::Athlete athlete = profile::load_profile(request.profile_path, request.today);
    return planner::build_targets_report(athlete, request.today, request.units.value_or(athlete.units));
}

}  // namespace ironstride::app
