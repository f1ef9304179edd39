#include <gtest/gtest.h>

#include "ironstride/science/energy_availability.hpp"

namespace ironstride::science {
namespace {

// evidence.md §5 "Energy availability" [TEST VECTOR]: 1600 kcal in, 600 kcal exercise, FFM 45 kg → 22.2 (low).
TEST(EnergyAvailability, TestVector) {
    const double ea = energy_availability_kcal_per_kg_ffm(1600, 600, 45);
    EXPECT_NEAR(ea, 22.2, 0.05);
    EXPECT_EQ(classify_energy_availability(ea), EnergyAvailabilityBand::low);
}

TEST(EnergyAvailability, BandEdges) {
    EXPECT_EQ(classify_energy_availability(45.0), EnergyAvailabilityBand::adequate);
    EXPECT_EQ(classify_energy_availability(44.99), EnergyAvailabilityBand::reduced);
    EXPECT_EQ(classify_energy_availability(30.0), EnergyAvailabilityBand::reduced);
    EXPECT_EQ(classify_energy_availability(29.99), EnergyAvailabilityBand::low);
    EXPECT_STREQ(to_string(EnergyAvailabilityBand::reduced), "reduced");
}

}  // namespace
}  // namespace ironstride::science
