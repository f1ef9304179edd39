#include <vector>

#include <gtest/gtest.h>

#include "ironstride/science/impulse_response.hpp"

namespace ironstride::science {
namespace {

// evidence.md §9 [TEST VECTOR]: single impulse w = 100 on day 0, k1 = 1, k2 = 2, τ1 = 42, τ2 = 7.
TEST(BanisterResponse, SingleImpulseTable) {
    const std::vector<double> loads{100.0};
    struct Row {
        int day;
        double fitness, fatigue, performance;
    };
    const Row rows[] = {{1, 97.647, 86.688, -75.728},
                        {7, 84.648, 36.788, 11.072},
                        {14, 71.653, 13.534, 44.586},
                        {21, 60.653, 4.979, 50.696},
                        {28, 51.342, 1.832, 47.679}};
    for (const Row& row : rows) {
        const BanisterResponse r = banister_response(loads, row.day);
        EXPECT_NEAR(r.fitness, row.fitness, 0.0005) << row.day;
        EXPECT_NEAR(r.fatigue, row.fatigue, 0.0005) << row.day;
        EXPECT_NEAR(r.performance, row.performance, 0.0005) << row.day;
    }
}

TEST(BanisterResponse, OnlyEarlierDaysCount) {
    const std::vector<double> loads{100.0};
    const BanisterResponse same_day = banister_response(loads, 0);
    EXPECT_DOUBLE_EQ(same_day.fitness, 0.0);
    EXPECT_DOUBLE_EQ(same_day.fatigue, 0.0);
}

TEST(BanisterResponse, BreakEvenAndPeak) {
    EXPECT_NEAR(banister_break_even_day(), 5.822, 0.0005);
    EXPECT_NEAR(banister_peak_day(), 20.873, 0.0005);
    // At break-even the single-impulse response crosses zero.
    const std::vector<double> loads{100.0};
    EXPECT_LT(banister_response(loads, 5).performance, 0.0);
    EXPECT_GT(banister_response(loads, 6).performance, 0.0);
}

// evidence.md §9 [TEST VECTOR]: constant 100/day for 42 days from zero.
TEST(TrainingStress, ConstantLoadBothForms) {
    const std::vector<double> loads(42, 100.0);
    const auto additive = training_stress_series(loads, EwmaForm::additive);
    ASSERT_EQ(additive.size(), 42U);
    EXPECT_NEAR(additive.back().ctl, 63.654, 0.0005);
    EXPECT_NEAR(additive.back().atl, 99.846, 0.0005);
    EXPECT_NEAR(additive.back().tsb(), 63.654 - 99.846, 0.001);
    const auto exponential = training_stress_series(loads, EwmaForm::exponential);
    EXPECT_NEAR(exponential.back().ctl, 63.212, 0.0005);
    EXPECT_NEAR(exponential.back().atl, 99.752, 0.0005);
}

TEST(TrainingStress, StartsFromGivenState) {
    const std::vector<double> loads{0.0};
    const auto series = training_stress_series(loads, EwmaForm::additive, TrainingStress{42.0, 70.0});
    EXPECT_NEAR(series[0].ctl, 41.0, 1e-12);
    EXPECT_NEAR(series[0].atl, 60.0, 1e-12);
}

}  // namespace
}  // namespace ironstride::science
