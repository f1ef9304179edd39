#include "ironstride/science/impulse_response.hpp"

#include <cmath>
#include <cstddef>

namespace ironstride::science {

BanisterResponse banister_response(std::span<const double> daily_loads, int day, const BanisterParams& params) {
    BanisterResponse response;
    for (std::size_t s = 0; s < daily_loads.size() && static_cast<int>(s) < day; ++s) {
        const double elapsed = day - static_cast<double>(s);
        response.fitness += daily_loads[s] * std::exp(-elapsed / params.tau1_days);
        response.fatigue += daily_loads[s] * std::exp(-elapsed / params.tau2_days);
    }
    response.performance = params.k1 * response.fitness - params.k2 * response.fatigue;
    return response;
}

double banister_break_even_day(const BanisterParams& params) {
    return std::log(params.k2 / params.k1) / (1.0 / params.tau2_days - 1.0 / params.tau1_days);
}

double banister_peak_day(const BanisterParams& params) {
    return std::log(params.k2 * params.tau1_days / (params.k1 * params.tau2_days)) /
           (1.0 / params.tau2_days - 1.0 / params.tau1_days);
}

const char* to_string(EwmaForm form) { return form == EwmaForm::additive ? "additive" : "exponential"; }

double ewma_step(double previous, double load, double tau_days, EwmaForm form) {
    if (form == EwmaForm::additive) return previous + (load - previous) / tau_days;
    const double decay = std::exp(-1.0 / tau_days);
    return previous * decay + load * (1.0 - decay);
}

std::vector<TrainingStress> training_stress_series(std::span<const double> daily_loads, EwmaForm form,
                                                   TrainingStress start, double ctl_tau_days, double atl_tau_days) {
    std::vector<TrainingStress> series;
    series.reserve(daily_loads.size());
    TrainingStress current = start;
    for (const double load : daily_loads) {
        current.ctl = ewma_step(current.ctl, load, ctl_tau_days, form);
        current.atl = ewma_step(current.atl, load, atl_tau_days, form);
        series.push_back(current);
    }
    return series;
}

}  // namespace ironstride::science
