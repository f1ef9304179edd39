#include <gtest/gtest.h>

#include <fmt/format.h>

#include "ironstride/report/unit_format.hpp"

namespace ironstride::report {
namespace {

constexpr auto kMetric = UnitSystem::metric;
constexpr auto kImperial = UnitSystem::imperial;

TEST(FormatDuration, MinutesAndHours) {
    EXPECT_EQ(format_duration(0), "0:00");
    EXPECT_EQ(format_duration(59.4), "0:59");
    EXPECT_EQ(format_duration(2910), "48:30");
    EXPECT_EQ(format_duration(3599.6), "1:00:00");  // rounding carries into the hour
    EXPECT_EQ(format_duration(5491), "1:31:31");
    EXPECT_EQ(format_duration(-75), "-1:15");
}

TEST(FormatDuration, Decimals) {
    EXPECT_EQ(format_duration(1274.9, 1), "21:14.9");
    EXPECT_EQ(format_duration(59.96, 1), "1:00.0");
    EXPECT_EQ(format_duration(12180.8, 1), "3:23:00.8");
    EXPECT_EQ(format_duration(61.005, 2), "1:01.01");  // 61.005 is stored just above, rounds up
}

TEST(FormatPace, PerKilometreAndPerMile) {
    EXPECT_EQ(format_pace(1000.0 / 320.0, kMetric), "5:20 /km");
    EXPECT_EQ(format_pace(1609.344 / 515.0, kImperial), "8:35 /mi");
    EXPECT_EQ(format_pace_value(10000.0 / 3600.0, kMetric), "6:00");
    EXPECT_EQ(pace_unit(kImperial), "/mi");
}

TEST(FormatSpeed, KmhAndMph) {
    EXPECT_EQ(format_speed(10000.0 / 3600.0, kMetric), "10.0 km/h");
    EXPECT_EQ(format_speed(1609.344 * 6 / 3600.0, kImperial), "6.0 mph");
    EXPECT_EQ(format_speed_value(3.0, kImperial, 2), "6.71");
    EXPECT_EQ(speed_unit(kMetric), "km/h");
}

TEST(FormatDistance, KmAndMiles) {
    EXPECT_EQ(format_distance(12500, kMetric), "12.50 km");
    EXPECT_EQ(format_distance(1609.344 * 3.1, kImperial, 1), "3.1 mi");
    EXPECT_EQ(format_race_distance(21097.5, kMetric), "half marathon");
    EXPECT_EQ(format_race_distance(5000, kImperial), "5K");
    EXPECT_EQ(format_race_distance(1609.344, kMetric), "mile");
    EXPECT_EQ(format_race_distance(15000, kMetric), "15.00 km");
}

TEST(FormatMass, KgAndPounds) {
    EXPECT_EQ(format_mass(86, kMetric), "86.0 kg");
    EXPECT_EQ(format_mass(0.45359237 * 132, kImperial), "132.0 lb");
    EXPECT_EQ(format_mass(100, kImperial, 0), "220 lb");
}

TEST(FormatHeight, CmAndFeetInches) {
    EXPECT_EQ(format_height(1.82, kMetric), "182 cm");
    EXPECT_EQ(format_height(65 * 0.0254, kImperial), "5 ft 5 in");
    EXPECT_EQ(format_height(72 * 0.0254, kImperial), "6 ft 0 in");
}

TEST(FormatWhole, ThousandsSeparators) {
    EXPECT_EQ(format_whole(2136.4), "2,136");
    EXPECT_EQ(format_whole(999.5), "1,000");
    EXPECT_EQ(format_whole(1234567), "1,234,567");
    EXPECT_EQ(format_whole(-440), "-440");
    EXPECT_EQ(format_whole(0.2), "0");
}

TEST(Formatters, WrapTypesForFmt) {
    EXPECT_EQ(fmt::format("{}", Pace{1000.0 / 300.0, kMetric}), "5:00 /km");
    EXPECT_EQ(fmt::format("{}", Speed{1609.344 * 7.5 / 3600.0, kImperial}), "7.5 mph");
    EXPECT_EQ(fmt::format("{}", Distance{42195, kMetric}), "42.20 km");
    EXPECT_EQ(fmt::format("{}", Mass{60, kMetric}), "60.0 kg");
    EXPECT_EQ(fmt::format("{}", Duration{3725}), "1:02:05");
    EXPECT_EQ(fmt::format("[{:>10}]", Duration{65}), "[      1:05]");
}

}  // namespace
}  // namespace ironstride::report
