#include "ironstride/planner/week_food.hpp"

#include <algorithm>

#include "ironstride/science/macros.hpp"

namespace ironstride::planner {

namespace {

/// Below this the week is on its phase's energy (rounding of a few grams).
constexpr double kBalancedKcal = 1.0;

bool balanced_by_the_week(const PlanDay& day) { return day.nutrition.event_fuel.empty(); }

/// A day that was not raised above its phase energy can give some of its energy to the week.
bool can_give(const NutritionTarget& n) { return n.kcal <= n.phase_kcal + kBalancedKcal; }

/// Takes up to `wanted` kcal off the days in proportion to what `slack_kcal` says each can give, through `take`.
template <typename Slack, typename Take>
double take_in_proportion(std::vector<PlanDay>& days, double wanted, Slack slack_kcal, Take take) {
    double total = 0;
    for (const PlanDay& day : days) {
        if (balanced_by_the_week(day) && can_give(day.nutrition)) total += slack_kcal(day.nutrition);
    }
    if (total <= 0 || wanted <= 0) return 0;
    const double taken = std::min(wanted, total);
    for (PlanDay& day : days) {
        if (!balanced_by_the_week(day) || !can_give(day.nutrition)) continue;
        const double share = taken * slack_kcal(day.nutrition) / total;
        take(day.nutrition, share);
        day.nutrition.kcal -= share;
    }
    return taken;
}

/// Takes `wanted` kcal back off the raised days' carbohydrate, in proportion to how far each was raised (`raised`
/// in all), never under their phase energy nor under no carbohydrate; returns what was taken.
double give_back_on_raised_days(std::vector<PlanDay>& days, double wanted, double raised) {
    if (wanted < kBalancedKcal) return 0;
    double taken = 0;
    for (PlanDay& day : days) {
        NutritionTarget& n = day.nutrition;
        const double above = n.kcal - n.phase_kcal;
        if (!balanced_by_the_week(day) || above <= 0) continue;
        const double share = std::min({wanted * above / raised, above, n.carbs_g * science::kKcalPerGramCarbohydrate});
        n.carbs_g -= share / science::kKcalPerGramCarbohydrate;
        n.kcal -= share;
        n.carbs_below_band = n.carbs_below_band || n.carbs_g < n.carbs_band_floor_g - kBalancedKcal;
        taken += share;
    }
    return taken;
}

}  // namespace

WeekEnergyBalance balance_week_energy(std::vector<PlanDay>& days) {
    using science::kKcalPerGramCarbohydrate;
    using science::kKcalPerGramFat;
    WeekEnergyBalance result;
    for (const PlanDay& day : days) {
        if (balanced_by_the_week(day)) result.raised_kcal += std::max(0.0, day.nutrition.kcal - day.nutrition.phase_kcal);
    }
    if (result.raised_kcal < kBalancedKcal) return result;
    const double from_fat = take_in_proportion(
        days, result.raised_kcal,
        [](const NutritionTarget& n) { return std::max(0.0, n.fat_g - n.fat_floor_g) * kKcalPerGramFat; },
        [](NutritionTarget& n, double kcal) { n.fat_g -= kcal / kKcalPerGramFat; });
    const double from_carbs = take_in_proportion(
        days, result.raised_kcal - from_fat,
        [](const NutritionTarget& n) {
            return std::max(0.0, n.carbs_g - n.carbs_band_floor_g) * kKcalPerGramCarbohydrate;
        },
        [](NutritionTarget& n, double kcal) { n.carbs_g -= kcal / kKcalPerGramCarbohydrate; });
    result.moved_kcal = from_fat + from_carbs;
    result.held_back_kcal = give_back_on_raised_days(days, result.raised_kcal - result.moved_kcal, result.raised_kcal);
    result.unbalanced_kcal = result.raised_kcal - result.moved_kcal - result.held_back_kcal;
    return result;
}

}  // namespace ironstride::planner
