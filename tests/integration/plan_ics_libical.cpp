// `ironstride plan --format ics` read back by libical (an independent RFC 5545 parser): every session of the JSON
// plan is one VEVENT at the same floating local time and length, with a unique UID, the steps in its DESCRIPTION,
// and no parse or restriction errors.

#include <fstream>
#include <map>
#include <set>
#include <string>

#include <gtest/gtest.h>

#include <fmt/format.h>
#include <libical/ical.h>
#include <nlohmann/json.hpp>

#include "ironstride/util/file_bytes.hpp"
#include "support/test_support.hpp"

namespace ironstride {
namespace {

std::string run_plan(const std::string& profile, const std::string& format) {
    const auto command = fmt::format("{} plan --profile {} --start 2026-11-30 --weeks 8 --format {}",
                                     testing::shell_quote(testing::binary().string()),
                                     testing::shell_quote((testing::source_dir() / "examples" / profile).string()),
                                     format);
    const auto result = testing::run_command("IRONSTRIDE_TODAY=2026-11-23 " + command);
    EXPECT_EQ(result.exit_status, 0) << result.err;
    return result.out;
}

std::string unescape(const char* text) { return text == nullptr ? std::string() : std::string(text); }

class PlanIcsLibical : public ::testing::TestWithParam<const char*> {};

TEST_P(PlanIcsLibical, EverySessionIsAValidEventAtItsPlannedTime) {
    const std::string ics = run_plan(GetParam(), "ics");
    const auto plan = nlohmann::json::parse(run_plan(GetParam(), "json"));

    icalcomponent* calendar = icalparser_parse_string(ics.c_str());
    ASSERT_NE(calendar, nullptr);
    ASSERT_EQ(icalcomponent_isa(calendar), ICAL_VCALENDAR_COMPONENT);
    EXPECT_EQ(icalcomponent_count_errors(calendar), 0);
    EXPECT_EQ(icalrestriction_check(calendar), 1) << "RFC 5545 property restrictions";
    EXPECT_EQ(icalcomponent_count_errors(calendar), 0);

    // "YYYY-MM-DD HH:MM" -> (title, duration, first step) of the JSON plan.
    struct Expected {
        std::string title;
        int duration_min;
        std::string first_step;
    };
    std::map<std::string, Expected> expected;
    for (const auto& week : plan["weeks"]) {
        for (const auto& day : week["days"]) {
            for (const auto& s : day["sessions"]) {
                if (s["kind"] == "rest") continue;
                expected[day["date"].get<std::string>() + " " + s["start"].get<std::string>()] = {
                    s["title"].get<std::string>(), s["duration_min"].get<int>(), s["steps"][0].get<std::string>()};
            }
        }
    }
    ASSERT_FALSE(expected.empty());

    std::set<std::string> uids;
    int events = 0;
    for (icalcomponent* event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); event != nullptr;
         event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
        ++events;
        const icaltimetype start = icalcomponent_get_dtstart(event);
        const icaltimetype end = icalcomponent_get_dtend(event);
        EXPECT_EQ(start.zone, nullptr) << "floating local time";
        EXPECT_FALSE(start.is_date);
        const std::string key =
            fmt::format("{:04}-{:02}-{:02} {:02}:{:02}", start.year, start.month, start.day, start.hour, start.minute);
        const auto found = expected.find(key);
        ASSERT_NE(found, expected.end()) << "no session at " << key;
        const icaldurationtype length = icaltime_subtract(end, start);
        EXPECT_EQ(icaldurationtype_as_int(length), found->second.duration_min * 60) << key;
        const std::string summary = unescape(icalcomponent_get_summary(event));
        EXPECT_EQ(summary.rfind(found->second.title, 0), 0U) << summary;
        const std::string description = unescape(icalcomponent_get_description(event));
        EXPECT_NE(description.find(found->second.first_step), std::string::npos) << description;
        EXPECT_NE(description.find("Food: "), std::string::npos);
        const std::string uid = unescape(icalcomponent_get_uid(event));
        EXPECT_TRUE(uids.insert(uid).second) << "duplicate UID " << uid;
        const icaltimetype stamp = icalcomponent_get_dtstamp(event);
        EXPECT_TRUE(icaltime_is_utc(stamp));
        expected.erase(found);
    }
    EXPECT_GT(events, 0);
    EXPECT_TRUE(expected.empty()) << expected.size() << " sessions without an event";
    icalcomponent_free(calendar);
}

TEST(PlanIcsLibicalZone, AProfilesTimeZoneGivesTzidTimesLibicalResolvesThroughTheVtimezone) {
    // Maya in New York over the end of summer time (2026-11-01): every event carries TZID=America/New_York, libical
    // finds the zone in the calendar's own VTIMEZONE, and an 18:00 session is 23:00 UTC after the change.
    testing::TempDir dir;
    std::string profile = util::read_text_file(testing::source_dir() / "examples" / "maya-bikini.toml");
    profile.insert(profile.find("\n[body]"), "\ntime_zone = \"America/New_York\"\n");
    { std::ofstream(dir / "profile.toml") << profile; }
    const auto command = fmt::format("{} plan --profile {} --start 2026-10-26 --weeks 2 --format ics",
                                     testing::shell_quote(testing::binary().string()),
                                     testing::shell_quote((dir / "profile.toml").string()));
    const auto result = testing::run_command("IRONSTRIDE_TODAY=2026-10-20 " + command);
    ASSERT_EQ(result.exit_status, 0) << result.err;
    icalcomponent* calendar = icalparser_parse_string(result.out.c_str());
    ASSERT_NE(calendar, nullptr);
    EXPECT_EQ(icalcomponent_count_errors(calendar), 0);
    EXPECT_EQ(icalrestriction_check(calendar), 1) << "RFC 5545 property restrictions";
    icaltimezone* zone = icalcomponent_get_timezone(calendar, "America/New_York");
    ASSERT_NE(zone, nullptr) << "a VTIMEZONE for the TZID";
    int events = 0;
    for (icalcomponent* event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); event != nullptr;
         event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
        ++events;
        const icaltimetype start = icalcomponent_get_dtstart(event);
        ASSERT_NE(start.zone, nullptr);
        EXPECT_STREQ(icaltimezone_get_tzid(const_cast<icaltimezone*>(start.zone)), "America/New_York");
        icaltimetype utc = start;
        icaltimezone_convert_time(&utc, const_cast<icaltimezone*>(start.zone), icaltimezone_get_utc_timezone());
        const bool after_change = start.month == 11 && start.day >= 2;
        EXPECT_EQ((utc.hour - start.hour + 24) % 24, after_change ? 5 : 4)
            << start.year << "-" << start.month << "-" << start.day << " " << start.hour;
    }
    EXPECT_GT(events, 0);
    icalcomponent_free(calendar);
}

INSTANTIATE_TEST_SUITE_P(Examples, PlanIcsLibical,
                         ::testing::Values("maya-bikini.toml", "marcus-hybrid.toml", "helen-longevity.toml",
                                           "jordan-returning.toml"));

}  // namespace
}  // namespace ironstride
