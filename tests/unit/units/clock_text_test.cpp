#include "ironstride/units/clock_text.hpp"

#include <gtest/gtest.h>

namespace ironstride::units {
namespace {

TEST(ClockText, MinutesUnderAnHourHoursFromOne) {
    EXPECT_EQ(format_clock_duration(2910), "48:30");
    EXPECT_EQ(format_clock_duration(6307), "1:45:07");
    EXPECT_EQ(format_clock_duration(3599.6), "1:00:00") << "rounded to the second first";
    EXPECT_EQ(format_clock_duration(59.4), "0:59");
    EXPECT_EQ(format_clock_duration(0), "0:00");
}

}  // namespace
}  // namespace ironstride::units
