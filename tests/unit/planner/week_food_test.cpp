#include "ironstride/planner/week_food.hpp"

#include <vector>

#include <gtest/gtest.h>

namespace ironstride::planner {
namespace {

/// A day on its phase energy with `fat` and `carbs` grams (protein 150 g), the floors given.
PlanDay day_with(double fat_g, double fat_floor_g, double carbs_g, double carbs_floor_g, double raised_kcal = 0) {
    PlanDay day;
    NutritionTarget& n = day.nutrition;
    n.protein_g = 150;
    n.fat_g = fat_g;
    n.fat_floor_g = fat_floor_g;
    n.carbs_g = carbs_g;
    n.carbs_band_floor_g = carbs_floor_g;
    n.kcal = 4 * n.protein_g + 9 * fat_g + 4 * carbs_g;
    n.phase_kcal = n.kcal - raised_kcal;
    return day;
}

double mean(const std::vector<PlanDay>& days, double NutritionTarget::*member) {
    double sum = 0;
    for (const PlanDay& d : days) sum += d.nutrition.*member;
    return sum / static_cast<double>(days.size());
}

TEST(WeekFood, WhatTheHardDaysFloorAddedComesOffTheOtherDaysFatFirst) {
    // Two hard days raised 450 kcal each to their carbohydrate floor; five rest days hold 20 g of fat above the
    // floor each (900 kcal in all): the 900 kcal come off that fat, 180 kcal (20 g) a day, carbohydrate untouched.
    std::vector<PlanDay> week;
    for (int i = 0; i < 5; ++i) week.push_back(day_with(60, 40, 250, 240));
    week.push_back(day_with(45, 45, 480, 480, 450));
    week.push_back(day_with(45, 45, 480, 480, 450));
    const WeekEnergyBalance balance = balance_week_energy(week);
    EXPECT_DOUBLE_EQ(balance.raised_kcal, 900.0);
    EXPECT_NEAR(balance.moved_kcal, 900.0, 1e-9);
    EXPECT_NEAR(balance.unbalanced_kcal, 0.0, 1e-9);
    EXPECT_NEAR(mean(week, &NutritionTarget::kcal), mean(week, &NutritionTarget::phase_kcal), 1e-9);
    EXPECT_NEAR(week[0].nutrition.fat_g, 40.0, 1e-9);
    EXPECT_NEAR(week[0].nutrition.carbs_g, 250.0, 1e-9);
    EXPECT_NEAR(week[5].nutrition.carbs_g, 480.0, 1e-9);  // the raised days keep their floor
    for (const PlanDay& d : week) {
        const NutritionTarget& n = d.nutrition;
        EXPECT_NEAR(4 * n.protein_g + 9 * n.fat_g + 4 * n.carbs_g, n.kcal, 1e-9);  // Atwater still adds up
    }
}

TEST(WeekFood, ThenCarbohydrateAboveItsFloorInProportion) {
    // 500 kcal raised; the two other days have no fat to give and 100 g / 25 g of carbohydrate above their floors
    // (500 kcal in all): they give 400 and 100 kcal.
    std::vector<PlanDay> week{day_with(40, 40, 340, 240), day_with(40, 40, 265, 240), day_with(45, 45, 480, 480, 500)};
    const WeekEnergyBalance balance = balance_week_energy(week);
    EXPECT_NEAR(balance.moved_kcal, 500.0, 1e-9);
    EXPECT_NEAR(week[0].nutrition.carbs_g, 240.0, 1e-9);
    EXPECT_NEAR(week[1].nutrition.carbs_g, 240.0, 1e-9);
}

TEST(WeekFood, WhenNoOtherDayCanGiveTheRaisedDaysGiveBackTheirOwnCarbohydrate) {
    // Day 0 sits on its floors and day 1 is an event day (the event sets it: it gives nothing), so the 300 kcal
    // come back off the raised day's carbohydrate: 75 g, under its band's 480 g floor, flagged.
    std::vector<PlanDay> week{day_with(40, 40, 240, 240), day_with(60, 40, 300, 240), day_with(45, 45, 480, 480, 300)};
    week[1].nutrition.event_fuel = "carbohydrate loading";
    const WeekEnergyBalance balance = balance_week_energy(week);
    EXPECT_DOUBLE_EQ(balance.moved_kcal, 0.0);
    EXPECT_NEAR(balance.held_back_kcal, 300.0, 1e-9);
    EXPECT_NEAR(balance.unbalanced_kcal, 0.0, 1e-9);
    EXPECT_DOUBLE_EQ(week[1].nutrition.fat_g, 60.0);
    EXPECT_NEAR(week[2].nutrition.carbs_g, 405.0, 1e-9);
    EXPECT_NEAR(week[2].nutrition.kcal, week[2].nutrition.phase_kcal, 1e-9);
    EXPECT_TRUE(week[2].nutrition.carbs_below_band);
}

TEST(WeekFood, OnlyProteinAndFatFloorsAboveThePhaseLeaveEnergyUnbalanced) {
    // A steep cut: the day's phase energy is under protein + the fat floor, so it rose with no carbohydrate to give.
    std::vector<PlanDay> week{day_with(40, 40, 0, 165, 200), day_with(40, 40, 0, 165)};
    const WeekEnergyBalance balance = balance_week_energy(week);
    EXPECT_NEAR(balance.unbalanced_kcal, 200.0, 1e-9);
}

TEST(WeekFood, AWeekOnItsPhaseIsUntouched) {
    std::vector<PlanDay> week{day_with(60, 40, 300, 240), day_with(50, 40, 400, 300)};
    const std::vector<PlanDay> before = week;
    const WeekEnergyBalance balance = balance_week_energy(week);
    EXPECT_DOUBLE_EQ(balance.raised_kcal, 0.0);
    EXPECT_DOUBLE_EQ(week[0].nutrition.kcal, before[0].nutrition.kcal);
    EXPECT_DOUBLE_EQ(week[1].nutrition.fat_g, before[1].nutrition.fat_g);
}

}  // namespace
}  // namespace ironstride::planner
