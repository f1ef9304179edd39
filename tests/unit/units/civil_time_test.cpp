#include <string>
#include <string_view>

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
    EXPECT_NE(failure.error().message().find("\"tomorrow\""), std::string::npos);
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

// parse_iso_date_time: every accepted and rejected form.

std::string iso(std::string_view text, const IsoDateTimeOptions& options = {}) {
    const auto parsed = parse_iso_date_time(text, options);
    if (!parsed) return "error";
    std::string zone = parsed->zone == IsoZone::none ? "none" : parsed->zone == IsoZone::utc ? "Z" : "offset";
    if (parsed->offset) zone += " " + std::to_string(parsed->offset->minutes);
    return format_iso_instant(parsed->instant) + " +" + std::to_string(parsed->subsecond.count()) + "ms " + zone;
}

TEST(ParseIsoDateTime, ReadsTheZone) {
    EXPECT_EQ(iso("2024-05-01T06:30:00Z"), "2024-05-01T06:30:00Z +0ms Z");
    EXPECT_EQ(iso("2024-05-01T08:30:00+02:00"), "2024-05-01T06:30:00Z +0ms offset 120");
    EXPECT_EQ(iso("2024-05-01T01:00:00-05:30"), "2024-05-01T06:30:00Z +0ms offset -330");
    EXPECT_EQ(iso("2024-05-01T06:30:00+00:00"), "2024-05-01T06:30:00Z +0ms offset 0");
    EXPECT_EQ(iso("2024-05-01T06:30:00-00:00"), "2024-05-01T06:30:00Z +0ms offset 0");
    EXPECT_EQ(iso("2024-05-01T06:30:00"), "2024-05-01T06:30:00Z +0ms none");  // no zone: read as UTC
    EXPECT_EQ(iso("2024-05-01T20:00:00+14:00"), "2024-05-01T06:00:00Z +0ms offset 840");
    EXPECT_EQ(iso("2024-05-01T06:30:00+14:59"), "2024-04-30T15:31:00Z +0ms offset 899");
    EXPECT_EQ(iso("2024-05-01T00:30:00+01:00"), "2024-04-30T23:30:00Z +0ms offset 60");  // the day changes
}

TEST(ParseIsoDateTime, KeepsFractionsToTheMillisecond) {
    EXPECT_EQ(iso("2024-05-01T06:30:00.7Z"), "2024-05-01T06:30:00Z +700ms Z");
    EXPECT_EQ(iso("2024-05-01T06:30:00.75Z"), "2024-05-01T06:30:00Z +750ms Z");
    EXPECT_EQ(iso("2024-05-01T06:30:00.750+02:00"), "2024-05-01T04:30:00Z +750ms offset 120");
    EXPECT_EQ(iso("2024-05-01T06:30:00.1239Z"), "2024-05-01T06:30:00Z +123ms Z");  // truncated, not rounded
    EXPECT_EQ(iso("2024-05-01T06:30:00.9999999Z"), "2024-05-01T06:30:00Z +999ms Z");
    EXPECT_EQ(iso("2024-05-01T06:30:00.000"), "2024-05-01T06:30:00Z +0ms none");
    EXPECT_EQ(parse_iso_date_time("2024-05-01T06:30:00.250Z")->unix_ms(), 1'714'545'000'250);
    EXPECT_EQ(parse_iso_date_time("1969-12-31T23:59:59.500Z")->unix_ms(), -500);
}

TEST(ParseIsoDateTime, ChecksTheCalendar) {
    EXPECT_EQ(iso("2024-02-29T12:00:00Z"), "2024-02-29T12:00:00Z +0ms Z");  // leap year
    EXPECT_EQ(iso("2000-02-29T12:00:00Z"), "2000-02-29T12:00:00Z +0ms Z");  // divisible by 400
    EXPECT_EQ(iso("1900-02-29T12:00:00Z"), "error");                        // divisible by 100 only
    EXPECT_EQ(iso("2023-02-29T12:00:00Z"), "error");
    EXPECT_EQ(iso("2024-04-31T12:00:00Z"), "error");
    EXPECT_EQ(iso("2024-13-01T12:00:00Z"), "error");
    EXPECT_EQ(iso("2024-00-10T12:00:00Z"), "error");
    EXPECT_EQ(iso("2024-01-00T12:00:00Z"), "error");
    EXPECT_EQ(iso("2024-12-31T23:59:59Z"), "2024-12-31T23:59:59Z +0ms Z");
}

