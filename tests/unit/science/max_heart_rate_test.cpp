#include <gtest/gtest.h>

#include "ironstride/science/max_heart_rate.hpp"

namespace ironstride::science {
namespace {

// evidence.md §2 "Maximum heart rate (HRmax) formulas" [TEST VECTOR] (computed).
TEST(MaxHeartRate, Age30) {
    EXPECT_NEAR(fox_max_hr_bpm(30), 190.0, 1e-9);
    EXPECT_NEAR(tanaka_max_hr_bpm(30), 187.0, 0.05);
    EXPECT_NEAR(gellish_linear_max_hr_bpm(30), 186.0, 0.05);
    EXPECT_NEAR(gellish_nonlinear_max_hr_bpm(30), 185.7, 0.05);
}

TEST(MaxHeartRate, Age40) {
    EXPECT_NEAR(fox_max_hr_bpm(40), 180.0, 1e-9);
    EXPECT_NEAR(tanaka_max_hr_bpm(40), 180.0, 0.05);
    EXPECT_NEAR(gellish_linear_max_hr_bpm(40), 179.0, 0.05);
    EXPECT_NEAR(gellish_nonlinear_max_hr_bpm(40), 180.8, 0.05);
}

TEST(MaxHeartRate, Age50) {
    EXPECT_NEAR(fox_max_hr_bpm(50), 170.0, 1e-9);
    EXPECT_NEAR(tanaka_max_hr_bpm(50), 173.0, 0.05);
    EXPECT_NEAR(gellish_linear_max_hr_bpm(50), 172.0, 0.05);
}

TEST(EstimateMaxHr, MeasuredWins) {
    const MaxHrEstimate estimate = estimate_max_hr(195.0, 30);
    EXPECT_DOUBLE_EQ(estimate.bpm, 195.0);
    EXPECT_EQ(estimate.formula, MaxHrFormula::measured);
    EXPECT_STREQ(to_string(estimate.formula), "measured");
}

TEST(EstimateMaxHr, DefaultsToTanakaAndNamesIt) {
    const MaxHrEstimate estimate = estimate_max_hr(std::nullopt, 62);
    EXPECT_EQ(estimate.formula, MaxHrFormula::tanaka);
    EXPECT_NEAR(estimate.bpm, 208.0 - 0.7 * 62, 1e-9);
    EXPECT_EQ(estimate.source, kTanakaSource);
    EXPECT_STREQ(to_string(estimate.formula), "tanaka");
}

TEST(EstimateMaxHr, OtherFormulaOnRequest) {
    const MaxHrEstimate estimate = estimate_max_hr(std::nullopt, 30, MaxHrFormula::gellish_nonlinear);
    EXPECT_NEAR(estimate.bpm, 185.7, 0.05);
    EXPECT_EQ(estimate.source, kGellishSource);
    EXPECT_NEAR(predict_max_hr_bpm(MaxHrFormula::fox, 30), 190.0, 1e-9);
}

}  // namespace
}  // namespace ironstride::science
