#pragma once

#include <string_view>

#include "ironstride/domain/athlete.hpp"

namespace ironstride::science {

// Heart-rate training impulses. evidence.md §9 "Banister TRIMP (exponential)" and, for the TSS-style load, our own
// definition on top of §2 "Zone models" (documented at hr_tss).

inline constexpr std::string_view kBanisterTrimpSource = "Banister 1991; Morton, Fitz-Clarke & Banister 1990";
inline constexpr std::string_view kHrTssSource =
    "hrTSS = h x (HRr/HRr_threshold)^2 x 100, threshold 88% HRmax (Seiler zone 4 / Daniels T)";

/// TRIMP weighting y = a·e^(b·HRr).
struct TrimpCoefficients {
    double a = 0;
    double b = 0;
};
/// Men a = 0.64, b = 1.92; women a = 0.86, b = 1.67 [S] (not 0.64/1.67 for women: evidence.md trap 7).
inline constexpr TrimpCoefficients kTrimpMale{0.64, 1.92};
inline constexpr TrimpCoefficients kTrimpFemale{0.86, 1.67};

[[nodiscard]] TrimpCoefficients trimp_coefficients(domain::Sex sex);

/// TRIMP = D × HRr × a·e^(b·HRr), D in minutes, HRr the fraction of heart-rate reserve.
[[nodiscard]] double banister_trimp(double duration_min, double hr_reserve_fraction, TrimpCoefficients coefficients);

/// TRIMP from average, resting and maximum HR (bpm): HRr = (avg − rest) / (max − rest). Requires max > rest.
/// [TEST VECTOR] 60 min, 150/60/190 → male 100.44, female 113.52; 45 min male → 75.33.
[[nodiscard]] double banister_trimp(double duration_min, double avg_hr_bpm, double resting_hr_bpm, double max_hr_bpm,
                                    domain::Sex sex);

/// Threshold heart rate as a fraction of HRmax: 0.88. Both evidence.md anchors agree on it: Seiler's zone 4
/// (4.0–6.0 mmol/L lactate, the classic 4 mmol/L threshold) starts at 88 % HRmax, and Daniels' T pace is 88–92 %
/// HRmax. (evidence.md has no hrTSS; this is the definition the program uses.)
inline constexpr double kThresholdFractionOfMaxHr = 0.88;

[[nodiscard]] double threshold_hr_bpm(double max_hr_bpm);

/// HR-based TSS-style load: hours × (HRr / HRr_threshold)² × 100, where HRr = avg − rest and HRr_threshold =
/// threshold − rest (so one hour at threshold HR scores 100). Requires threshold_bpm > resting_hr_bpm.
[[nodiscard]] double hr_tss(double duration_min, double avg_hr_bpm, double resting_hr_bpm, double threshold_bpm);

}  // namespace ironstride::science
