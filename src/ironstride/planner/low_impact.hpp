#pragma once

#include <string>

#include "ironstride/domain/athlete.hpp"

namespace ironstride::planner {

/// How much impact the athlete's running may carry (evidence.md §15 "Low-impact alternatives, joints and bone"):
/// - a joint condition (knee or hip osteoarthritis, a recent injury) moves every easy run into the water when there
///   is a pool or water treadmill (Haupenthal 2010: 0.80 × body weight at chest depth; Wilber 1996, Bushman 1997:
///   deep-water running keeps aerobic fitness for 4–6 weeks), drops the high-impact intervals, and keeps land runs
///   short (kJointLandRunCapMin); a recent injury without water turns easy runs into brisk walks (a return to
///   running is for the athlete's clinician);
/// - osteopenia keeps one run a week on land and the heavy lifting, because impact and heavy loading build bone
///   (LIFTMOR, Watson 2018) and water unloads the skeleton;
/// - otherwise, older athletes (60+), BMI 30+ (Nielsen 2014) and returning runners with water run one easy run a week
///   in it.
struct ImpactPolicy {
    bool water = false;            ///< a pool or water treadmill
    bool all_easy_in_water = false;
    bool one_easy_in_water = false;
    bool keep_one_land_run = false;  ///< osteopenia
    bool easy_as_walks = false;
    bool no_hard_runs = false;
    std::string why;  ///< the reason each changed session carries; empty when nothing changes
};

/// Land runs with a joint condition stay this short (a product rule; OARSI 2019 keeps land-based exercise the core
/// treatment, and recreational running was not linked to more osteoarthritis, Alentorn-Geli 2017).
inline constexpr double kJointLandRunCapMin = 30.0;

[[nodiscard]] bool has_condition(const domain::Athlete& athlete, domain::HealthCondition condition);
/// Knee or hip osteoarthritis, or a recent injury.
[[nodiscard]] bool has_joint_condition(const domain::Athlete& athlete);

[[nodiscard]] ImpactPolicy impact_policy(const domain::Athlete& athlete, int age);

}  // namespace ironstride::planner
