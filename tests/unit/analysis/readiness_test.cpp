#include "ironstride/analysis/readiness.hpp"

#include <chrono>
#include <vector>

#include <gtest/gtest.h>

#include "unit/analysis/analysis_fixtures.hpp"

namespace ironstride::analysis {
namespace {

using std::chrono::days;
using testing::day;

const units::CivilDay kToday = day(2026, 3, 16);

domain::CheckIn good() { return {kToday, 8.0, 2, {}, {}, {}}; }

/// 14 earlier mornings with the given resting HR and HRV (alternating ± spread).
std::vector<domain::CheckIn> baseline(double rhr, double hrv, double hrv_spread = 5) {
    std::vector<domain::CheckIn> previous;
    for (int d = 1; d <= 14; ++d) {
        previous.push_back({kToday - days{d}, 8.0, 2, rhr, hrv + (d % 2 == 0 ? hrv_spread : -hrv_spread), {}});
    }
    return previous;
}

const ReadinessFactor& factor(const ReadinessAssessment& a, const std::string& key) {
    for (const ReadinessFactor& f : a.factors) {
        if (f.key == key) return f;
    }
    throw std::runtime_error("no factor " + key);
}

TEST(Readiness, GreenWhenEverythingIsInRange) {
    const ReadinessAssessment a = assess_readiness(kToday, good(), {}, 7.5, 5.0);
    EXPECT_EQ(a.level, Readiness::green);
    EXPECT_TRUE(a.checked_in);
    EXPECT_EQ(a.factors.size(), 3U);  // sleep, soreness, form (no resting HR or HRV given)
    EXPECT_FALSE(factor(a, "sleep").evidence.empty()) << "sleep cites NSF/AASM";
    EXPECT_TRUE(factor(a, "soreness").evidence.empty()) << "evidence.md is silent on soreness";
}

TEST(Readiness, SleepAgainstSevenHoursAndTheTarget) {
    domain::CheckIn c = good();
    c.sleep_h = 6.5;
    EXPECT_EQ(assess_readiness(kToday, c, {}, 7.5, {}).level, Readiness::amber);
    c.sleep_h = 4.5;
    EXPECT_EQ(assess_readiness(kToday, c, {}, 7.5, {}).level, Readiness::red);
    c.sleep_h = 7.0;
    EXPECT_EQ(assess_readiness(kToday, c, {}, 7.5, {}).level, Readiness::green);
    EXPECT_EQ(assess_readiness(kToday, c, {}, 8.5, {}).level, Readiness::amber) << "1.5 h under the own target";
}

TEST(Readiness, Soreness) {
    domain::CheckIn c = good();
    c.soreness = 4;
    EXPECT_EQ(assess_readiness(kToday, c, {}, 7.5, {}).level, Readiness::green);
    c.soreness = 6;
    EXPECT_EQ(assess_readiness(kToday, c, {}, 7.5, {}).level, Readiness::amber);
    c.soreness = 9;
    EXPECT_EQ(assess_readiness(kToday, c, {}, 7.5, {}).level, Readiness::red);
}

TEST(Readiness, RestingHeartRateAgainstTheOwnBaselines) {
    const std::vector<domain::CheckIn> previous = baseline(50, 60);
    domain::CheckIn c = good();
    c.resting_hr_bpm = 53;
    ReadinessAssessment a = assess_readiness(kToday, c, previous, 7.5, {});
    EXPECT_EQ(a.level, Readiness::green);
    EXPECT_DOUBLE_EQ(*factor(a, "resting_hr").baseline_28, 50);
    EXPECT_DOUBLE_EQ(*factor(a, "resting_hr").baseline_7, 50);
    c.resting_hr_bpm = 56;
    EXPECT_EQ(assess_readiness(kToday, c, previous, 7.5, {}).level, Readiness::amber);
    c.resting_hr_bpm = 61;
    EXPECT_EQ(assess_readiness(kToday, c, previous, 7.5, {}).level, Readiness::red);

    std::vector<domain::CheckIn> rising = baseline(50, 60);
    for (int d = 0; d < 7; ++d) rising[static_cast<std::size_t>(d)].resting_hr_bpm = 56;  // the last 7 mornings
    c.resting_hr_bpm = 53;
    a = assess_readiness(kToday, c, rising, 7.5, {});
    EXPECT_EQ(factor(a, "resting_hr").level, Readiness::amber) << "the 7-day mean runs 3+ bpm over the 28-day mean";

    a = assess_readiness(kToday, c, std::vector<domain::CheckIn>(previous.begin(), previous.begin() + 6), 7.5, {});
    EXPECT_EQ(factor(a, "resting_hr").level, Readiness::green) << "six mornings are no baseline";
    EXPECT_NE(factor(a, "resting_hr").reason.find("no 28-day baseline"), std::string::npos);
}

TEST(Readiness, HrvIsOnlyAModestAdjustment) {
    const std::vector<domain::CheckIn> previous = baseline(50, 60);  // mean 60, SD 5
    domain::CheckIn c = good();
    c.hrv_ms = 58;
    EXPECT_EQ(assess_readiness(kToday, c, previous, 7.5, {}).level, Readiness::green);
    c.hrv_ms = 50;
    ReadinessAssessment a = assess_readiness(kToday, c, previous, 7.5, {});
    EXPECT_EQ(a.level, Readiness::amber) << "low HRV turns green into amber";
    EXPECT_FALSE(factor(a, "hrv").evidence.empty()) << "Düking 2021";
    c.sleep_h = 6.5;
    a = assess_readiness(kToday, c, previous, 7.5, {});
    EXPECT_EQ(a.level, Readiness::amber) << "HRV never adds a second amber that would make red";
}

TEST(Readiness, TwoWarningSignsMakeRed) {
    domain::CheckIn c = good();
    c.sleep_h = 6.5;
    c.soreness = 6;
    const ReadinessAssessment a = assess_readiness(kToday, c, {}, 7.5, {});
    EXPECT_EQ(a.level, Readiness::red);
    EXPECT_NE(a.summary.find("two warning signs"), std::string::npos);
}

TEST(Readiness, FormAloneWithoutACheckIn) {
    ReadinessAssessment a = assess_readiness(kToday, std::nullopt, {}, 7.5, -10.0);
    EXPECT_FALSE(a.checked_in);
    EXPECT_EQ(a.level, Readiness::green);
    EXPECT_NE(a.summary.find("no check-in"), std::string::npos);
    a = assess_readiness(kToday, std::nullopt, {}, 7.5, -35.0);
    EXPECT_EQ(a.level, Readiness::amber);
    ASSERT_EQ(a.factors.size(), 1U);
    EXPECT_EQ(a.factors.front().key, "form");
}

}  // namespace
}  // namespace ironstride::analysis
