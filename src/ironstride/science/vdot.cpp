#include "ironstride/science/vdot.hpp"

#include <cassert>
#include <cmath>

#include "ironstride/units/conversions.hpp"

namespace ironstride::science {

namespace {
/// Bisection bracket in m/min: far beyond any human race speed, and far below any running speed.
constexpr double kFastestMetresPerMinute = 1000.0;
constexpr double kSlowestMetresPerMinute = 20.0;
constexpr int kMaxBisectionSteps = 200;
constexpr double kToleranceMinutes = 1e-9;
}  // namespace

double daniels_oxygen_cost_ml_kg_min(double velocity_m_per_min) {
    return -4.60 + 0.182258 * velocity_m_per_min + 0.000104 * velocity_m_per_min * velocity_m_per_min;
}

double daniels_fraction_of_vo2max(double duration_min) {
    return 0.8 + 0.1894393 * std::exp(-0.012778 * duration_min) + 0.2989558 * std::exp(-0.1932605 * duration_min);
}

double vdot_from_race(double distance_m, double time_s) {
    assert(distance_m > 0 && time_s > 0 && "a race has a positive distance and time");
    const double minutes = time_s / units::kSecondsPerMinute;
    return daniels_oxygen_cost_ml_kg_min(distance_m / minutes) / daniels_fraction_of_vo2max(minutes);
}

std::optional<double> predict_race_time_s(double vdot, double distance_m) {
    if (!(vdot > 0) || !(distance_m > 0)) return std::nullopt;
    // vdot_from_race falls as the time grows (slower speed, lower oxygen cost) over the whole bracket.
    double fast_min = distance_m / kFastestMetresPerMinute;
    double slow_min = distance_m / kSlowestMetresPerMinute;
    const auto excess = [&](double minutes) {
        return vdot_from_race(distance_m, minutes * units::kSecondsPerMinute) - vdot;
    };
    if (excess(fast_min) < 0 || excess(slow_min) > 0) return std::nullopt;
    for (int step = 0; step < kMaxBisectionSteps && slow_min - fast_min > kToleranceMinutes; ++step) {
        const double mid = (fast_min + slow_min) / 2.0;
        if (excess(mid) > 0) {
            fast_min = mid;
        } else {
            slow_min = mid;
        }
    }
    return (fast_min + slow_min) / 2.0 * units::kSecondsPerMinute;
}

double daniels_velocity_m_per_min(double vo2_ml_kg_min) {
    return 29.54 + 5.000663 * vo2_ml_kg_min - 0.007546 * vo2_ml_kg_min * vo2_ml_kg_min;
}

}  // namespace ironstride::science
