#include <gtest/gtest.h>

#include "ironstride/science/e1rm.hpp"

namespace ironstride::science {
namespace {

// evidence.md §6 "Estimated 1RM" [TEST VECTOR] (computed), to 0.01.
TEST(E1rm, FiveReps) {
    EXPECT_NEAR(epley_e1rm(100, 5), 116.67, 0.005);
    EXPECT_NEAR(brzycki_e1rm(100, 5), 112.50, 0.005);
    EXPECT_NEAR(lombardi_e1rm(100, 5), 117.46, 0.005);
}

TEST(E1rm, TenReps) {
    EXPECT_NEAR(epley_e1rm(100, 10), 133.33, 0.005);
    EXPECT_NEAR(brzycki_e1rm(100, 10), 133.33, 0.005);
    EXPECT_NEAR(lombardi_e1rm(100, 10), 125.89, 0.005);
}

// evidence.md trap 8: Epley at r = 1 must return w (the raw formula would give 1.033·w).
TEST(E1rm, SingleRepReturnsTheLoad) {
    EXPECT_DOUBLE_EQ(epley_e1rm(140, 1), 140.0);
    EXPECT_DOUBLE_EQ(brzycki_e1rm(140, 1), 140.0);
    EXPECT_DOUBLE_EQ(lombardi_e1rm(140, 1), 140.0);
}

}  // namespace
}  // namespace ironstride::science
