#include "ironstride/science/run_progression.hpp"

namespace ironstride::science {

namespace {
/// Frandsen 2025 band edges as ratios to the previous longest run.
constexpr double kSpikeBand30 = 1.30;
constexpr double kSpikeBand100 = 2.00;
}  // namespace

std::optional<double> weekly_change_fraction(double previous_week, double current_week) {
    if (!(previous_week > 0)) return std::nullopt;
    return (current_week - previous_week) / previous_week;
}

bool exceeds_nielsen_ramp(double previous, double current) {
    const auto change = weekly_change_fraction(previous, current);
    return change && *change > kNielsenRampLimit;
}

double max_single_run(double longest_previous_30d) { return kFrandsenSpikeLimit * longest_previous_30d; }

const char* to_string(RunSpikeBand band) {
    switch (band) {
        case RunSpikeBand::none: return "none";
        case RunSpikeBand::over_10_to_30_pct: return ">10-30%";
        case RunSpikeBand::over_30_to_100_pct: return ">30-100%";
        case RunSpikeBand::over_100_pct: return ">100%";
    }
    return "?";
}

RunSpikeBand classify_run_spike(double run, double longest_previous_30d) {
    if (!(longest_previous_30d > 0)) return RunSpikeBand::none;
    const double ratio = run / longest_previous_30d;
    if (ratio > kSpikeBand100) return RunSpikeBand::over_100_pct;
    if (ratio > kSpikeBand30) return RunSpikeBand::over_30_to_100_pct;
    if (ratio > kFrandsenSpikeLimit) return RunSpikeBand::over_10_to_30_pct;
    return RunSpikeBand::none;
}

std::optional<double> run_spike_hazard_ratio(RunSpikeBand band) {
    switch (band) {
        case RunSpikeBand::none: return std::nullopt;
        case RunSpikeBand::over_10_to_30_pct: return 1.64;
        case RunSpikeBand::over_30_to_100_pct: return 1.52;
        case RunSpikeBand::over_100_pct: return 2.28;
    }
    return std::nullopt;
}

}  // namespace ironstride::science
