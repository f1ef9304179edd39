#include <gtest/gtest.h>

#include "ironstride/units/civil_time.hpp"

namespace ironstride::units {
namespace {

using namespace std::chrono;

TEST(ParseIsoDate, AcceptsValidDatesOnly) {
    auto day = parse_iso_date("2024-02-29");
    ASSERT_TRUE(day.ok());
    EXPECT_EQ(format_iso_date(*day), "2024-02-29");
    EXPECT_FALSE(parse_iso_date("2023-02-29").ok());
    EXPECT_FALSE(parse_iso_date("2024-2-29").ok());
    const auto failure = parse_iso_date("tomorrow");
    ASSERT_FALSE(failure.ok());
    EXPECT_NE(failure.failure().message.find("\"tomorrow\""), std::string::npos);
}

TEST(ParseTimeOfDay, Accepts24HourClock) {
    EXPECT_EQ(parse_time_of_day("06:30")->minutes, 390);
    EXPECT_FALSE(parse_time_of_day("24:00").ok());
    EXPECT_EQ(parse_time_of_day("24:00", true)->minutes, 1440);
    EXPECT_FALSE(parse_time_of_day("6:30").ok());
    EXPECT_FALSE(parse_time_of_day("12:60").ok());
}

TEST(ParseIsoInstant, AppliesTheZoneOffset) {
    const auto utc = parse_iso_instant("2024-05-01T06:30:00Z");
    ASSERT_TRUE(utc.ok());
    EXPECT_EQ(format_iso_instant(*utc), "2024-05-01T06:30:00Z");
    EXPECT_EQ(format_iso_instant(*parse_iso_instant("2024-05-01T08:30:00+02:00")), "2024-05-01T06:30:00Z");
    EXPECT_EQ(format_iso_instant(*parse_iso_instant("2024-05-01T06:30:00.750Z")), "2024-05-01T06:30:00Z");
    EXPECT_FALSE(parse_iso_instant("2024-05-01 06:30").ok());
}

TEST(Weekday, IsoIndexStartsOnMonday) {
    EXPECT_EQ(iso_weekday_index(sys_days{2026y / November / 23}), 0);  // a Monday
    EXPECT_EQ(iso_weekday_index(sys_days{2026y / November / 29}), 6);
}

TEST(Age, CountsTheBirthdayOnItsDay) {
    const auto birth = sys_days{1964y / March / 10};
    EXPECT_EQ(age_in_years(birth, sys_days{2026y / March / 9}), 61);
    EXPECT_EQ(age_in_years(birth, sys_days{2026y / March / 10}), 62);
}

}  // namespace
}  // namespace ironstride::units
