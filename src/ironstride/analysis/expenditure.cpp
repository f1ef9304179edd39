#include "ironstride/analysis/expenditure.hpp"

#include <chrono>

namespace ironstride::analysis {

namespace {

std::optional<double> fat_mass_kg(const BodyTrend& body, const domain::Athlete& athlete, units::CivilDay from) {
    std::optional<double> latest_weight;
    for (auto it = body.points.rbegin(); it != body.points.rend() && it->day >= from; ++it) {
        if (!latest_weight) latest_weight = it->weight_kg;
        if (it->body_fat_pct) return it->weight_kg * *it->body_fat_pct / 100.0;
    }
    if (athlete.body_fat_pct) return latest_weight.value_or(athlete.weight_kg) * *athlete.body_fat_pct / 100.0;
    return std::nullopt;
}

}  // namespace

MeasuredExpenditure measured_expenditure(const NutritionSummary& nutrition, const BodyTrend& body,
                                         const domain::Athlete& athlete, units::CivilDay last_day) {
    MeasuredExpenditure out;
    out.to = last_day;
    out.from = last_day - std::chrono::days{science::kExpenditureWindowDays - 1};
    science::ExpenditureInputs inputs;
    double maintenance = 0;
    for (const auto& day : nutrition.days) {
        if (day.day < out.from || day.day > out.to) continue;
        inputs.intake_kcal.push_back({static_cast<double>((day.day - out.from).count()), day.intake_kcal});
        maintenance += day.maintenance_kcal;
    }
    if (!inputs.intake_kcal.empty()) inputs.equation_kcal = maintenance / static_cast<double>(inputs.intake_kcal.size());
    for (const auto& point : body.points) {
        if (point.day < out.from || point.day > out.to) continue;
        inputs.weight_kg.push_back({static_cast<double>((point.day - out.from).count()), point.weight_kg});
    }
    inputs.fat_mass_kg = fat_mass_kg(body, athlete, out.from);
    out.estimate = science::estimate_expenditure(inputs);
    return out;
}

}  // namespace ironstride::analysis
