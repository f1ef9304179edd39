#include <gtest/gtest.h>

#include "ironstride/science/bmr.hpp"

namespace ironstride::science {
namespace {

using domain::Sex;

// evidence.md §5 [TEST VECTOR]: man, 80 kg, 180 cm, 30 y, 15 % body fat (LBM 68 kg).
TEST(Bmr, ManTestVector) {
    EXPECT_NEAR(mifflin_st_jeor_kcal(Sex::male, 80, 180, 30), 1780.0, 0.05);
    EXPECT_NEAR(mifflin_st_jeor_full_kcal(Sex::male, 80, 180, 30), 1781.6, 0.05);
    EXPECT_NEAR(harris_benedict_1919_kcal(Sex::male, 80, 180, 30), 1864.5, 0.05);
    EXPECT_NEAR(roza_shizgal_kcal(Sex::male, 80, 180, 30), 1853.6, 0.05);
    EXPECT_NEAR(katch_mcardle_kcal(68), 1838.8, 0.05);
    EXPECT_NEAR(cunningham_1980_kcal(68), 1996.0, 0.05);
    EXPECT_NEAR(mifflin_ffm_kcal(68), 1752.6, 0.05);
}

// evidence.md §5 [TEST VECTOR]: woman, 60 kg, 165 cm, 30 y.
TEST(Bmr, WomanTestVector) {
    EXPECT_NEAR(mifflin_st_jeor_kcal(Sex::female, 60, 165, 30), 1320.25, 0.005);
    EXPECT_NEAR(harris_benedict_1919_kcal(Sex::female, 60, 165, 30), 1393.8, 0.05);
    EXPECT_NEAR(roza_shizgal_kcal(Sex::female, 60, 165, 30), 1383.7, 0.05);
}

TEST(Bmr, FullMifflinDiffersBySexConstant) {
    EXPECT_NEAR(mifflin_st_jeor_full_kcal(Sex::male, 60, 165, 30) - mifflin_st_jeor_full_kcal(Sex::female, 60, 165, 30),
                166.0, 1e-9);
}

domain::Athlete athlete(Sex sex, double weight_kg, double height_m, std::optional<double> body_fat_pct) {
    domain::Athlete a;
    a.sex = sex;
    a.weight_kg = weight_kg;
    a.height_m = height_m;
    a.body_fat_pct = body_fat_pct;
    a.declared_age_years = 30;
    return a;
}

TEST(EstimateBmr, KatchMcArdleWhenBodyFatKnown) {
    const BmrEstimate bmr = estimate_bmr(athlete(Sex::male, 80, 1.80, 15.0), 30);
    EXPECT_EQ(bmr.equation, BmrEquation::katch_mcardle);
    EXPECT_NEAR(bmr.kcal, 1838.8, 0.05);
    EXPECT_EQ(bmr.source, kKatchMcArdleSource);
    EXPECT_STREQ(to_string(bmr.equation), "katch_mcardle");
}

TEST(EstimateBmr, MifflinWithoutBodyFatConvertsHeightToCm) {
    const BmrEstimate bmr = estimate_bmr(athlete(Sex::female, 60, 1.65, std::nullopt), 30);
    EXPECT_EQ(bmr.equation, BmrEquation::mifflin_st_jeor);
    EXPECT_NEAR(bmr.kcal, 1320.25, 0.005);
    EXPECT_EQ(bmr.source, source_of(BmrEquation::mifflin_st_jeor));
}

}  // namespace
}  // namespace ironstride::science
