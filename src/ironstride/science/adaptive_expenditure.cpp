#include "ironstride/science/adaptive_expenditure.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

namespace ironstride::science {

double energy_per_kg_change(double fat_mass_kg) {
    const double lean_fraction = kForbesConstantKg / (kForbesConstantKg + std::max(fat_mass_kg, 0.0));
    return lean_fraction * kLeanKcalPerKg + (1.0 - lean_fraction) * kFatKcalPerKg;
}

std::vector<double> exponential_trend(std::span<const double> weights, double alpha) {
    std::vector<double> trend;
    trend.reserve(weights.size());
    for (const double w : weights) trend.push_back(trend.empty() ? w : trend.back() + alpha * (w - trend.back()));
    return trend;
}

std::optional<LineFit> fit_line(std::span<const DayValue> points) {
    const auto n = static_cast<double>(points.size());
    if (points.size() < 3) return std::nullopt;
    double mean_x = 0;
    double mean_y = 0;
    for (const auto& p : points) {
        mean_x += p.day / n;
        mean_y += p.value / n;
    }
    double sxx = 0;
    double sxy = 0;
    for (const auto& p : points) {
        sxx += (p.day - mean_x) * (p.day - mean_x);
        sxy += (p.day - mean_x) * (p.value - mean_y);
    }
    if (sxx <= 0) return std::nullopt;
    LineFit fit;
    fit.slope = sxy / sxx;
    double ss = 0;
    for (const auto& p : points) {
        const double residual = p.value - (mean_y + fit.slope * (p.day - mean_x));
        ss += residual * residual;
    }
    fit.residual_sd = std::sqrt(ss / (n - 2));
    fit.slope_se = fit.residual_sd / std::sqrt(sxx);
    fit.points = static_cast<int>(points.size());
    fit.mean_day = mean_x;
    fit.mean_value = mean_y;
    return fit;
}

namespace {

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const std::size_t mid = values.size() / 2;
    return values.size() % 2 == 1 ? values[mid] : 0.5 * (values[mid - 1] + values[mid]);
}

/// The intake days that are not partial, and how many were.
std::vector<double> complete_days(const std::vector<DayValue>& intake, int& partial) {
    std::vector<double> all;
    for (const auto& d : intake) all.push_back(d.value);
    std::vector<double> kept;
    if (all.empty()) return kept;
    const double floor = kPartialDayShare * median(all);
    for (const double kcal : all) {
        if (kcal < floor) {
            ++partial;
        } else {
            kept.push_back(kcal);
        }
    }
    return kept;
}

}  // namespace

ExpenditureEstimate estimate_expenditure(const ExpenditureInputs& inputs) {
    ExpenditureEstimate out;
    out.equation_kcal = inputs.equation_kcal;
    const std::vector<double> intake = complete_days(inputs.intake_kcal, out.partial_days_excluded);
    out.days_used = static_cast<int>(intake.size());
    out.weigh_ins_used = static_cast<int>(inputs.weight_kg.size());
    if (out.days_used < kExpenditureMinDays || out.weigh_ins_used < kExpenditureMinDays) {
        out.reason = fmt::format("equations: {} complete intake day(s) and {} weigh-in(s) in the last {} days, under "
                                 "the {} of each a measured estimate needs",
                                 out.days_used, out.weigh_ins_used, kExpenditureWindowDays, kExpenditureMinDays);
        return out;
    }
    const auto fit = fit_line(inputs.weight_kg);
    if (!fit) {
        out.reason = "equations: the weigh-ins give no trend";
        return out;
    }
    double sum = 0;
    for (const double kcal : intake) sum += kcal;
    const double mean = sum / out.days_used;
    double ss = 0;
    for (const double kcal : intake) ss += (kcal - mean) * (kcal - mean);
    const double intake_se = std::sqrt(ss / std::max(out.days_used - 1, 1)) / std::sqrt(out.days_used);
    const double rho = inputs.fat_mass_kg ? energy_per_kg_change(*inputs.fat_mass_kg) : kWishnofskyKcalPerKg;
    out.source = "measured";
    out.mean_intake_kcal = mean;
    out.rho_kcal_per_kg = rho;
    out.trend_kg_per_week = 7.0 * fit->slope;
    out.estimated_kcal = mean - rho * fit->slope;
    const double band = kBandZ * std::hypot(intake_se, rho * fit->slope_se);
    out.low_kcal = *out.estimated_kcal - band;
    out.high_kcal = *out.estimated_kcal + band;
    out.reason = fmt::format("measured: mean intake of {} complete day(s) minus {:.0f} kcal/kg × the weight trend of "
                             "{} weigh-in(s) ({}){}",
                             out.days_used, rho, out.weigh_ins_used,
                             inputs.fat_mass_kg ? "Forbes/Hall partition from the body fat"
                                                : "no body fat logged: the 3,500 kcal/lb rule",
                             out.partial_days_excluded > 0
                                 ? fmt::format("; {} partial day(s) left out (under 60 % of the usual intake)",
                                               out.partial_days_excluded)
                                 : std::string());
    return out;
}

}  // namespace ironstride::science
