#include <gtest/gtest.h>

#include "ironstride/science/run_progression.hpp"

namespace ironstride::science {
namespace {

TEST(NielsenRamp, FlagsOnlyAboveThirtyPercent) {
    EXPECT_NEAR(*weekly_change_fraction(100, 130), 0.30, 1e-12);
    EXPECT_FALSE(exceeds_nielsen_ramp(100, 130));
    EXPECT_TRUE(exceeds_nielsen_ramp(100, 131));
    EXPECT_FALSE(exceeds_nielsen_ramp(100, 80));
    EXPECT_FALSE(weekly_change_fraction(0, 50).has_value());
    EXPECT_FALSE(exceeds_nielsen_ramp(0, 50));
}

TEST(FrandsenSpike, CapIsTenPercentOverTheLongestRun) {
    EXPECT_NEAR(max_single_run(60), 66.0, 1e-9);
    EXPECT_EQ(classify_run_spike(66, 60), RunSpikeBand::none);
}

TEST(FrandsenSpike, BandsAndHazardRatios) {
    EXPECT_EQ(classify_run_spike(10000, 8000), RunSpikeBand::over_10_to_30_pct);  // +25 %
    EXPECT_NEAR(*run_spike_hazard_ratio(RunSpikeBand::over_10_to_30_pct), 1.64, 1e-12);
    EXPECT_EQ(classify_run_spike(12000, 8000), RunSpikeBand::over_30_to_100_pct);  // +50 %
    EXPECT_NEAR(*run_spike_hazard_ratio(RunSpikeBand::over_30_to_100_pct), 1.52, 1e-12);
    EXPECT_EQ(classify_run_spike(17000, 8000), RunSpikeBand::over_100_pct);
    EXPECT_NEAR(*run_spike_hazard_ratio(RunSpikeBand::over_100_pct), 2.28, 1e-12);
    EXPECT_FALSE(run_spike_hazard_ratio(RunSpikeBand::none).has_value());
    EXPECT_EQ(classify_run_spike(5000, 0), RunSpikeBand::none);
}

}  // namespace
}  // namespace ironstride::science
