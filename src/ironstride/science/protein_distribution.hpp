#pragma once

#include <string_view>

namespace ironstride::science {

/// How a day's protein is spread over meals (evidence.md §5 "Protein", §14 "Protein distribution, older adults"):
/// - at least 4 meals of about 0.4 g/kg each (Schoenfeld & Aragon 2018), never more than 0.55 g/kg in one (the top
///   of their range and of Iraki 2019's 0.40–0.55), so a larger day takes more meals, up to 6 (Iraki 2019: 3–6);
/// - leucine per meal: 0.7–3 g for everyone (ISSN, Jäger 2017); from 65, 25–30 g of protein per meal holding about
///   2.5–2.8 g of leucine (PROT-AGE, Bauer 2013 — flagged in evidence.md as still to confirm), and at least 0.4 g/kg
///   per meal, the dose that maximised synthesis in older men (Moore 2015, also to confirm).
struct ProteinDistribution {
    int meals = 0;
    double per_meal_g = 0;
    double leucine_low_g = 0;
    double leucine_high_g = 0;
    bool older_adult = false;  ///< the 65+ amounts apply
};

inline constexpr std::string_view kProteinDistributionSource =
    "Schoenfeld & Aragon 2018 (0.4 g/kg per meal over at least 4 meals); Iraki 2019 (0.40-0.55 g/kg, 3-6 meals); "
    "Jäger 2017, ISSN (0.7-3 g leucine per serving); from 65: Bauer 2013, PROT-AGE (25-30 g with 2.5-2.8 g leucine "
    "per meal), Moore 2015 (0.40 g/kg per meal)";
inline constexpr int kMinProteinMeals = 4;
inline constexpr int kMaxProteinMeals = 6;
inline constexpr double kProteinPerMealGPerKg = 0.40;
inline constexpr double kMaxProteinPerMealGPerKg = 0.55;
inline constexpr int kOlderAdultProteinAge = 65;
inline constexpr double kOlderAdultMinPerMealG = 25.0;

/// The distribution of `daily_protein_g` for a body mass and age. Requires weight_kg > 0.
[[nodiscard]] ProteinDistribution protein_distribution(double daily_protein_g, double weight_kg, int age_years);

}  // namespace ironstride::science
