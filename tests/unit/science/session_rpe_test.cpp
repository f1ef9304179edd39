#include <vector>

#include <gtest/gtest.h>

#include "ironstride/science/session_rpe.hpp"

namespace ironstride::science {
namespace {

// evidence.md §7 [TEST VECTOR]: RPE 7 × 60 min = 420 AU.
TEST(SessionRpe, Load) { EXPECT_DOUBLE_EQ(session_rpe_load(7, 60), 420.0); }

// evidence.md §7 [TEST VECTOR]: week [420, 0, 300, 0, 500, 200, 0].
TEST(Monotony, PopulationAndSampleSd) {
    const std::vector<double> week{420, 0, 300, 0, 500, 200, 0};
    const WeekMonotony population = monotony_strain(week);
    EXPECT_DOUBLE_EQ(population.weekly_load, 1420.0);
    EXPECT_NEAR(population.mean, 202.86, 0.005);
    EXPECT_NEAR(population.sd, 195.79, 0.005);
    EXPECT_NEAR(*population.monotony, 1.036, 0.0005);
    EXPECT_NEAR(*population.strain, 1471.2, 0.05);

    const WeekMonotony sample = monotony_strain(week, SdConvention::sample);
    EXPECT_NEAR(sample.sd, 211.48, 0.005);
    EXPECT_NEAR(*sample.monotony, 0.959, 0.0005);
    EXPECT_NEAR(*sample.strain, 1362.1, 0.05);
}

TEST(Monotony, UndefinedWhenEveryDayIsEqual) {
    const std::vector<double> flat(7, 300.0);
    const WeekMonotony week = monotony_strain(flat);
    EXPECT_DOUBLE_EQ(week.sd, 0.0);
    EXPECT_FALSE(week.monotony.has_value());
    EXPECT_FALSE(week.strain.has_value());
}

}  // namespace
}  // namespace ironstride::science
