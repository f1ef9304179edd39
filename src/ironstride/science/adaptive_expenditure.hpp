#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace ironstride::science {

// The athlete's measured daily energy expenditure from logged intake and weigh-ins (evidence.md §13 "Adaptive TDEE
// (intake-balance) method"): expenditure = mean intake − ρ(FM) × slope of the weight trend, with ρ from the Forbes
// lean/fat partition of the change (Hall 2008) instead of a flat 7,700 kcal/kg.

/// Energy densities of the Hall model (Hall et al. 2011): fat and lean tissue, kcal per kg.
inline constexpr double kFatKcalPerKg = 9440.0;
inline constexpr double kLeanKcalPerKg = 1816.0;
/// Forbes 1987 / Hall 2007: the lean fraction of a weight change is 10.4 / (10.4 + FM).
inline constexpr double kForbesConstantKg = 10.4;
/// The 3,500 kcal/lb rule (Wishnofsky 1958) in kcal/kg: used only when no body fat is known.
inline constexpr double kWishnofskyKcalPerKg = 7716.2;

/// ρ(FM) = p·ρL + (1 − p)·ρF with p = 10.4 / (10.4 + FM): kcal per kg of weight change for `fat_mass_kg` of fat.
/// Test vector (evidence.md §13): FM 20 kg → 6,831.8 kcal/kg.
[[nodiscard]] double energy_per_kg_change(double fat_mass_kg);

/// Walker's exponentially smoothed trend (The Hacker's Diet): trend_t = trend_{t−1} + α (w_t − trend_{t−1}), the
/// first trend the first weight. Test vector: [80.0, 80.6, …, 78.8] → … 79.7916.
[[nodiscard]] std::vector<double> exponential_trend(std::span<const double> weights, double alpha = 0.1);

/// One measurement on day `day` (days on any common origin).
struct DayValue {
    double day = 0;
    double value = 0;
};

/// Ordinary least squares through the points (Racette 2012: regression of daily home weights is the most reliable
/// short-term estimate of the change in energy stores), with the slope's standard error from the residuals.
struct LineFit {
    double slope = 0;  ///< per day
    double slope_se = 0;
    double residual_sd = 0;  ///< the athlete's own day-to-day noise around the trend (§13 "Daily weight noise")
    int points = 0;
    double mean_day = 0;
    double mean_value = 0;
    /// The fitted line's value on `day`.
    [[nodiscard]] double value_at(double day) const { return mean_value + slope * (day - mean_day); }
};
[[nodiscard]] std::optional<LineFit> fit_line(std::span<const DayValue> points);

/// The window the estimate reads (8 weeks: long enough that ±0.5 kg of daily water noise costs under 50 kcal/day
/// of slope error; our choice), the data it needs (the 14 days of each), and what makes a day partial: a
/// logged intake under 60 % of the athlete's median logged day (a day logged by half, our choice).
inline constexpr int kExpenditureWindowDays = 56;
inline constexpr int kExpenditureMinDays = 14;
inline constexpr double kPartialDayShare = 0.60;
/// The band is the 95 % interval of the two uncertainties (mean intake, trend slope) combined.
inline constexpr double kBandZ = 1.96;

struct ExpenditureInputs {
    std::vector<DayValue> intake_kcal;  ///< logged days of the window
    std::vector<DayValue> weight_kg;    ///< weigh-ins of the window
    std::optional<double> fat_mass_kg;  ///< latest weight × body fat, when body fat is known
    double equation_kcal = 0;           ///< the equations' mean daily need over the same days (BMR × activity + exercise)
};

struct ExpenditureEstimate {
    std::string source = "equation";  ///< "measured" when trustworthy, else "equation"
    std::optional<double> estimated_kcal;
    std::optional<double> low_kcal;
    std::optional<double> high_kcal;
    double equation_kcal = 0;
    std::optional<double> trend_kg_per_week;
    std::optional<double> rho_kcal_per_kg;
    std::optional<double> mean_intake_kcal;
    int days_used = 0;          ///< intake days in the estimate
    int weigh_ins_used = 0;
    int partial_days_excluded = 0;
    std::string reason;  ///< why the source is what it is, in plain words
    /// Mean intake minus the measured expenditure (= ρ × the trend's slope): the balance the weight trend shows.
    [[nodiscard]] std::optional<double> balance_kcal() const {
        if (!estimated_kcal || !mean_intake_kcal) return std::nullopt;
        return *mean_intake_kcal - *estimated_kcal;
    }
};

/// The estimate, or the equations with the reason when there is too little data (under kExpenditureMinDays of
/// intake or of weigh-ins once partial days are out).
[[nodiscard]] ExpenditureEstimate estimate_expenditure(const ExpenditureInputs& inputs);

}  // namespace ironstride::science
