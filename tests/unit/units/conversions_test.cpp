#include "ironstride/units/conversions.hpp"

#include <cstdint>
#include <type_traits>

#include <gtest/gtest.h>

namespace ironstride::units {
namespace {

TEST(TimeConstants, AreTheExactCountsOfTheirUnits) {
    EXPECT_EQ(kSecondsPerMinute, 60);
    EXPECT_EQ(kMinutesPerHour, 60);
    EXPECT_EQ(kSecondsPerHour, 3600);
    EXPECT_EQ(kMinutesPerDay, 1440);
    EXPECT_EQ(kMinutesPerWeek, 10080);
    EXPECT_EQ(kDaysPerWeek, 7);
    EXPECT_EQ(kSecondsPerDay, 86400);
    EXPECT_EQ(kMillisecondsPerSecond, 1000);
}

TEST(TimeConstants, EpochScaleFactorsAreSixtyFourBit) {
    static_assert(std::is_same_v<decltype(kSecondsPerDay), const std::int64_t>);
    static_assert(std::is_same_v<decltype(kMillisecondsPerSecond), const std::int64_t>);
    // 2100-01-01 in milliseconds does not fit 32 bits; the product must not wrap.
    constexpr std::int64_t kDays2100 = 47482;
    EXPECT_EQ(kDays2100 * kSecondsPerDay * kMillisecondsPerSecond, 4'102'444'800'000);
}

TEST(TimeConstants, MixWithDoublesWithoutLosingTheFraction) {
    EXPECT_DOUBLE_EQ(90.0 / kSecondsPerMinute, 1.5);
    EXPECT_DOUBLE_EQ(1500.0 / kMillisecondsPerSecond, 1.5);
    EXPECT_DOUBLE_EQ(mps_to_kmh(10.0), 36.0);
    EXPECT_DOUBLE_EQ(mps_to_m_per_min(2.5), 150.0);
}

}  // namespace
}  // namespace ironstride::units
