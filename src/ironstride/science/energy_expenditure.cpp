#include "ironstride/science/energy_expenditure.hpp"

#include <algorithm>

#include "ironstride/units/conversions.hpp"

namespace ironstride::science {

namespace {

/// ACSM running equation coefficients (evidence.md §5, ACSM metabolic equations [V]).
constexpr double kAcsmRunHorizontal = 0.2;  // ml·kg⁻¹·m⁻¹
constexpr double kAcsmRunVertical = 0.9;
/// ACSM walking equation coefficients.
constexpr double kAcsmWalkHorizontal = 0.1;
constexpr double kAcsmWalkVertical = 1.8;
/// ACSM convention kcal/min = MET × 3.5 × kg / 200 (evidence.md §5 "MET conversions").
constexpr double kAcsmKcalDivisor = 200.0;
constexpr double kMlPerLitre = 1000.0;

}  // namespace

double acsm_running_vo2_ml_kg_min(double speed_m_per_min, double grade) {
    return kMlO2PerKgMinPerMet + kAcsmRunHorizontal * speed_m_per_min + kAcsmRunVertical * speed_m_per_min * grade;
}

double acsm_walking_vo2_ml_kg_min(double speed_m_per_min, double grade) {
    return kMlO2PerKgMinPerMet + kAcsmWalkHorizontal * speed_m_per_min + kAcsmWalkVertical * speed_m_per_min * grade;
}

double vo2_to_met(double vo2_ml_kg_min) { return vo2_ml_kg_min / kMlO2PerKgMinPerMet; }

double oxygen_litres(double vo2_ml_kg_min, double weight_kg, double duration_min) {
    return vo2_ml_kg_min * weight_kg * duration_min / kMlPerLitre;
}

double oxygen_to_kcal(double litres_o2, double kcal_per_litre) { return litres_o2 * kcal_per_litre; }

double acsm_running_gross_kcal(double weight_kg, double distance_m, double speed_mps, double kcal_per_litre) {
    const double speed_m_per_min = units::mps_to_m_per_min(speed_mps);
    const double minutes = distance_m / speed_m_per_min;
    return oxygen_to_kcal(oxygen_litres(acsm_running_vo2_ml_kg_min(speed_m_per_min), weight_kg, minutes),
                          kcal_per_litre);
}

double acsm_walking_gross_kcal(double weight_kg, double distance_m, double speed_mps, double kcal_per_litre) {
    const double speed_m_per_min = units::mps_to_m_per_min(speed_mps);
    const double minutes = distance_m / speed_m_per_min;
    return oxygen_to_kcal(oxygen_litres(acsm_walking_vo2_ml_kg_min(speed_m_per_min), weight_kg, minutes),
                          kcal_per_litre);
}

double running_net_kcal(double weight_kg, double distance_m, double kcal_per_litre) {
    return oxygen_to_kcal(kAcsmRunHorizontal * distance_m * weight_kg / kMlPerLitre, kcal_per_litre);
}

double walking_net_kcal(double weight_kg, double distance_m, double kcal_per_litre) {
    return oxygen_to_kcal(kAcsmWalkHorizontal * distance_m * weight_kg / kMlPerLitre, kcal_per_litre);
}

double met_kcal_acsm(double met, double weight_kg, double duration_min) {
    return met * kMlO2PerKgMinPerMet * weight_kg / kAcsmKcalDivisor * duration_min;
}

double met_kcal_approx(double met, double weight_kg, double duration_h) { return met * weight_kg * duration_h; }

double met_net_kcal(double met, double weight_kg, double duration_min) {
    return met_kcal_acsm(std::max(met - 1.0, 0.0), weight_kg, duration_min);
}

}  // namespace ironstride::science
