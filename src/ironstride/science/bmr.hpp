#pragma once

#include <string_view>

#include "ironstride/domain/athlete.hpp"

namespace ironstride::science {

// Resting / basal metabolic rate equations. evidence.md §5 "Resting/basal metabolic rate equations"
// (W = kg, H = cm, A = years). All return kcal/day. Inputs are not range-checked here: the profile validator
// guarantees plausible values; a negative result is impossible for any adult the validator accepts.

/// Mifflin, St Jeor et al. 1990 [V].
inline constexpr std::string_view kMifflinStJeorSource = "Mifflin-St Jeor 1990, Am J Clin Nutr 51:241-247";
/// Katch-McArdle (numerically identical to Cunningham 1991) [S formula; R attribution].
inline constexpr std::string_view kKatchMcArdleSource = "Katch-McArdle (= Cunningham 1991, Am J Clin Nutr 54:963-969)";
/// Harris & Benedict 1919, original coefficients [S].
inline constexpr std::string_view kHarrisBenedictSource = "Harris-Benedict 1919 (original)";
/// Roza & Shizgal 1984, revised Harris-Benedict [S].
inline constexpr std::string_view kRozaShizgalSource = "Roza & Shizgal 1984 (revised Harris-Benedict)";
/// Cunningham 1980 [S formula; R citation].
inline constexpr std::string_view kCunningham1980Source = "Cunningham 1980, Am J Clin Nutr 33:2372-2374";

/// Mifflin-St Jeor, simplified sex constants: men 10W + 6.25H − 5A + 5; women 10W + 6.25H − 5A − 161.
/// evidence.md §5, Mifflin–St Jeor 1990 [V]; [TEST VECTOR] man 80/180/30 → 1780.0, woman 60/165/30 → 1320.25.
[[nodiscard]] double mifflin_st_jeor_kcal(domain::Sex sex, double weight_kg, double height_cm, int age_years);

/// Mifflin-St Jeor, full published form: 9.99W + 6.25H − 4.92A + 166·male − 161.
/// evidence.md §5, Mifflin–St Jeor 1990 [V]; [TEST VECTOR] man 80/180/30 → 1781.6.
[[nodiscard]] double mifflin_st_jeor_full_kcal(domain::Sex sex, double weight_kg, double height_cm, int age_years);

/// Mifflin's fat-free-mass equation 19.7·FFM + 413. evidence.md §5 [R: coefficient cut off in the retrieved copy];
/// for comparison only. [TEST VECTOR] FFM 68 → 1752.6.
[[nodiscard]] double mifflin_ffm_kcal(double fat_free_mass_kg);

/// Katch-McArdle 370 + 21.6·LBM. evidence.md §5 [S]; [TEST VECTOR] LBM 68 → 1838.8.
[[nodiscard]] double katch_mcardle_kcal(double lean_body_mass_kg);

/// Harris-Benedict 1919 original; height in **cm** (evidence.md trap 8). [TEST VECTOR] man 80/180/30 → 1864.5,
/// woman 60/165/30 → 1393.8.
[[nodiscard]] double harris_benedict_1919_kcal(domain::Sex sex, double weight_kg, double height_cm, int age_years);

/// Roza-Shizgal 1984; height in cm (not metres, evidence.md ⚠). [TEST VECTOR] man → 1853.6, woman → 1383.7.
[[nodiscard]] double roza_shizgal_kcal(domain::Sex sex, double weight_kg, double height_cm, int age_years);

/// Cunningham 1980: 500 + 22·LBM. [TEST VECTOR] LBM 68 → 1996.0.
[[nodiscard]] double cunningham_1980_kcal(double lean_body_mass_kg);

enum class BmrEquation { mifflin_st_jeor, katch_mcardle };

[[nodiscard]] const char* to_string(BmrEquation equation);
[[nodiscard]] std::string_view source_of(BmrEquation equation);

/// The BMR the program uses, with the equation that produced it.
struct BmrEstimate {
    double kcal = 0;
    BmrEquation equation = BmrEquation::mifflin_st_jeor;
    std::string_view source;
};

/// Default BMR: Katch-McArdle when body fat is known (uses the athlete's own lean mass, so it fits lean, muscular
/// lifters better than a weight-based equation), else Mifflin-St Jeor simplified, the [V] equation that Mifflin 1990
/// found closer to measured REE than Harris-Benedict (which overestimated by 5 %). evidence.md §5.
[[nodiscard]] BmrEstimate estimate_bmr(const domain::Athlete& athlete, int age_years);

}  // namespace ironstride::science
