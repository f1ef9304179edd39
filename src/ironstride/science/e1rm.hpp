#pragma once

#include <string_view>

namespace ironstride::science {

// Estimated one-repetition maximum (w = load, r = reps). evidence.md §6 "Estimated 1RM" [S formulas]. All return the
// load's unit; all become unreliable above about 10–15 reps. r = 1 returns w for every formula (evidence.md trap 8).

inline constexpr std::string_view kEpleySource = "Epley 1985";
inline constexpr std::string_view kBrzyckiSource = "Brzycki 1993, J Phys Educ Recreat Dance 64(1):88-90";
inline constexpr std::string_view kLombardiSource = "Lombardi 1989";

/// Epley: w·(1 + r/30), and w when r = 1. Requires r ≥ 1. [TEST VECTOR] 100×5 → 116.67; 100×10 → 133.33.
[[nodiscard]] double epley_e1rm(double load, int reps);
/// Brzycki: w·36/(37 − r). Requires 1 ≤ r < 37. [TEST VECTOR] 100×5 → 112.50; 100×10 → 133.33.
[[nodiscard]] double brzycki_e1rm(double load, int reps);
/// Lombardi: w·r^0.10. Requires r ≥ 1. [TEST VECTOR] 100×5 → 117.46; 100×10 → 125.89.
[[nodiscard]] double lombardi_e1rm(double load, int reps);

}  // namespace ironstride::science
