#pragma once

#include <vector>

#include "ironstride/planner/plan.hpp"

namespace ironstride::planner {

/// What balance_week_energy moved.
struct WeekEnergyBalance {
    double raised_kcal = 0;     ///< what the days' floors added above their phase energy, summed over the week
    double moved_kcal = 0;      ///< what came back off the other days
    double held_back_kcal = 0;  ///< what the raised days gave back themselves, out of their carbohydrate
    double unbalanced_kcal = 0;  ///< what no day could give (the week's mean stays above the phase's by this / 7)
};

/// Holds the week's mean planned intake on the phase's mean (maintenance ± the phase's surplus or deficit, issue 14):
/// the energy a day's floors added (the Thomas 2016 carbohydrate band floor on maintain and lean bulk, or protein and
/// the fat floor over a steep cut's target; science::day_nutrition) comes back off the other days, first their fat
/// above its floor, then their carbohydrate above their band's floor, each day in proportion to what it can give.
/// The carbohydrate goes where the training is (Thomas 2016, evidence.md §5 "Carbohydrate periodisation") and the
/// week still lands on the phase's rate. When the other days sit on their floors already, the raised days give the
/// rest back out of their own carbohydrate, which then falls under their band and is flagged (carbs_below_band), as
/// on a cut: the phase's weekly energy comes first. Only protein and fat floors above a day's phase energy (a steep
/// cut) can leave energy unbalanced. Days fed for an event (carbohydrate loading, race or show day, the climb
/// back after a show: NutritionTarget::event_fuel) are neither raised nor lowered here: the event sets them.
WeekEnergyBalance balance_week_energy(std::vector<PlanDay>& days);

}  // namespace ironstride::planner
