#include "ironstride/science/protein_distribution.hpp"

#include <algorithm>
#include <cmath>

namespace ironstride::science {

ProteinDistribution protein_distribution(double daily_protein_g, double weight_kg, int age_years) {
    ProteinDistribution out;
    const int needed = static_cast<int>(std::ceil(daily_protein_g / (kMaxProteinPerMealGPerKg * weight_kg) - 1e-9));
    out.meals = std::clamp(needed, kMinProteinMeals, kMaxProteinMeals);
    out.per_meal_g = daily_protein_g / out.meals;
    out.older_adult = age_years >= kOlderAdultProteinAge;
    if (out.older_adult) {
        // Older muscle needs the larger dose at each meal: never below 25 g or 0.4 g/kg (PROT-AGE; Moore 2015).
        out.per_meal_g = std::max({out.per_meal_g, kOlderAdultMinPerMealG, kProteinPerMealGPerKg * weight_kg});
        out.leucine_low_g = 2.5;
        out.leucine_high_g = 2.8;
    } else {
        out.leucine_low_g = 0.7;
        out.leucine_high_g = 3.0;
    }
    return out;
}

}  // namespace ironstride::science
