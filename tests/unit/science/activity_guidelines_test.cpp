#include <gtest/gtest.h>

#include "ironstride/science/activity_guidelines.hpp"

namespace ironstride::science {
namespace {

// evidence.md §8 [TEST VECTOR] (computed).
TEST(ActivityGuidelines, ModerateEquivalentMinutes) {
    EXPECT_DOUBLE_EQ(moderate_equivalent_min(90, 30), 150.0);
    EXPECT_TRUE(meets_aerobic_guideline(moderate_equivalent_min(90, 30)));
    EXPECT_DOUBLE_EQ(moderate_equivalent_min(0, 60), 120.0);
    EXPECT_FALSE(meets_aerobic_guideline(moderate_equivalent_min(0, 60)));
}

TEST(ActivityGuidelines, MetMinutes) { EXPECT_DOUBLE_EQ(met_minutes(4.0, 150), 600.0); }

TEST(ActivityGuidelines, MetClasses) {
    EXPECT_EQ(classify_met(2.9), MetClass::light);
    EXPECT_EQ(classify_met(3.0), MetClass::moderate);
    EXPECT_EQ(classify_met(5.9), MetClass::moderate);
    EXPECT_EQ(classify_met(6.0), MetClass::vigorous);
    EXPECT_STREQ(to_string(MetClass::vigorous), "vigorous");
}

TEST(ActivityGuidelines, StrengthDays) {
    EXPECT_FALSE(meets_strength_guideline(1));
    EXPECT_TRUE(meets_strength_guideline(2));
}

}  // namespace
}  // namespace ironstride::science
