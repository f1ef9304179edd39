#include "ironstride/profile/detail/text_formats.hpp"

#include <gtest/gtest.h>

namespace ironstride::profile::detail {
namespace {

TEST(TextFormats, WindowParsesStartAndEnd) {
    const auto window = parse_window("06:00-07:30");
    ASSERT_TRUE(window.ok());
    EXPECT_EQ(window->start.minutes, 360);
    EXPECT_EQ(window->end.minutes, 450);
    EXPECT_EQ(window->minutes(), 90);
}

TEST(TextFormats, WindowAllowsSpacesAroundTheDashAndEndOfDay) {
    const auto window = parse_window("22:00 - 24:00");
    ASSERT_TRUE(window.ok());
    EXPECT_EQ(window->end.minutes, 24 * 60);
}

TEST(TextFormats, WindowRejectsMalformedAndReversed) {
    for (const char* bad :
         {"", "06:00", "6:00-7:00", "06:00-07:00-08:00", "24:00-24:00", "06:00-24:01", "ab:cd-ef:gh"}) {
        EXPECT_FALSE(parse_window(bad).ok()) << bad;
    }
    const auto reversed = parse_window("08:00-06:00");
    ASSERT_FALSE(reversed.ok());
    EXPECT_EQ(reversed.error().message(),
              "\"08:00-06:00\" ends before it starts (a window must start before it ends, within one day)");
    EXPECT_FALSE(parse_window("08:00-08:00").ok());
}

TEST(TextFormats, RaceTimes) {
    EXPECT_DOUBLE_EQ(*parse_race_time("48:30"), 2910.0);
    EXPECT_DOUBLE_EQ(*parse_race_time("9:05"), 545.0);
    EXPECT_DOUBLE_EQ(*parse_race_time("63:46"), 3826.0);  // minutes above 59 are fine without hours
    EXPECT_DOUBLE_EQ(*parse_race_time("1:45:07"), 6307.0);
    for (const char* bad :
         {"", "48", "48:3", "48:60", "1:60:00", "1:5:00", ":30", "0:00", "48.30", "1:2:3:4", "-1:00"}) {
        EXPECT_FALSE(parse_race_time(bad).ok()) << bad;
    }
    EXPECT_EQ(parse_race_time("48.30").error().message(),
              "\"48.30\" is not a race time (expected M:SS, MM:SS or H:MM:SS)");
}

TEST(TextFormats, RaceDistanceNames) {
    EXPECT_EQ(race_distance_from_name("5k"), 5000.0);
    EXPECT_EQ(race_distance_from_name("10k"), 10000.0);
    EXPECT_EQ(race_distance_from_name("half"), 21097.5);  // evidence.md §2: HM = 21,097.5 m
    EXPECT_EQ(race_distance_from_name("marathon"), 42195.0);
    EXPECT_FALSE(race_distance_from_name("10K").has_value());
}

TEST(TextFormats, WeekdayKeys) {
    EXPECT_EQ(weekday_from_key("mon"), 0);
    EXPECT_EQ(weekday_from_key("sun"), 6);
    EXPECT_FALSE(weekday_from_key("monday").has_value());
}

TEST(TextFormats, QuoteEscapesAndCuts) {
    EXPECT_EQ(quote("plain"), "\"plain\"");
    EXPECT_EQ(quote("a\"b\\c"), "\"a\\\"b\\\\c\"");
    EXPECT_EQ(quote(std::string_view("\x1b[31m\n", 6)), "\"\\u001B[31m\\u000A\"");
    EXPECT_EQ(quote("abcdef", 3), "\"abc...\"");
    // "é" is two bytes; a cut inside it steps back to the character boundary.
    EXPECT_EQ(quote("a\xc3\xa9z", 2), "\"a...\"");
}

TEST(TextFormats, Minutes) {
    EXPECT_EQ(format_minutes(45), "45 min");
    EXPECT_EQ(format_minutes(120), "2 h");
    EXPECT_EQ(format_minutes(65), "1 h 05 min");
}

}  // namespace
}  // namespace ironstride::profile::detail
