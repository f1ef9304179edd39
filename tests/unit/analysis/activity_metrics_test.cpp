#include "ironstride/analysis/activity_metrics.hpp"

#include <gtest/gtest.h>

#include "support/test_support.hpp"
#include "unit/analysis/analysis_fixtures.hpp"

namespace ironstride::analysis {
namespace {

using testing::lifter;

science::HeartRateProfile heart(domain::Sex sex) {
    domain::Athlete a = lifter();
    a.sex = sex;
    return science::heart_rate_profile(a, testing::day(2026, 1, 1));
}

domain::Activity run(double minutes, double avg_hr) {
    domain::Activity a;
    a.sport = domain::Sport::running;
    a.timer_s = minutes * 60;
    a.elapsed_s = minutes * 60 + 300;  // a pause: moving time must be used
    a.avg_hr_bpm = avg_hr;
    return a;
}

// evidence.md §9 [TEST VECTOR]: 60 min, HRavg 150, HRrest 60, HRmax 190 → male 100.44, female 113.52; 45 min → 75.33.
TEST(ActivityMetrics, BanisterTrimpTestVectorsOverMovingTime) {
    EXPECT_NEAR(*compute_activity_metrics(1, run(60, 150), heart(domain::Sex::male)).trimp, 100.44, 0.005);
    EXPECT_NEAR(*compute_activity_metrics(1, run(60, 150), heart(domain::Sex::female)).trimp, 113.52, 0.005);
    EXPECT_NEAR(*compute_activity_metrics(1, run(45, 150), heart(domain::Sex::male)).trimp, 75.33, 0.005);
}

TEST(ActivityMetrics, HrTssIsOneHundredForAnHourAtThreshold) {
    // Threshold = 88 % of HRmax 190 = 167.2 bpm (science::threshold_hr_bpm).
    EXPECT_NEAR(*compute_activity_metrics(1, run(60, 167.2), heart(domain::Sex::male)).hr_tss, 100.0, 1e-9);
    EXPECT_NEAR(*compute_activity_metrics(1, run(30, 167.2), heart(domain::Sex::male)).hr_tss, 50.0, 1e-9);
}

// evidence.md §7 [TEST VECTOR]: RPE 7 × 60 min = 420 AU.
TEST(ActivityMetrics, SessionRpeLoadWhenTheActivityCarriesAnRpe) {
    domain::Activity a;
    a.sport = domain::Sport::strength;
    a.elapsed_s = 3600;
    EXPECT_FALSE(compute_activity_metrics(1, a, heart(domain::Sex::male)).srpe_load.has_value());
    a.rpe = 7;
    const domain::ActivityMetrics m = compute_activity_metrics(1, a, heart(domain::Sex::male));
    EXPECT_DOUBLE_EQ(*m.srpe_load, 420.0);
    EXPECT_FALSE(m.trimp.has_value()) << "no heart rate, no TRIMP";
    EXPECT_EQ(m.computed_version, kMetricsVersion);
}

TEST(ActivityMetrics, NoImpulseAtOrBelowRestingHeartRate) {
    const domain::ActivityMetrics m = compute_activity_metrics(1, run(30, 55), heart(domain::Sex::male));
    EXPECT_EQ(*m.trimp, 0.0);
    EXPECT_EQ(*m.hr_tss, 0.0);
}

TEST(ActivityMetrics, MinutesPreferMovingTimeThenElapsedThenSamples) {
    domain::Activity a;
    EXPECT_FALSE(activity_minutes(a).has_value());
    a.samples.time_ms = {0, 90'000};
    EXPECT_DOUBLE_EQ(*activity_minutes(a), 1.5);
    a.elapsed_s = 600;
    EXPECT_DOUBLE_EQ(*activity_minutes(a), 10.0);
    a.timer_s = 480;
    EXPECT_DOUBLE_EQ(*activity_minutes(a), 8.0);
}

TEST(ActivityMetrics, TimeInZonesCountsEachSampleUntilTheNextAndSkipsPausesAndDropouts) {
    const science::HeartRateProfile h = heart(domain::Sex::male);
    // ACSM %HRR zones for 190/60: Z1 from 99 bpm, Z2 from 112, Z3 from 138, Z4 from 158, Z5 from 177.
    ASSERT_EQ(h.zones.model, science::ZoneModel::acsm_hrr);
    ASSERT_EQ(h.zones.zones[0].low_bpm, 99);
    ASSERT_EQ(h.zones.zones[4].low_bpm, 177);
    domain::SampleStream s;
    auto add = [&](std::int64_t ms, std::uint8_t bpm) {
        s.time_ms.push_back(ms);
        s.heart_rate_bpm.push_back(bpm);
    };
    add(0, 120);        // Z2 for 10 s
    add(10'000, 150);   // Z3 for 5 s
    add(15'000, 0);     // strap dropout: 5 s counted nowhere
    add(20'000, 190);   // above HRmax counts as Z5: 3 s
    add(23'000, 80);    // below Z1: 7 s counted nowhere
    add(30'000, 160);   // Z4, then a 2-minute pause: not counted
    add(150'000, 100);  // Z1 for 1 s
    add(151'000, 100);  // the last sample has no duration
    const auto zones = time_in_zones(s, h.zones);
    ASSERT_TRUE(zones.has_value());
    EXPECT_EQ(*zones, (std::array<double, 5>{1, 10, 5, 0, 3}));
    EXPECT_FALSE(time_in_zones(domain::SampleStream{}, h.zones).has_value());
}

}  // namespace
}  // namespace ironstride::analysis
