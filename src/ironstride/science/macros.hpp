#pragma once

#include <string_view>

#include "ironstride/domain/athlete.hpp"

namespace ironstride::science {

// Macronutrient targets. evidence.md §5 "Protein", "Carbohydrate periodisation", "Fat floor", "Rates of weight
// change".

inline constexpr std::string_view kProteinSource =
    "0.8-1.0 g/lb = 1.76-2.20 g/kg: Morton 2018 (Br J Sports Med 52:376), Iraki 2019 (Sports 7:154), "
    "Helms 2014 (JISSN 11:20)";
inline constexpr std::string_view kCarbSource = "Thomas, Erdman & Burke 2016 (Med Sci Sports Exerc 48:543-568)";
inline constexpr std::string_view kFatSource =
    "floor max(0.5 g/kg, 15 % of energy): Iraki 2019 (Sports 7:154), Helms 2014 (JISSN 11:20)";
inline constexpr std::string_view kWeightChangeSource =
    "Helms 2014 (loss 0.5-1 %/wk), Iraki 2019 (gain 0.25-0.5 %/wk, 10-20 % surplus)";

/// Atwater general factors, kcal per gram. Not in evidence.md (it gives no energy density for macronutrients); these
/// are the standard food-labelling values.
inline constexpr double kKcalPerGramProtein = 4.0;
inline constexpr double kKcalPerGramCarbohydrate = 4.0;
inline constexpr double kKcalPerGramFat = 9.0;

/// Energy per kg of body-mass change. evidence.md has NO line for this number (flagged here on purpose). We use
/// 7700 kcal/kg, the usual "3500 kcal per lb" rule (Wishnofsky 1958, outside the evidence base), treating the change
/// as mostly adipose tissue. Early losses (water, glycogen) cost less, so early on the scale moves at least as fast
/// as planned; what keeps a cut safe is the rate itself (Helms 2014: 0.5–1 %/week) and the energy-availability check
/// (DayNutrition). For a lean bulk the rate-derived surplus is also capped at the top of Iraki 2019's 10–20 %.
inline constexpr double kKcalPerKgBodyMassChange = 7700.0;

/// "0.8–1 g per lb" band, in g per lb of body mass (evidence.md §5 Protein: = 1.76–2.20 g/kg).
inline constexpr double kProteinLowGPerLb = 0.8;
inline constexpr double kProteinHighGPerLb = 1.0;

/// Grams of protein per lb of body mass by phase, within 0.8–1.0 g/lb:
/// - cut → 1.0 (top): deficits need more protein to keep lean mass (Helms 2014: 2.3–3.1 g/kg LBM in contest prep;
///   Jäger 2017: 2.3–3.1 g/kg in deficits);
/// - maintain → 0.9 (middle of the band);
/// - lean_bulk → 0.8 (bottom = 1.76 g/kg): already above Morton 2018's 1.62 g/kg plateau for fat-free-mass gain and
///   inside Iraki 2019's 1.6–2.2 g/kg for off-season bodybuilders; the energy surplus spares protein.
[[nodiscard]] double protein_g_per_lb(domain::Phase phase);
/// protein_g_per_lb(phase) converted to g/kg (÷ 0.45359237).
[[nodiscard]] double protein_g_per_kg(domain::Phase phase);
/// Daily protein in grams for a body mass and phase.
[[nodiscard]] double protein_g(domain::Phase phase, double weight_kg);

/// Protein for a body mass at a g/kg rate (e.g. Morton 1.6 → 128 g at 80 kg; [TEST VECTOR]).
[[nodiscard]] double protein_g_from_g_per_kg(double weight_kg, double g_per_kg);
/// Protein for a body mass at a g/lb rate ("0.8–1 g/lb" at 80 kg → 141.1–176.4 g; [TEST VECTOR]).
[[nodiscard]] double protein_g_from_g_per_lb(double weight_kg, double g_per_lb);
/// Daily protein from per-meal servings: g/kg per meal × body mass × meals (Iraki 2019 0.40–0.55 g/kg/meal;
/// 0.4 × 80 × 4 = 128 g [TEST VECTOR]).
[[nodiscard]] double protein_g_from_meals(double weight_kg, double g_per_kg_per_meal, int meals);

/// Training-load bands of Thomas, Erdman & Burke 2016 (from Burke 2011), carbohydrate in g/kg/day:
/// light (low intensity or skill-based) 3–5, moderate (~1 h/day) 5–7, high (1–3 h/day, moderate–high intensity)
/// 6–10, very high (> 4–5 h/day) 8–12. ("Extreme", > 12, has no upper bound and is not offered.)
enum class ThomasLoad { light, moderate, high, very_high };

struct ThomasCarbRange {
    double low_g_per_kg = 0;
    double high_g_per_kg = 0;
};

[[nodiscard]] const char* to_string(ThomasLoad load);
[[nodiscard]] ThomasCarbRange thomas_carb_range(ThomasLoad load);

/// Carbohydrate in grams for a body mass at a g/kg rate (Thomas 2016; 70 kg light 3–5 → 210–350 g [TEST VECTOR]).
[[nodiscard]] double carbs_g_from_g_per_kg(double weight_kg, double g_per_kg);

/// Iraki 2019 fat floor: 0.5 g/kg/day (bottom of 0.5–1.5 g/kg).
inline constexpr double kFatFloorGPerKg = 0.5;
/// Helms 2014 fat floor: 15 % of energy (bottom of 15–30 %).
inline constexpr double kFatFloorEnergyFraction = 0.15;

/// The share of the day's energy fat gets above its floor: 25 %, inside Helms 2014's 15–30 % [V] and the ACSM/ADA/DC
/// 20–35 % (Rodriguez 2009 [R]), evidence.md §5 "Fat floor". Carbohydrate's band floor (Thomas 2016) comes first on
/// training days, so fat gives back toward its floor, never under it, when both cannot hold (day_nutrition).
inline constexpr double kFatShareOfEnergy = 0.25;

/// Fat floor in grams: the larger of Iraki's 0.5 g/kg and Helms's 15 % of the day's energy target, so neither the
/// per-kg nor the share-of-energy floor of the evidence is broken. (Rodriguez 2009's 20–35 % is [R] and not used.)
[[nodiscard]] double fat_floor_g(double weight_kg, double kcal_target);

/// Planned body-mass change in kg per week: rate_pct_per_week / 100 × weight (80 kg at 0.5–1 % → 0.4–0.8 kg/wk;
/// [TEST VECTOR] evidence.md §5 "Rates of weight change").
[[nodiscard]] double weekly_mass_change_kg(double weight_kg, double rate_pct_per_week);

/// Iraki 2019 lean-bulk surplus band as a fraction of maintenance energy.
inline constexpr double kBulkSurplusMinFraction = 0.10;
inline constexpr double kBulkSurplusMaxFraction = 0.20;

/// Daily energy adjustment for the phase, kcal/day (negative for a deficit): rate × weight × 7700 / 7 for a cut;
/// for a lean bulk the same, capped at 20 % of maintenance_kcal (top of Iraki 2019's 10–20 % surplus; a slower
/// rate may stay below 10 %, as Iraki advises advanced lifters to be more conservative); 0 for maintain.
[[nodiscard]] double phase_adjust_kcal(domain::Phase phase, double rate_pct_per_week, double weight_kg,
                                       double maintenance_kcal);

}  // namespace ironstride::science
