#pragma once

#include <string_view>

namespace ironstride::science {

// Physical Activity Guidelines for Americans, 2nd edition. evidence.md §8 (US DHHS 2018; Piercy et al. 2018, JAMA).

inline constexpr std::string_view kActivityGuidelinesSource =
    "Physical Activity Guidelines for Americans, 2nd ed. (US DHHS 2018; Piercy et al. 2018, JAMA)";

/// Aerobic minimum and "more benefit" level, moderate-equivalent minutes per week [V].
inline constexpr double kPagAerobicMinimumMin = 150.0;
inline constexpr double kPagAerobicUpperMin = 300.0;
/// Muscle-strengthening days per week [V].
inline constexpr int kPagStrengthDaysMinimum = 2;
/// MET class edges: light < 3.0, moderate 3.0–5.9, vigorous ≥ 6.0 [V].
inline constexpr double kModerateMetFloor = 3.0;
inline constexpr double kVigorousMetFloor = 6.0;

enum class MetClass { light, moderate, vigorous };

[[nodiscard]] const char* to_string(MetClass met_class);
[[nodiscard]] MetClass classify_met(double met);

/// Moderate-equivalent minutes: moderate + 2 × vigorous (150 moderate ≈ 75 vigorous).
/// [TEST VECTOR] 90 + 2 × 30 = 150; 60 vigorous alone → 120.
[[nodiscard]] double moderate_equivalent_min(double moderate_min, double vigorous_min);
/// ≥ 150 moderate-equivalent minutes per week.
[[nodiscard]] bool meets_aerobic_guideline(double moderate_equivalent_min_per_week);
/// ≥ 2 muscle-strengthening days per week.
[[nodiscard]] bool meets_strength_guideline(int strength_days_per_week);
/// MET-minutes: MET × minutes. [TEST VECTOR] 150 min at 4.0 MET → 600.
[[nodiscard]] double met_minutes(double met, double minutes);

}  // namespace ironstride::science
