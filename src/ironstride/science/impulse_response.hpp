#pragma once

#include <span>
#include <string_view>
#include <vector>

namespace ironstride::science {

// Banister impulse-response (fitness–fatigue) model and Coggan's CTL/ATL/TSB. evidence.md §9.

inline constexpr std::string_view kBanisterModelSource =
    "Banister et al. 1975; Morton, Fitz-Clarke & Banister 1990, J Appl Physiol 69:1171-1177";
inline constexpr std::string_view kPerformanceManagerSource = "Coggan, Performance Manager (CTL 42 d / ATL 7 d)";

/// Model constants; product defaults k1 = 1, k2 = 2, τ1 = 42 d, τ2 = 7 d (the Coggan pair, not a physiological
/// constant) [S]. Constraints k1 < k2 and τ1 > τ2.
struct BanisterParams {
    double k1 = 1.0;
    double k2 = 2.0;
    double tau1_days = 42.0;
    double tau2_days = 7.0;
};

/// The two terms before their gains, as evidence.md tabulates them, and the model output.
struct BanisterResponse {
    double fitness = 0;      ///< Σ w(s)·e^(−(t−s)/τ1)
    double fatigue = 0;      ///< Σ w(s)·e^(−(t−s)/τ2)
    double performance = 0;  ///< p(t) − p0 = k1·fitness − k2·fatigue
};

/// The response on `day` to the daily impulses daily_loads[0…], counting only days s < day.
/// [TEST VECTOR] w = 100 on day 0: day 1 → fitness 97.647, fatigue 86.688, p − p0 = −75.728; day 7 → +11.072;
/// 14 → +44.586; 21 → +50.696; 28 → +47.679.
[[nodiscard]] BanisterResponse banister_response(std::span<const double> daily_loads, int day,
                                                 const BanisterParams& params = {});

/// Day after a single impulse when performance turns positive: ln(k2/k1) / (1/τ2 − 1/τ1). [TEST VECTOR] 5.822.
[[nodiscard]] double banister_break_even_day(const BanisterParams& params = {});
/// Day of the peak performance effect: ln(k2·τ1 / (k1·τ2)) / (1/τ2 − 1/τ1). [TEST VECTOR] 20.873.
[[nodiscard]] double banister_peak_day(const BanisterParams& params = {});

/// The two exponentially weighted forms evidence.md names ("state which form is used"):
/// - additive: X_today = X_yesterday + (load − X_yesterday)/τ (Coggan's Performance Manager);
/// - exponential: X_today = X_yesterday·e^(−1/τ) + load·(1 − e^(−1/τ)).
enum class EwmaForm { additive, exponential };

[[nodiscard]] const char* to_string(EwmaForm form);

inline constexpr double kCtlTauDays = 42.0;
inline constexpr double kAtlTauDays = 7.0;

/// One EWMA step.
[[nodiscard]] double ewma_step(double previous, double load, double tau_days, EwmaForm form);

struct TrainingStress {
    double ctl = 0;  ///< chronic training load ("fitness")
    double atl = 0;  ///< acute training load ("fatigue")
    /// Training stress balance, CTL − ATL of the same day (after that day's load).
    [[nodiscard]] double tsb() const { return ctl - atl; }
};

/// CTL/ATL after each day of daily_loads, from start (default 0/0). [TEST VECTOR] 100/day for 42 days:
/// additive CTL 63.654, ATL 99.846; exponential CTL 63.212, ATL 99.752.
[[nodiscard]] std::vector<TrainingStress> training_stress_series(std::span<const double> daily_loads, EwmaForm form,
                                                                 TrainingStress start = {},
                                                                 double ctl_tau_days = kCtlTauDays,
                                                                 double atl_tau_days = kAtlTauDays);

}  // namespace ironstride::science
