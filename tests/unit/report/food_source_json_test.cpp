#include "ironstride/report/food_source_json.hpp"

#include <gtest/gtest.h>

namespace ironstride::report {
namespace {

const units::CivilDay kDay = units::CivilDay{std::chrono::year{2026} / 11 / 22};

TEST(FoodSourceJson, TheEquationsHaveNullEstimatesAndAReason) {
    const nlohmann::json doc = energy_used_json(planner::equation_energy("no database"));
    EXPECT_EQ(doc["source"], "equation");
    EXPECT_TRUE(doc["estimated_kcal"].is_null());
    EXPECT_TRUE(doc["equation_kcal"].is_null());
    EXPECT_TRUE(doc["from"].is_null());
    EXPECT_EQ(doc["offset_kcal"], 0);
    EXPECT_EQ(doc["reason"], "no database");
}

TEST(FoodSourceJson, AMeasuredExpenditureCarriesItsBandWindowAndOffset) {
    planner::EnergyUsed energy;
    energy.source = "measured";
    energy.estimated_kcal = 2410.4;
    energy.low_kcal = 2260.2;
    energy.high_kcal = 2560.6;
    energy.equation_kcal = 2720.0;
    energy.offset_kcal = -309.6;
    energy.days_used = 48;
    energy.from = kDay - std::chrono::days{55};
    energy.to = kDay;
    const nlohmann::json doc = energy_used_json(energy);
    EXPECT_EQ(doc["estimated_kcal"], 2410);
    EXPECT_EQ(doc["low_kcal"], 2260);
    EXPECT_EQ(doc["high_kcal"], 2561);
    EXPECT_EQ(doc["offset_kcal"], -310);
    EXPECT_EQ(doc["from"], "2026-09-28");
    EXPECT_EQ(doc["to"], "2026-11-22");
}

TEST(FoodSourceJson, TheBodyRoundsToATenthOfAKilogram) {
    planner::BodyUsed body;
    body.weight_kg = 74.149;
    body.weight_source = "measured";
    body.weigh_ins = 12;
    body.from = kDay - std::chrono::days{27};
    body.to = kDay;
    const nlohmann::json doc = body_used_json(body);
    EXPECT_DOUBLE_EQ(doc["weight_kg"].get<double>(), 74.1);
    EXPECT_EQ(doc["weight_source"], "measured");
    EXPECT_TRUE(doc["body_fat_pct"].is_null());
    EXPECT_EQ(doc["to"], "2026-11-22");
}

}  // namespace
}  // namespace ironstride::report
