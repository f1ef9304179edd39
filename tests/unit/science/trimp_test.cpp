#include <gtest/gtest.h>

#include "ironstride/science/trimp.hpp"

namespace ironstride::science {
namespace {

using domain::Sex;

// evidence.md §9 [TEST VECTOR]: 60 min, HRavg 150, HRrest 60, HRmax 190 → HRr 0.6923.
TEST(BanisterTrimp, SexSpecificCoefficients) {
    EXPECT_NEAR(banister_trimp(60, 150, 60, 190, Sex::male), 100.44, 0.005);
    EXPECT_NEAR(banister_trimp(60, 150, 60, 190, Sex::female), 113.52, 0.005);
    // The erroneous a = 0.64 with b = 1.67 for women would give 84.48 (evidence.md trap 7).
    EXPECT_NEAR(banister_trimp(60, 90.0 / 130.0, TrimpCoefficients{0.64, 1.67}), 84.48, 0.005);
}

// evidence.md §9 [TEST VECTOR] third-party worked example: 45 min male → 75.33.
TEST(BanisterTrimp, ThirdPartyExample) { EXPECT_NEAR(banister_trimp(45, 150, 60, 190, Sex::male), 75.33, 0.005); }

TEST(BanisterTrimp, FemalePerMinuteMaximum) {
    // At HRr = 1 the per-minute weight is 0.86·e^1.67 = 4.57 (evidence.md §9).
    EXPECT_NEAR(banister_trimp(1, 1.0, trimp_coefficients(Sex::female)), 4.57, 0.005);
}

TEST(HrTss, OneHourAtThresholdIsOneHundred) {
    const double threshold = threshold_hr_bpm(190);  // 167.2
    EXPECT_NEAR(threshold, 167.2, 1e-9);
    EXPECT_NEAR(hr_tss(60, threshold, 60, threshold), 100.0, 1e-9);
    // Half the reserve above rest for 90 min: 1.5 h × 0.5² × 100 = 37.5.
    EXPECT_NEAR(hr_tss(90, 60 + (threshold - 60) / 2, 60, threshold), 37.5, 1e-9);
}

}  // namespace
}  // namespace ironstride::science
