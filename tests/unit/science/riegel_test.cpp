#include <gtest/gtest.h>

#include "ironstride/science/riegel.hpp"
#include "ironstride/units/conversions.hpp"

namespace ironstride::science {
namespace {

// evidence.md §2 "Riegel race-time model" [TEST VECTOR] (computed), to 0.1 s.
TEST(Riegel, TestVectors) {
    EXPECT_NEAR(riegel_time_s(units::k5kMetres, 1200, units::k10kMetres), 2501.9, 0.05);              // 41:41.9
    EXPECT_NEAR(riegel_time_s(units::kHalfMarathonMetres, 5400, units::kMarathonMetres), 11258.6, 0.05);  // 3:07:38.6
    EXPECT_NEAR(riegel_time_s(units::k10kMetres, 3000, units::kHalfMarathonMetres), 6619.2, 0.05);    // 1:50:19.2
}

TEST(Riegel, SameDistanceKeepsTheTime) { EXPECT_DOUBLE_EQ(riegel_time_s(5000, 1234, 5000), 1234.0); }

}  // namespace
}  // namespace ironstride::science
