#include <gtest/gtest.h>

#include "ironstride/science/heart_rate_zones.hpp"

namespace ironstride::science {
namespace {

// evidence.md §2 "Heart-rate reserve (Karvonen)" [TEST VECTOR]: HRmax 190, HRrest 60.
TEST(Karvonen, TestVector) {
    EXPECT_NEAR(karvonen_target_bpm(190, 60, 0.60), 138.0, 1e-9);
    EXPECT_NEAR(karvonen_target_bpm(190, 60, 0.70), 151.0, 1e-9);
    EXPECT_NEAR(fraction_of_reserve(151, 190, 60), 0.70, 1e-12);
}

TEST(HeartRateZones, AcsmReserveZonesTileWithoutGaps) {
    const HrZones zones = heart_rate_zones(ZoneModel::acsm_hrr, 190, 60.0);
    EXPECT_EQ(zones.model, ZoneModel::acsm_hrr);
    // Z2 = ACSM moderate, 40–59 %HRR: 60 + 0.40 × 130 = 112 … 60 + 0.60 × 130 − 1 = 137.
    EXPECT_EQ(zones.zone2().name, "Z2");
    EXPECT_EQ(zones.zone2().label, "moderate");
    EXPECT_EQ(zones.zone2().low_bpm, 112);
    EXPECT_EQ(zones.zone2().high_bpm, 137);
    EXPECT_EQ(zones.zones[0].low_bpm, 99);  // 60 + 0.30 × 130
    EXPECT_EQ(zones.zones[4].high_bpm, 190);
    for (std::size_t i = 1; i < zones.zones.size(); ++i) {
        EXPECT_EQ(zones.zones[i].low_bpm, zones.zones[i - 1].high_bpm + 1) << i;
        EXPECT_DOUBLE_EQ(zones.zones[i].low_fraction, zones.zones[i - 1].high_fraction) << i;
    }
}

TEST(HeartRateZones, AcsmMaxZonesUseTheHrmaxColumn) {
    const HrZones zones = heart_rate_zones(ZoneModel::acsm_hrmax, 200, std::nullopt);
    EXPECT_FALSE(zones.resting_hr_bpm.has_value());
    EXPECT_EQ(zones.zones[0].low_bpm, 114);  // 57 %
    EXPECT_EQ(zones.zone2().low_bpm, 128);   // 64 %
    EXPECT_EQ(zones.zone2().high_bpm, 153);  // up to 77 % − 1
    EXPECT_EQ(zones.zones[4].low_bpm, 192);  // 96 %
}

TEST(HeartRateZones, SeilerZoneTwoIs72To82PercentOfMax) {
    const HrZones zones = heart_rate_zones(ZoneModel::seiler_hrmax, 200, 50.0);
    EXPECT_EQ(zones.zone2().low_bpm, 144);
    EXPECT_EQ(zones.zone2().high_bpm, 163);
    EXPECT_EQ(zones.zone2().label, "lactate 1.5-2.5 mmol/L");
    EXPECT_EQ(zones.zones[3].low_bpm, 176);  // 88 %
}

TEST(HeartRateZones, DefaultUsesReserveOnlyWithRestingHr) {
    EXPECT_EQ(default_heart_rate_zones(190, 60.0).model, ZoneModel::acsm_hrr);
    EXPECT_EQ(default_heart_rate_zones(190, std::nullopt).model, ZoneModel::acsm_hrmax);
    EXPECT_EQ(default_heart_rate_zones(190, 0.0).model, ZoneModel::acsm_hrmax);
    EXPECT_STREQ(to_string(ZoneModel::acsm_hrr), "acsm_hrr");
    EXPECT_NE(describe(ZoneModel::acsm_hrr).find("Karvonen"), std::string_view::npos);
}

}  // namespace
}  // namespace ironstride::science
