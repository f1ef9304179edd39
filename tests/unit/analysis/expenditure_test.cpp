#include "ironstride/analysis/expenditure.hpp"

#include <chrono>

#include <gtest/gtest.h>

namespace ironstride::analysis {
namespace {

units::CivilDay day(int y, unsigned m, unsigned d) {
    return units::CivilDay{std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d}};
}

/// 8 weeks of 2,300 kcal logged and a weight falling 0.5 kg a week, ending on `last`.
void cut(NutritionSummary& food, BodyTrend& body, units::CivilDay last, std::optional<double> body_fat_pct) {
    for (int d = 0; d < 70; ++d) {
        const units::CivilDay when = last - std::chrono::days{69 - d};
        NutritionPoint n;
        n.day = when;
        n.intake_kcal = 2300;
        n.maintenance_kcal = 2600;
        food.days.push_back(n);
        BodyPoint b;
        b.day = when;
        b.weight_kg = 80.0 - 0.5 / 7.0 * d;
        b.body_fat_pct = body_fat_pct;
        body.points.push_back(b);
    }
}

TEST(Expenditure, ReadsTheLastEightWeeksWithTheLatestBodyFat) {
    NutritionSummary food;
    BodyTrend body;
    const units::CivilDay last = day(2026, 11, 22);
    cut(food, body, last, 20.0);
    domain::Athlete athlete;
    athlete.weight_kg = 90;
    const MeasuredExpenditure m = measured_expenditure(food, body, athlete, last);
    EXPECT_EQ(m.from, day(2026, 9, 28));
    EXPECT_EQ(m.to, last);
    EXPECT_EQ(m.estimate.source, "measured");
    EXPECT_EQ(m.estimate.days_used, 56);
    EXPECT_NEAR(m.estimate.equation_kcal, 2600, 1e-9);
    // FM = 20 % of the latest weight (75.07 kg): ρ(15.0) kcal/kg; 2,300 + ρ × 0.5/7.
    const double fat = body.points.back().weight_kg * 0.20;
    const double rho = science::energy_per_kg_change(fat);
    EXPECT_NEAR(*m.estimate.rho_kcal_per_kg, rho, 1e-6);
    EXPECT_NEAR(*m.estimate.estimated_kcal, 2300 + rho * 0.5 / 7.0, 1e-6);
}

TEST(Expenditure, WithoutLoggedBodyFatUsesTheProfilesAndWithoutAnyTheFlatRule) {
    NutritionSummary food;
    BodyTrend body;
    const units::CivilDay last = day(2026, 11, 22);
    cut(food, body, last, std::nullopt);
    domain::Athlete athlete;
    athlete.weight_kg = 90;
    athlete.body_fat_pct = 25;
    const double fat = body.points.back().weight_kg * 0.25;
    EXPECT_NEAR(*measured_expenditure(food, body, athlete, last).estimate.rho_kcal_per_kg,
                science::energy_per_kg_change(fat), 1e-6);
    athlete.body_fat_pct.reset();
    EXPECT_NEAR(*measured_expenditure(food, body, athlete, last).estimate.rho_kcal_per_kg,
                science::kWishnofskyKcalPerKg, 1e-9);
}

}  // namespace
}  // namespace ironstride::analysis