TEST(ParseIsoDateTime, ChecksTheClock) {
    EXPECT_EQ(iso("2024-05-01T24:00:00Z"), "error");  // 24:00 is no time of a date-time
    EXPECT_EQ(iso("2024-05-01T25:00:00Z"), "error");
    EXPECT_EQ(iso("2024-05-01T23:60:00Z"), "error");
    EXPECT_EQ(iso("2024-05-01T23:59:61Z"), "error");
    EXPECT_EQ(iso("2016-12-31T23:59:60Z"), "2017-01-01T00:00:00Z +0ms Z");  // a leap second: the next second
    EXPECT_EQ(iso("2024-05-01T00:00:00Z"), "2024-05-01T00:00:00Z +0ms Z");
}

TEST(ParseIsoDateTime, RejectsOtherLayoutsAndGarbage) {
    for (const char* text : {
             "",
             "garbage",
             "2024-05-01",
             "2024-05-01T",
             "2024-05-01T06:30",         // no seconds
             "2024-05-01 06:30:00Z",     // a space instead of T (only with space_separator)
             "2024-05-01t06:30:00Z",     // lower-case t
             "2024-05-01T06:30:00z",     // lower-case z
             "2024-5-01T06:30:00Z",      // one-digit month
             "2024-05-1T06:30:00Z",
             "24-05-01T06:30:00Z",
             "2024/05/01T06:30:00Z",
             "2024-05-01T6:30:00Z",      // one-digit hour
             "2024-05-01T06:3:00Z",
             "2024-05-01T06:30:0Z",
             "2024-05-01T06-30-00Z",
             "2024-05-01T06:30:00.Z",    // a '.' without digits
             "2024-05-01T06:30:00,5Z",   // a decimal comma
             "2024-05-01T06:30:00.5.5Z",
             "2024-05-01T06:30:00ZZ",
             "2024-05-01T06:30:00 Z",
             "2024-05-01T06:30:00Z ",    // no surrounding whitespace
             " 2024-05-01T06:30:00Z",
             "2024-05-01T06:30:00+02",   // short offsets only with short_offsets
             "2024-05-01T06:30:00+0200",
             "2024-05-01T06:30:00+2:00",
             "2024-05-01T06:30:00+02:0",
             "2024-05-01T06:30:00+02:60",
             "2024-05-01T06:30:00+15:00",  // beyond ±14:59
             "2024-05-01T06:30:00-15:00",
             "2024-05-01T06:30:00+02:00Z",
             "2024-05-01T06:30:00UTC",
             "2024-05-01T06:30:00Zjunk",
             "x2024-05-01T06:30:00Z",
         }) {
        EXPECT_EQ(iso(text), "error") << text;
    }
}

TEST(ParseIsoDateTime, TheFailureQuotesTheInputAndNamesTheForm) {
    const auto failure = parse_iso_date_time("2024-05-01T24:00:00Z");
    ASSERT_FALSE(failure.ok());
    EXPECT_EQ(failure.error().message(),
              "\"2024-05-01T24:00:00Z\" is not a valid ISO 8601 date-time: the hour is above 23 (24:00 is no time of a "
              "date-time) (expected YYYY-MM-DDTHH:MM:SS[.fff][Z|±HH:MM])");
    const auto offset = parse_iso_date_time("2024-05-01T06:30:00+15:00");
    EXPECT_NE(offset.error().message().find("\"2024-05-01T06:30:00+15:00\""), std::string::npos);
    EXPECT_NE(offset.error().message().find("beyond ±14:59"), std::string::npos);
    const auto calendar = parse_iso_date_time("2023-02-29T00:00:00Z");
    EXPECT_NE(calendar.error().message().find("not in the calendar"), std::string::npos);
    const auto local = parse_iso_date_time("2024-11-28 17:36:08Z", {.space_separator = true, .local_time = true});
    EXPECT_NE(local.error().message().find("(expected YYYY-MM-DD(T| )HH:MM:SS)"), std::string::npos);
}

TEST(ParseIsoDateTime, SpaceSeparatorOption) {
    const IsoDateTimeOptions space{.space_separator = true};
    EXPECT_EQ(iso("2024-05-01 06:30:00Z", space), "2024-05-01T06:30:00Z +0ms Z");
    EXPECT_EQ(iso("2024-05-01T06:30:00Z", space), "2024-05-01T06:30:00Z +0ms Z");
    EXPECT_EQ(iso("2024-05-01  06:30:00Z", space), "error");
    EXPECT_EQ(iso("2024-05-01_06:30:00Z", space), "error");
}

