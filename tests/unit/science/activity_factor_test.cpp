#include <gtest/gtest.h>

#include "ironstride/science/activity_factor.hpp"

namespace ironstride::science {
namespace {

// evidence.md §5 "Activity multipliers" [TEST VECTOR]: Mifflin 1780 × the factors.
TEST(ActivityFactor, MifflinTimesFactors) {
    EXPECT_NEAR(1780.0 * activity_factor(ActivityLevel::sedentary), 2136.0, 0.05);
    EXPECT_NEAR(1780.0 * activity_factor(ActivityLevel::light), 2447.5, 0.05);
    EXPECT_NEAR(1780.0 * activity_factor(ActivityLevel::moderate), 2759.0, 0.05);
    EXPECT_NEAR(1780.0 * activity_factor(ActivityLevel::very_active), 3070.5, 0.05);
    EXPECT_NEAR(1780.0 * activity_factor(ActivityLevel::extra_active), 3382.0, 0.05);
    EXPECT_STREQ(to_string(ActivityLevel::very_active), "very_active");
}

}  // namespace
}  // namespace ironstride::science
