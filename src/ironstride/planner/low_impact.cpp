#include "ironstride/planner/low_impact.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace ironstride::planner {

namespace {

std::string joint_names(const domain::Athlete& athlete) {
    std::string names;
    for (const auto condition : athlete.conditions) {
        if (condition == domain::HealthCondition::osteopenia) continue;
        if (!names.empty()) names += ", ";
        names += domain::to_string(condition);
    }
    return names;
}

}  // namespace

bool has_condition(const domain::Athlete& athlete, domain::HealthCondition condition) {
    return std::find(athlete.conditions.begin(), athlete.conditions.end(), condition) != athlete.conditions.end();
}

bool has_joint_condition(const domain::Athlete& athlete) {
    using domain::HealthCondition;
    return has_condition(athlete, HealthCondition::knee_osteoarthritis) ||
           has_condition(athlete, HealthCondition::hip_osteoarthritis) ||
           has_condition(athlete, HealthCondition::recent_injury);
}

ImpactPolicy impact_policy(const domain::Athlete& athlete, int age) {
    ImpactPolicy policy;
    policy.water = athlete.equipment.pool || athlete.equipment.water_treadmill;
    const bool joint = has_joint_condition(athlete);
    policy.keep_one_land_run = has_condition(athlete, domain::HealthCondition::osteopenia);
    if (joint) {
        policy.no_hard_runs = true;
        policy.all_easy_in_water = policy.water;
        policy.easy_as_walks = !policy.water && has_condition(athlete, domain::HealthCondition::recent_injury);
        policy.why = fmt::format(
            "{}: low impact: {}; no high-impact intervals, land runs at most {:.0f} min (OARSI 2019: land-based "
            "exercise is the core treatment; Haupenthal 2010; Wilber 1996)",
            joint_names(athlete),
            policy.water           ? "easy runs in the water, where impact is cut but not the training"
            : policy.easy_as_walks ? "easy runs become brisk walks until your clinician clears running"
                                   : "no pool or water treadmill, so easy runs stay short and walking adds the rest",
            kJointLandRunCapMin);
    } else {
        const double bmi = athlete.height_m > 0 ? athlete.weight_kg / (athlete.height_m * athlete.height_m) : 0.0;
        policy.one_easy_in_water = policy.water && (age >= 60 || bmi >= 30.0 ||
                                                    athlete.experience == domain::RunningExperience::returning);
    }
    if (policy.keep_one_land_run) {
        policy.why += std::string(policy.why.empty() ? "" : "; ") +
                      "osteopenia: one run a week stays on land and the heavy lifting continues: impact and heavy "
                      "loading build bone (LIFTMOR, Watson 2018), water and cycling unload the skeleton";
    }
    return policy;
}

}  // namespace ironstride::planner