TEST(ParseIsoDateTime, ShortOffsetsOption) {
    const IsoDateTimeOptions short_offsets{.short_offsets = true};
    EXPECT_EQ(iso("2024-05-01T08:30:00+0200", short_offsets), "2024-05-01T06:30:00Z +0ms offset 120");
    EXPECT_EQ(iso("2024-05-01T08:30:00+02", short_offsets), "2024-05-01T06:30:00Z +0ms offset 120");
    EXPECT_EQ(iso("2024-05-01T01:00:00-0530", short_offsets), "2024-05-01T06:30:00Z +0ms offset -330");
    EXPECT_EQ(iso("2024-05-01T08:30:00+02:00", short_offsets), "2024-05-01T06:30:00Z +0ms offset 120");
    EXPECT_EQ(iso("2024-05-01T08:30:00+2", short_offsets), "error");
    EXPECT_EQ(iso("2024-05-01T08:30:00+020", short_offsets), "error");
    EXPECT_EQ(iso("2024-05-01T08:30:00+1500", short_offsets), "error");
    EXPECT_EQ(iso("2024-05-01T08:30:00+0260", short_offsets), "error");
}

TEST(ParseIsoDateTime, LocalTimeAndOptionalSecondsOptions) {
    const IsoDateTimeOptions local{.space_separator = true, .optional_seconds = true, .local_time = true};
    EXPECT_EQ(iso("2024-11-28 17:36:08", local), "2024-11-28T17:36:08Z +0ms none");
    EXPECT_EQ(iso("2024-11-28T17:36:08", local), "2024-11-28T17:36:08Z +0ms none");
    EXPECT_EQ(iso("2024-11-28 17:36", local), "2024-11-28T17:36:00Z +0ms none");
    EXPECT_EQ(iso("2024-11-28 17:36:59", local), "2024-11-28T17:36:59Z +0ms none");
    EXPECT_EQ(iso("2024-11-28 17:36:60", local), "error");  // no leap second outside UTC
    EXPECT_EQ(iso("2024-11-28 17:36:08Z", local), "error");
    EXPECT_EQ(iso("2024-11-28 17:36:08+01:00", local), "error");
    EXPECT_EQ(iso("2024-11-28 17:36:08.5", local), "error");
    EXPECT_EQ(iso("2024-11-28 17:36Z", local), "error");
    EXPECT_EQ(iso("2024-11-28 17:3", local), "error");
    EXPECT_EQ(iso("2024-11-28 7:36:08", local), "error");
    EXPECT_EQ(iso("2024-11-28 24:00", local), "error");
    EXPECT_EQ(iso("2024-02-30 10:00:00", local), "error");
    const IsoDateTimeOptions minutes{.optional_seconds = true};
    EXPECT_EQ(iso("2024-05-01T06:30Z", minutes), "2024-05-01T06:30:00Z +0ms Z");
    EXPECT_EQ(iso("2024-05-01T06:30+02:00", minutes), "2024-05-01T04:30:00Z +0ms offset 120");
}

TEST(ParseIsoInstant, IsTheInstantOfTheStrictForm) {
    EXPECT_EQ(format_iso_instant(*parse_iso_instant("2024-05-01T23:30:00-01:00")), "2024-05-02T00:30:00Z");
    EXPECT_FALSE(parse_iso_instant("2024-05-01T06:30:00+0200").ok());
    EXPECT_FALSE(parse_iso_instant("2024-05-01T24:00:00Z").ok());
    const auto failure = parse_iso_instant("yesterday");
    ASSERT_FALSE(failure.ok());
    EXPECT_NE(failure.error().message().find("\"yesterday\""), std::string::npos);
}

TEST(ParseIsoDate, RejectsEveryOtherLayout) {
    EXPECT_TRUE(parse_iso_date("2000-02-29").ok());
    EXPECT_FALSE(parse_iso_date("1900-02-29").ok());
    EXPECT_EQ(parse_iso_date("2023-02-29").error().message(), "\"2023-02-29\" is not a valid calendar date");
    EXPECT_EQ(parse_iso_date("2024-05-01T00:00:00Z").error().message(),
              "\"2024-05-01T00:00:00Z\" is not a valid date (expected YYYY-MM-DD)");
    for (const char* text : {"", "2024-05-1", "2024/05/01", "2024-05-01 ", " 2024-05-01", "20240501", "2024-13-01",
                             "2024-00-01", "2024-01-32", "2024-o5-01"}) {
        EXPECT_FALSE(parse_iso_date(text).ok()) << text;
    }
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
