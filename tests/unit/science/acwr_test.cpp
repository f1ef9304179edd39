#include <vector>

#include <gtest/gtest.h>

#include "ironstride/science/acwr.hpp"

namespace ironstride::science {
namespace {

// evidence.md §7 [TEST VECTOR]: weekly loads 1000, 1100, 1200, then 1400 this week.
TEST(Acwr, CoupledAndUncoupled) {
    const std::vector<double> weeks{1000, 1100, 1200, 1400};
    EXPECT_NEAR(*acwr(weeks, AcwrForm::coupled), 1.191, 0.0005);
    EXPECT_NEAR(*acwr(weeks, AcwrForm::uncoupled), 1.273, 0.0005);
}

TEST(Acwr, UndefinedWithoutChronicLoad) {
    const std::vector<double> one{1000};
    EXPECT_FALSE(acwr(one, AcwrForm::coupled).has_value());
    const std::vector<double> zero_chronic{0, 0, 0, 500};
    EXPECT_FALSE(acwr(zero_chronic, AcwrForm::uncoupled).has_value());
    EXPECT_NEAR(*acwr(zero_chronic, AcwrForm::coupled), 4.0, 1e-12);
}

}  // namespace
}  // namespace ironstride::science
