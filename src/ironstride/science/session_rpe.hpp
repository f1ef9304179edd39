#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace ironstride::science {

// Session-RPE load, monotony and strain. evidence.md §7 "Session-RPE (Foster)".

inline constexpr std::string_view kSessionRpeSource = "Foster et al. 2001, J Strength Cond Res 15(1):109-115";
inline constexpr std::string_view kMonotonySource = "Foster 1998, Med Sci Sports Exerc 30:1164-1168";

/// Session load in arbitrary units: CR-10 session RPE × duration (min). [TEST VECTOR] 7 × 60 = 420 AU.
[[nodiscard]] double session_rpe_load(double rpe_cr10, double duration_min);

/// The SD convention for monotony, which evidence.md asks to specify. The program uses population.
enum class SdConvention { population, sample };

struct WeekMonotony {
    double weekly_load = 0;
    double mean = 0;
    double sd = 0;
    std::optional<double> monotony;  ///< mean / SD; nothing when SD = 0 (every day equal)
    std::optional<double> strain;    ///< weekly load × monotony
};

/// Monotony and strain of a week of daily loads (usually 7; at least 2, else SD is undefined for `sample`).
/// [TEST VECTOR] {420, 0, 300, 0, 500, 200, 0}: population SD 195.79, monotony 1.036, strain 1471.2;
/// sample SD 211.48, monotony 0.959, strain 1362.1.
[[nodiscard]] WeekMonotony monotony_strain(std::span<const double> daily_loads,
                                           SdConvention convention = SdConvention::population);

}  // namespace ironstride::science
