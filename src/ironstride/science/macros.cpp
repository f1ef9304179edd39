#include "ironstride/science/macros.hpp"

#include <algorithm>

#include "ironstride/units/conversions.hpp"

namespace ironstride::science {

namespace {
using units::kDaysPerWeek;
constexpr double kPercent = 100.0;
/// Middle of the 0.8–1.0 g/lb band, used at maintenance.
constexpr double kProteinMidGPerLb = 0.9;
}  // namespace

double protein_g_per_lb(domain::Phase phase) {
    switch (phase) {
        case domain::Phase::cut: return kProteinHighGPerLb;
        case domain::Phase::maintain: return kProteinMidGPerLb;
        case domain::Phase::lean_bulk: return kProteinLowGPerLb;
    }
    return kProteinMidGPerLb;
}

double protein_g_per_kg(domain::Phase phase) { return protein_g_per_lb(phase) / units::kKilogramsPerPound; }

double protein_g(domain::Phase phase, double weight_kg) { return protein_g_per_kg(phase) * weight_kg; }

double protein_g_from_g_per_kg(double weight_kg, double g_per_kg) { return weight_kg * g_per_kg; }

double protein_g_from_g_per_lb(double weight_kg, double g_per_lb) { return units::kg_to_pounds(weight_kg) * g_per_lb; }

double protein_g_from_meals(double weight_kg, double g_per_kg_per_meal, int meals) {
    return weight_kg * g_per_kg_per_meal * meals;
}

const char* to_string(ThomasLoad load) {
    switch (load) {
        case ThomasLoad::light: return "light";
        case ThomasLoad::moderate: return "moderate";
        case ThomasLoad::high: return "high";
        case ThomasLoad::very_high: return "very_high";
    }
    return "?";
}

ThomasCarbRange thomas_carb_range(ThomasLoad load) {
    // evidence.md §5 "Carbohydrate periodisation" table.
    switch (load) {
        case ThomasLoad::light: return {3.0, 5.0};
        case ThomasLoad::moderate: return {5.0, 7.0};
        case ThomasLoad::high: return {6.0, 10.0};
        case ThomasLoad::very_high: return {8.0, 12.0};
    }
    return {3.0, 5.0};
}

double carbs_g_from_g_per_kg(double weight_kg, double g_per_kg) { return weight_kg * g_per_kg; }

double fat_floor_g(double weight_kg, double kcal_target) {
    return std::max(kFatFloorGPerKg * weight_kg, kFatFloorEnergyFraction * kcal_target / kKcalPerGramFat);
}

double weekly_mass_change_kg(double weight_kg, double rate_pct_per_week) {
    return rate_pct_per_week / kPercent * weight_kg;
}

double phase_adjust_kcal(domain::Phase phase, double rate_pct_per_week, double weight_kg, double maintenance_kcal) {
    const double from_rate =
        weekly_mass_change_kg(weight_kg, rate_pct_per_week) * kKcalPerKgBodyMassChange / kDaysPerWeek;
    switch (phase) {
        case domain::Phase::cut: return -from_rate;
        case domain::Phase::maintain: return 0.0;
        case domain::Phase::lean_bulk:
            // Capped at the top of Iraki's 10–20 % band; a lower rate may give less than 10 % (Iraki: advanced
            // lifters should be more conservative), so the floor of the band is not forced.
            return std::min(from_rate, kBulkSurplusMaxFraction * maintenance_kcal);
    }
    return 0.0;
}

}  // namespace ironstride::science
