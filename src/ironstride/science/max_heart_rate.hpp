#pragma once

#include <optional>
#include <string_view>

namespace ironstride::science {

// Maximum heart rate. evidence.md §2 "Maximum heart rate (HRmax) formulas". All in bpm, age in years.

inline constexpr std::string_view kFoxSource = "Fox et al. 1971 (220 - age)";
inline constexpr std::string_view kTanakaSource = "Tanaka, Monahan & Seals 2001, J Am Coll Cardiol 37:153-156";
inline constexpr std::string_view kGellishSource = "Gellish et al. 2007, Med Sci Sports Exerc 39:822-829";
inline constexpr std::string_view kMeasuredMaxHrSource = "measured (athlete profile)";

/// Fox 1971: 220 − age. A rough fit, never a regression on a representative sample; SD ≈ 10–12 bpm [V].
/// [TEST VECTOR] 30 → 190, 40 → 180, 50 → 170.
[[nodiscard]] double fox_max_hr_bpm(double age_years);
/// Tanaka 2001: 208 − 0.7 × age [V formula]. [TEST VECTOR] 30 → 187.0, 40 → 180.0, 50 → 173.0.
[[nodiscard]] double tanaka_max_hr_bpm(double age_years);
/// Gellish 2007 linear: 207 − 0.7 × age [V]. [TEST VECTOR] 30 → 186.0, 40 → 179.0, 50 → 172.0.
[[nodiscard]] double gellish_linear_max_hr_bpm(double age_years);
/// Gellish 2007 non-linear: 192 − 0.007 × age² [R]. [TEST VECTOR] 30 → 185.7, 40 → 180.8.
[[nodiscard]] double gellish_nonlinear_max_hr_bpm(double age_years);

enum class MaxHrFormula { measured, fox, tanaka, gellish_linear, gellish_nonlinear };

/// "measured", "fox", "tanaka", "gellish_linear", "gellish_nonlinear".
[[nodiscard]] const char* to_string(MaxHrFormula formula);
[[nodiscard]] std::string_view source_of(MaxHrFormula formula);
/// The predicted HRmax by a formula; `measured` is not a formula (asserts).
[[nodiscard]] double predict_max_hr_bpm(MaxHrFormula formula, double age_years);

/// The default prediction: Tanaka. Fox is not a regression and is biased by age (over below ~40, under above,
/// Gellish 2007); Tanaka is a regression whose formula evidence.md verifies, and Gellish's linear form, from a
/// single longitudinal sample of 132 people, agrees with it within 1 bpm at every age.
inline constexpr MaxHrFormula kDefaultMaxHrFormula = MaxHrFormula::tanaka;

struct MaxHrEstimate {
    double bpm = 0;
    MaxHrFormula formula = MaxHrFormula::measured;
    std::string_view source;
};

/// The measured value when present (and > 0), else the default formula's prediction; says which was used.
[[nodiscard]] MaxHrEstimate estimate_max_hr(std::optional<double> measured_bpm, double age_years,
                                            MaxHrFormula formula = kDefaultMaxHrFormula);

}  // namespace ironstride::science
