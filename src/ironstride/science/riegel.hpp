#pragma once

#include <string_view>

namespace ironstride::science {

// Riegel race-time model. evidence.md §2 "Riegel race-time model" [S]: T2 = T1 × (D2/D1)^1.06, described by
// Riegel as valid from about 3.5 min to about 3 h 50 min of effort.

inline constexpr std::string_view kRiegelSource = "Riegel 1981, American Scientist 69(3):285-290";
inline constexpr double kRiegelExponent = 1.06;

/// Predicted time (s) over to_distance_m from a time over from_distance_m. Requires positive distances.
/// [TEST VECTOR] 5K 20:00 → 10K 2501.9 s; HM 1:30:00 → M 3:07:38.6; 10K 50:00 → HM 1:50:19.2.
[[nodiscard]] double riegel_time_s(double from_distance_m, double from_time_s, double to_distance_m);

}  // namespace ironstride::science
