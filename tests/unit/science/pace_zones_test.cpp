#include <gtest/gtest.h>

#include "ironstride/science/pace_zones.hpp"
#include "ironstride/science/vdot.hpp"
#include "ironstride/units/conversions.hpp"

namespace ironstride::science {
namespace {

TEST(PaceZones, SpeedComesFromTheInverseVelocityFit) {
    // VDOT 50 at 100 % VO2max: v = 29.54 + 5.000663·50 − 0.007546·2500 = 260.708 m/min.
    EXPECT_NEAR(speed_at_fraction_mps(50, 1.0) * 60.0, 260.708, 0.001);
    // E at 59 %: VO2 29.5 → 29.54 + 147.5196 − 6.5669 = 170.4927 m/min.
    EXPECT_NEAR(speed_at_fraction_mps(50, 0.59) * 60.0, 170.493, 0.001);
}

TEST(PaceZones, BandsFromEvidence) {
    const auto zones = pace_zones(50);
    EXPECT_EQ(zones[0].kind, PaceKind::easy);
    EXPECT_DOUBLE_EQ(*zones[0].low_fraction, 0.59);
    EXPECT_DOUBLE_EQ(*zones[0].high_fraction, 0.74);
    EXPECT_DOUBLE_EQ(*zones[1].low_fraction, 0.75);
    EXPECT_DOUBLE_EQ(*zones[1].high_fraction, 0.84);
    EXPECT_DOUBLE_EQ(*zones[2].low_fraction, 0.83);
    EXPECT_DOUBLE_EQ(*zones[2].high_fraction, 0.88);
    EXPECT_DOUBLE_EQ(*zones[3].low_fraction, 0.95);
    EXPECT_DOUBLE_EQ(*zones[3].high_fraction, 1.00);
    EXPECT_FALSE(zones[4].low_fraction.has_value());
    EXPECT_STREQ(to_string(zones[4].kind), "R");
}

TEST(PaceZones, GetFasterFromEasyToRepetition) {
    const auto zones = pace_zones(45);
    for (const PaceZone& zone : zones) EXPECT_LE(zone.slow_speed_mps, zone.fast_speed_mps) << to_string(zone.kind);
    for (std::size_t i = 1; i < zones.size(); ++i) {
        EXPECT_GT(zones[i].fast_speed_mps, zones[i - 1].fast_speed_mps) << to_string(zones[i].kind);
    }
}

TEST(PaceZones, RepetitionIsPredictedMilePace) {
    const auto zones = pace_zones(50);
    const auto mile_s = predict_race_time_s(50, units::kMetresPerMile);
    ASSERT_TRUE(mile_s.has_value());
    EXPECT_NEAR(zones[4].fast_speed_mps, units::kMetresPerMile / *mile_s, 1e-9);
    EXPECT_DOUBLE_EQ(zones[4].slow_speed_mps, zones[4].fast_speed_mps);
    // Mile pace is faster than the I pace at 100 % VO2max (a mile lasts under ~11 min, so %max > 1).
    EXPECT_GT(zones[4].fast_speed_mps, zones[3].fast_speed_mps);
}

TEST(Pace, SecondsPerKilometre) {
    EXPECT_DOUBLE_EQ(pace_s_per_km(4.0), 250.0);
    EXPECT_NEAR(pace_s_per_km(10000.0 / 3600.0), 360.0, 1e-9);
}

TEST(Treadmill, SameSpeedAtOnePercent) {
    const TreadmillSetting setting = treadmill_setting(3.2);
    EXPECT_DOUBLE_EQ(setting.speed_mps, 3.2);
    EXPECT_DOUBLE_EQ(setting.grade_pct, 1.0);
}

}  // namespace
}  // namespace ironstride::science
