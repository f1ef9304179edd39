#include <cmath>

#include <gtest/gtest.h>

#include "ironstride/science/energy_expenditure.hpp"
#include "ironstride/units/conversions.hpp"

namespace ironstride::science {
namespace {

// evidence.md §5 [TEST VECTOR] ACSM, 10 km/h flat (166.67 m/min) → 36.83 ml/kg/min = 10.52 METs.
TEST(AcsmRunning, TenKmPerHourFlat) {
    const double speed = 10000.0 / 60.0;
    EXPECT_NEAR(acsm_running_vo2_ml_kg_min(speed), 36.83, 0.005);
    EXPECT_NEAR(vo2_to_met(acsm_running_vo2_ml_kg_min(speed)), 10.52, 0.005);
}

TEST(AcsmRunning, GradeAddsVerticalTerm) {
    // 0.9 · S · G: at 200 m/min and 5 % → +9 ml/kg/min.
    EXPECT_NEAR(acsm_running_vo2_ml_kg_min(200, 0.05) - acsm_running_vo2_ml_kg_min(200), 9.0, 1e-9);
    EXPECT_NEAR(acsm_walking_vo2_ml_kg_min(80, 0.05) - acsm_walking_vo2_ml_kg_min(80), 7.2, 1e-9);
}

// evidence.md §5 [TEST VECTOR] Hall et al. 2004, 80 kg, 1600 m.
TEST(AcsmEnergy, HallRunningAndWalking) {
    EXPECT_NEAR(oxygen_litres(acsm_running_vo2_ml_kg_min(2.82 * 60), 80, 1600 / (2.82 * 60)), 28.25, 0.005);
    EXPECT_NEAR(acsm_running_gross_kcal(80, 1600, 2.82, 4.86), 137.3, 0.05);
    EXPECT_NEAR(acsm_running_gross_kcal(80, 1600, 2.82, 5.0), 141.2, 0.05);
    EXPECT_NEAR(acsm_running_gross_kcal(80, 1600, 2.82), 141.2, 0.05);  // default constant is 5.0 kcal/L
    EXPECT_NEAR(std::round(acsm_running_gross_kcal(80, 1600, 2.82, 4.86)), 137.0, 1e-9);  // Hall's printed value

    EXPECT_NEAR(oxygen_litres(acsm_walking_vo2_ml_kg_min(1.41 * 60), 80, 1600 / (1.41 * 60)), 18.10, 0.005);
    EXPECT_NEAR(acsm_walking_gross_kcal(80, 1600, 1.41, 4.86), 87.9, 0.05);
    EXPECT_NEAR(acsm_walking_gross_kcal(80, 1600, 1.41, 5.0), 90.5, 0.05);
    EXPECT_NEAR(std::round(acsm_walking_gross_kcal(80, 1600, 1.41, 4.86)), 88.0, 1e-9);
}

// evidence.md §5: the horizontal running term × 5 kcal/L gives 1.0 kcal/kg/km net (Margaria 1963).
TEST(NetCost, RunningIsOneKcalPerKgPerKm) {
    EXPECT_NEAR(running_net_kcal(70, 1000), 70.0, 1e-9);
    EXPECT_NEAR(running_net_kcal(80, 10000), 800.0, 1e-9);
    EXPECT_NEAR(walking_net_kcal(80, 10000), 400.0, 1e-9);  // half of running
}

// evidence.md §5 [TEST VECTOR] 70 kg, running at 6 mph (9.8 MET) for 30 min.
TEST(MetConversion, AcsmConventionAndQuickApproximation) {
    EXPECT_NEAR(met_kcal_acsm(kMetRunning6Mph12050, 70, 30), 360.2, 0.05);
    EXPECT_NEAR(met_kcal_approx(kMetRunning6Mph12050, 70, 0.5), 343.0, 1e-9);
}

TEST(MetConversion, NetSubtractsRestingMet) {
    EXPECT_NEAR(met_net_kcal(6.0, 80, 60), met_kcal_acsm(5.0, 80, 60), 1e-9);
    EXPECT_DOUBLE_EQ(met_net_kcal(0.5, 80, 60), 0.0);
}

TEST(Compendium, PinnedCodes) {
    EXPECT_DOUBLE_EQ(kMetLiftingVigorous02050, 6.0);
    EXPECT_DOUBLE_EQ(kMetSquatsDeadlift02052, 5.0);
    EXPECT_DOUBLE_EQ(kMetLiftingMultiple02054, 3.5);
    EXPECT_DOUBLE_EQ(kMetRunning5Mph12030, 8.3);
    EXPECT_DOUBLE_EQ(kMetRunning6Mph12050, 9.8);
}

}  // namespace
}  // namespace ironstride::science
