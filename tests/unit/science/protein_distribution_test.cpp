#include "ironstride/science/protein_distribution.hpp"

#include <gtest/gtest.h>

namespace ironstride::science {
namespace {

TEST(ProteinDistribution, EightyKilosAtOnePointSixGramsIsFourMealsOfPointFour) {
    // evidence.md §5 test vector: 80 kg, 0.4 g/kg × 4 meals = 128 g (1.6 g/kg).
    const auto d = protein_distribution(128, 80, 30);
    EXPECT_EQ(d.meals, 4);
    EXPECT_DOUBLE_EQ(d.per_meal_g, 32);
    EXPECT_DOUBLE_EQ(d.leucine_low_g, 0.7);  // ISSN 700-3,000 mg per serving
    EXPECT_DOUBLE_EQ(d.leucine_high_g, 3.0);
    EXPECT_FALSE(d.older_adult);
}

TEST(ProteinDistribution, ALargerDayTakesMoreMealsWithinPointFiveFiveGramsEach) {
    const auto d = protein_distribution(2.2 * 80, 80, 30);  // 176 g: 4 meals would be 0.55 g/kg exactly
    EXPECT_EQ(d.meals, 4);
    const auto more = protein_distribution(200, 80, 30);  // 0.625 g/kg in 4: 5 meals of 40 g
    EXPECT_EQ(more.meals, 5);
    EXPECT_DOUBLE_EQ(more.per_meal_g, 40);
    EXPECT_EQ(protein_distribution(400, 80, 30).meals, 6);  // never more than 6
}

TEST(ProteinDistribution, From65EachMealHoldsAtLeast25GramsAndPointFourPerKilo) {
    // evidence.md §14 test vector: 75 kg, 70 years: 0.4 g/kg × 4 meals = 120 g (30 g per meal).
    const auto d = protein_distribution(90, 75, 70);  // ESPEN's 1.2 g/kg would be 22.5 g a meal
    EXPECT_TRUE(d.older_adult);
    EXPECT_EQ(d.meals, 4);
    EXPECT_DOUBLE_EQ(d.per_meal_g, 30);
    EXPECT_DOUBLE_EQ(d.leucine_low_g, 2.5);  // PROT-AGE
    EXPECT_DOUBLE_EQ(d.leucine_high_g, 2.8);
    EXPECT_DOUBLE_EQ(protein_distribution(90, 55, 66).per_meal_g, 25);  // the 25 g floor
}

}  // namespace
}  // namespace ironstride::science
