#include "ironstride/units/conversions.hpp"

#include <cstdint>
#include <type_traits>

#include <gtest/gtest.h>

namespace ironstride::units {
namespace {

// The factors are exact by definition (1959 international yard and pound); evaluated at compile time.
static_assert(pounds_to_kg(1.0) == 0.45359237);
static_assert(inches_to_m(1.0) == 0.0254);
static_assert(mps_to_m_per_min(1.0) == 60.0);
static_assert(kMarathonMetres == 2 * kHalfMarathonMetres);

TEST(Conversions, PoundsAndKilogramsRoundTrip) {
    EXPECT_DOUBLE_EQ(pounds_to_kg(100.0), 45.359237);
    EXPECT_DOUBLE_EQ(kg_to_pounds(45.359237), 100.0);
    EXPECT_NEAR(kg_to_pounds(60.0), 132.277, 1e-3);
    for (const double kg : {0.0, 2.5, 62.5, 140.0}) EXPECT_DOUBLE_EQ(pounds_to_kg(kg_to_pounds(kg)), kg);
}

TEST(Conversions, SpeedsToKmhMphAndMetresPerMinute) {
    EXPECT_DOUBLE_EQ(mps_to_kmh(10.0), 36.0);
    EXPECT_DOUBLE_EQ(mps_to_mph(kMetresPerMile / kSecondsPerHour), 1.0);
    EXPECT_NEAR(mps_to_mph(10.0), 22.369, 1e-3);
    EXPECT_DOUBLE_EQ(mps_to_m_per_min(3.0), 180.0);
    EXPECT_DOUBLE_EQ(mps_to_kmh(0.0), 0.0);
}

TEST(Conversions, LengthsAndRaceDistances) {
    EXPECT_DOUBLE_EQ(inches_to_m(70.0), 1.778);
    EXPECT_DOUBLE_EQ(k10kMetres / kMetresPerKilometre, 10.0);
    EXPECT_NEAR(kMarathonMetres / kMetresPerMile, 26.2188, 1e-4);
    EXPECT_DOUBLE_EQ(k5kMetres * 2, k10kMetres);
}

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
