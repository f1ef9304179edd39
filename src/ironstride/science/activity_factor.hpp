#pragma once

#include <string_view>

namespace ironstride::science {

// Activity multipliers on BMR. evidence.md §5 "Activity multipliers": common calculator factors, traced by web
// calculators to exercise-physiology textbooks, not a validated derivation [S]. As total-energy factors they include
// exercise; the program applies only the lower three to non-exercise activity and adds training separately
// (day_nutrition.hpp neat_factor).

inline constexpr std::string_view kActivityFactorSource =
    "common calculator factors (textbook-traced, not a validated derivation); FAO/WHO/UNU 2004 for comparison";

enum class ActivityLevel { sedentary, light, moderate, very_active, extra_active };

[[nodiscard]] const char* to_string(ActivityLevel level);
/// 1.2 / 1.375 / 1.55 / 1.725 / 1.9. [TEST VECTOR] Mifflin 1780 × factors = 2136.0 / 2447.5 / 2759.0 / 3070.5 /
/// 3382.0 kcal.
[[nodiscard]] double activity_factor(ActivityLevel level);

}  // namespace ironstride::science
