#pragma once

#include <string_view>

namespace ironstride::science {

// Energy cost of exercise. evidence.md §5 "Energy cost of running and walking" and "Compendium of Physical
// Activities". Speeds in m/min where the ACSM equations are written in m/min; grade G as a fraction (0.01 = 1 %).

inline constexpr std::string_view kAcsmEquationsSource = "ACSM metabolic equations (ACSM Guidelines)";
inline constexpr std::string_view kMargariaSource = "Margaria et al. 1963, J Appl Physiol 18:367-370";
inline constexpr std::string_view kCompendiumSource = "Ainsworth et al. 2011 Compendium, Med Sci Sports Exerc 43:1575";

/// 1 MET = 3.5 ml O2·kg⁻¹·min⁻¹ (evidence.md §5 "MET conversions" [V]).
inline constexpr double kMlO2PerKgMinPerMet = 3.5;
/// kcal per litre of O2 used throughout: 5.0, the ACSM convention behind kcal/min = MET × 3.5 × kg / 200 [R], and
/// the value that makes the ACSM running term equal Margaria's 1 kcal/kg/km net. (Hall 2004's ACSM predictions use
/// 4.86 kcal/L; every function taking a kcal_per_litre accepts either.)
inline constexpr double kKcalPerLitreO2 = 5.0;

/// Compendium 2011 codes used by the energy model (METs) [V for 12030/12050; see evidence.md].
inline constexpr double kMetJoggingGeneral12020 = 7.0;
inline constexpr double kMetRunning5Mph12030 = 8.3;
inline constexpr double kMetRunning6Mph12050 = 9.8;
inline constexpr double kMetWalkingModerate17190 = 3.5;
inline constexpr double kMetWalkingBrisk17200 = 4.3;
inline constexpr double kMetWalking4Mph17220 = 5.0;
inline constexpr double kMetLiftingVigorous02050 = 6.0;
inline constexpr double kMetSquatsDeadlift02052 = 5.0;
inline constexpr double kMetLiftingMultiple02054 = 3.5;

/// ACSM running equation, gross VO2 in ml/kg/min: 3.5 + 0.2·S + 0.9·S·G (S in m/min). Valid above 134 m/min (or
/// 80–134 if truly running); not for overground hills. [TEST VECTOR] 166.67 m/min flat → 36.83.
[[nodiscard]] double acsm_running_vo2_ml_kg_min(double speed_m_per_min, double grade = 0.0);
/// ACSM walking equation, gross VO2 in ml/kg/min: 3.5 + 0.1·S + 1.8·S·G, for 50–100 m/min.
[[nodiscard]] double acsm_walking_vo2_ml_kg_min(double speed_m_per_min, double grade = 0.0);

/// VO2 (ml/kg/min) to METs (÷ 3.5). [TEST VECTOR] 36.83 → 10.52.
[[nodiscard]] double vo2_to_met(double vo2_ml_kg_min);
/// Litres of O2 consumed at a VO2 (ml/kg/min) by a body mass over a duration.
[[nodiscard]] double oxygen_litres(double vo2_ml_kg_min, double weight_kg, double duration_min);
/// Energy from oxygen: litres × kcal_per_litre.
[[nodiscard]] double oxygen_to_kcal(double litres_o2, double kcal_per_litre = kKcalPerLitreO2);

/// Gross kcal of level running a distance at a speed (ACSM running equation). [TEST VECTOR] Hall 2004: 80 kg,
/// 1600 m at 2.82 m/s → 28.25 L O2 → 137.3 kcal at 4.86 kcal/L, 141.2 at 5.0.
[[nodiscard]] double acsm_running_gross_kcal(double weight_kg, double distance_m, double speed_mps,
                                             double kcal_per_litre = kKcalPerLitreO2);
/// Gross kcal of level walking (ACSM walking equation). [TEST VECTOR] Hall 2004: 80 kg, 1600 m at 1.41 m/s →
/// 18.10 L → 87.9 kcal at 4.86, 90.5 at 5.0.
[[nodiscard]] double acsm_walking_gross_kcal(double weight_kg, double distance_m, double speed_mps,
                                             double kcal_per_litre = kKcalPerLitreO2);
/// Net (above-rest) kcal of level running: ACSM horizontal term 0.2 ml/kg/m × distance, i.e. 1.0 kcal/kg/km at
/// 5 kcal/L, independent of speed, as Margaria 1963 found.
[[nodiscard]] double running_net_kcal(double weight_kg, double distance_m, double kcal_per_litre = kKcalPerLitreO2);
/// Net (above-rest) kcal of level walking: ACSM horizontal term 0.1 ml/kg/m × distance (half of running, as
/// Margaria 1963 found at the economical walking speed).
[[nodiscard]] double walking_net_kcal(double weight_kg, double distance_m, double kcal_per_litre = kKcalPerLitreO2);

/// kcal from METs by the ACSM convention: MET × 3.5 × kg / 200 per minute (= 5 kcal/L).
/// [TEST VECTOR] 9.8 MET, 70 kg, 30 min → 360.15.
[[nodiscard]] double met_kcal_acsm(double met, double weight_kg, double duration_min);
/// kcal from METs by the quick approximation MET × kg × hours. [TEST VECTOR] 9.8 MET, 70 kg, 0.5 h → 343.
[[nodiscard]] double met_kcal_approx(double met, double weight_kg, double duration_h);
/// Net kcal above rest for an activity of `met` METs: (MET − 1) × 3.5 × kg / 200 per minute (0 if MET ≤ 1).
[[nodiscard]] double met_net_kcal(double met, double weight_kg, double duration_min);

}  // namespace ironstride::science
