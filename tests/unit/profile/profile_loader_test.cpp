// One test per class of bad input (asserting file:line:col, key, message and hint), the SI conversions, the
// examples, and load_profile's error. The base profile below is valid; each test changes one line of it.

#include "ironstride/profile/profile_loader.hpp"

#include <chrono>
#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/error_expectations.hpp"

#include "ironstride/profile/schema.hpp"
#include "ironstride/util/error.hpp"
#include "support/test_support.hpp"

namespace ironstride::profile {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

constexpr std::chrono::year_month_day kTodayYmd{std::chrono::year{2026}, std::chrono::November, std::chrono::day{23}};
const units::CivilDay kToday{kTodayYmd};

// Line numbers matter: tests replace whole lines by number.
constexpr std::string_view kBase = R"(schema_version = 1
name = "Test"
[body]
sex = "female"
age = 30
height_cm = 165
weight_kg = 60
[heart]
resting_bpm = 60
[goal]
focus = "hybrid"
phase = "maintain"
[running]
experience = "new"
[[lifting.session]]
day = "mon"
name = "Lower"
start = "06:00"
lower_body_heavy = true
[availability]
mon = ["06:00-08:00", "17:00-19:00"]
)";

/// kBase with line `number` (1-based) replaced by `text` (which may hold several lines, or be empty to delete).
std::string with_line(int number, std::string_view text, std::string_view base = kBase) {
    std::string out;
    int line = 1;
    std::size_t start = 0;
    while (start < base.size()) {
        const std::size_t end = base.find('\n', start);
        const std::string_view current = base.substr(start, end - start);
        if (line == number) {
            if (!text.empty()) {
                out += text;
                out += '\n';
            }
        } else {
            out += current;
            out += '\n';
        }
        ++line;
        start = end + 1;
    }
    return out;
}

ProfileCheck run(std::string_view text) { return check_profile_text(text, "p.toml", kToday); }

std::vector<std::string> lines_of(const ProfileCheck& check, util::Severity severity) {
    std::vector<std::string> out;
    for (const util::Error& d : check.diagnostics) {
        if (d.severity() == severity) out.push_back(util::format_error(d, {.show_severity = true}));
    }
    return out;
}
std::vector<std::string> errors(const ProfileCheck& check) { return lines_of(check, util::Severity::error); }
std::vector<std::string> warnings(const ProfileCheck& check) { return lines_of(check, util::Severity::warning); }

/// The hint of the only error.
std::string only_hint(const ProfileCheck& check) {
    EXPECT_EQ(check.error_count(), 1U);
    for (const util::Error& d : check.diagnostics) {
        if (d.severity() == util::Severity::error) return d.hint();
    }
    return "(no error)";
}

TEST(ProfileLoader, BaseProfileIsValidWithoutDiagnostics) {
    const ProfileCheck check = run(kBase);
    ASSERT_TRUE(check.ok());
    EXPECT_THAT(check.diagnostics, IsEmpty());
    EXPECT_FALSE(check.internal_failure);
}

// ---- one test per class of bad input -----------------------------------------------------------------------------

TEST(ProfileLoader, TomlSyntaxErrorHasLineAndColumn) {
    const ProfileCheck check = run(with_line(9, "resting_bpm = "));
    EXPECT_FALSE(check.ok());
    EXPECT_THAT(errors(check), ElementsAre("p.toml:9:15: error: invalid TOML: Error while parsing key-value pair: "
                                           "expected value, saw '\\n'"));
    EXPECT_THAT(only_hint(check), HasSubstr("fix the syntax"));
}

TEST(ProfileLoader, UnknownKeySuggestsTheClosestKey) {
    const ProfileCheck check = run(with_line(7, "weigth_kg = 60"));
    EXPECT_THAT(errors(check),
                ElementsAre("p.toml:3:1: error: body.weight_kg: missing required key; expected weight_kg (from 30 "
                            "to 250 kg) or weight_lb (from 66 to 550 lb)",
                            "p.toml:7:1: error: body.weigth_kg: unknown key; allowed in [body]: sex, birth_date, age, "
                            "height_cm, height_in, weight_kg, weight_lb, body_fat_pct"));
    EXPECT_EQ(check.diagnostics[1].code(), util::ErrorCode::profile_unknown_key);
    EXPECT_EQ(check.diagnostics[1].hint(), "did you mean 'weight_kg'?");
}

TEST(ProfileLoader, UnknownTableAtTheTopLevel) {
    const ProfileCheck check = run(with_line(20, "[availabilty]"));
    ASSERT_EQ(check.error_count(), 1U);
    EXPECT_THAT(errors(check)[0], HasSubstr("p.toml:20:2: error: availabilty: unknown key; allowed at the top level: "
                                            "schema_version, name, units, body"));
    EXPECT_EQ(only_hint(check), "did you mean 'availability'?");
}

TEST(ProfileLoader, WrongTypeNamesFoundAndExpected) {
    const ProfileCheck check = run(with_line(9, "resting_bpm = \"60\""));
    EXPECT_THAT(errors(check), ElementsAre("p.toml:9:15: error: heart.resting_bpm: found the string \"60\"; expected "
                                           "a number from 30 to 110 beats/min"));
    EXPECT_EQ(only_hint(check), "write it like resting_bpm = 60");
}

TEST(ProfileLoader, OutOfRangeBodyweight) {
    const ProfileCheck check = run(with_line(7, "weight_lb = 900"));
    EXPECT_THAT(errors(check),
                ElementsAre("p.toml:7:13: error: body.weight_lb: found 900; allowed: from 66 to 550 lb"));
    EXPECT_EQ(only_hint(check), "give your body weight in pounds (for kilograms use weight_kg)");
}

TEST(ProfileLoader, NotANumberIsOutOfRange) {
    const ProfileCheck check = run(with_line(6, "height_cm = nan"));
    EXPECT_THAT(errors(check),
                ElementsAre("p.toml:6:13: error: body.height_cm: found nan; allowed: from 120 to 230 cm"));
}

TEST(ProfileLoader, WholeNumberRequiredForAge) {
    const ProfileCheck check = run(with_line(5, "age = 30.5"));
    EXPECT_THAT(errors(check), ElementsAre("p.toml:5:7: error: body.age: found the number 30.5; expected a whole "
                                           "number from 14 to 100 years"));
}

TEST(ProfileLoader, MaxHeartRateBelowResting) {
    const ProfileCheck check = run(with_line(9, "resting_bpm = 60\nmax_bpm = 55"));
    EXPECT_THAT(errors(check), ElementsAre("p.toml:10:11: error: heart.max_bpm: found 55, not above resting_bpm = 60 "
                                           "(line 9); allowed: from 120 to 230 beats/min and above resting_bpm"));
    EXPECT_THAT(only_hint(check), HasSubstr("swapped"));
}

TEST(ProfileLoader, BirthDateInTheFuture) {
    const ProfileCheck check = run(with_line(5, "birth_date = 2030-01-01"));
    EXPECT_THAT(errors(check), ElementsAre("p.toml:5:14: error: body.birth_date: found 2030-01-01, which is after "
                                           "today (2026-11-23); allowed: a date in the past"));
}

TEST(ProfileLoader, BirthDateGivingAnAgeOutOfRange) {
    const ProfileCheck check = run(with_line(5, "birth_date = \"2015-06-01\""));
    EXPECT_THAT(errors(check), ElementsAre("p.toml:5:14: error: body.birth_date: found 2015-06-01 (age 11 on "
                                           "2026-11-23); allowed: ages from 14 to 100 years"));
}

TEST(ProfileLoader, OverlappingAvailabilityWindows) {
    const ProfileCheck check = run(with_line(21, "mon = [\"06:00-08:00\", \"07:30-09:00\"]"));
    EXPECT_THAT(errors(check), ElementsAre("p.toml:21:23: error: availability.mon[1]: found \"07:30-09:00\", which "
                                           "overlaps \"06:00-08:00\" (line 21); allowed: windows that do not overlap "
                                           "on the same day"));
    EXPECT_EQ(only_hint(check), "merge them into \"06:00-09:00\"");
}

TEST(ProfileLoader, ReversedAvailabilityWindow) {
    const ProfileCheck check = run(with_line(21, "tue = [\"19:00-17:00\"]"));
    EXPECT_THAT(errors(check), ElementsAre("p.toml:21:8: error: availability.tue[0]: found \"19:00-17:00\"; allowed: "
                                           "a window \"HH:MM-HH:MM\" that starts before it ends, 00:00 to 24:00"));
    EXPECT_EQ(only_hint(check),
              "\"19:00-17:00\" ends before it starts (a window must start before it ends, within one day)");
}

TEST(ProfileLoader, MalformedAvailabilityWindowAndWrongDayType) {
    const ProfileCheck check = run(with_line(21, "wed = [\"6am-8am\", 7]\nthu = \"06:00-07:00\""));
    EXPECT_THAT(errors(check),
                ElementsAre("p.toml:21:8: error: availability.wed[0]: found \"6am-8am\"; allowed: a window "
                            "\"HH:MM-HH:MM\" that starts before it ends, 00:00 to 24:00",
                            "p.toml:21:19: error: availability.wed[1]: found the number 7; expected a window "
                            "\"HH:MM-HH:MM\"",
                            "p.toml:22:7: error: availability.thu: found the string \"06:00-07:00\"; expected an array "
                            "of \"HH:MM-HH:MM\" windows"));
}

TEST(ProfileLoader, OverlappingLiftingSessions) {
    const ProfileCheck check = run(with_line(19,
                                             "lower_body_heavy = true\n[[lifting.session]]\nday = \"mon\"\n"
                                             "name = \"Upper\"\nstart = \"06:30\""));
    EXPECT_THAT(errors(check), ElementsAre("p.toml:23:9: error: lifting.session[1].start: \"Upper\" on mon (06:30, 60 "
                                           "min) overlaps \"Lower\" (06:00, 60 min, line 18); allowed: sessions that "
                                           "do not overlap on the same day"));
}

TEST(ProfileLoader, LiftingSessionOnAnUnknownDay) {
    const ProfileCheck check = run(with_line(16, "day = \"monday\""));
    EXPECT_THAT(errors(check), ElementsAre("p.toml:16:7: error: lifting.session[0].day: found \"monday\"; allowed: one "
                                           "of \"mon\", \"tue\", \"wed\", \"thu\", \"fri\", \"sat\" or \"sun\""));
}

TEST(ProfileLoader, LiftingSessionEndingAfterMidnight) {
    const ProfileCheck check = run(with_line(18, "start = \"23:30\""));
    EXPECT_THAT(errors(check), ElementsAre("p.toml:18:9: error: lifting.session[0].start: the session from 23:30 for "
                                           "60 min would end after midnight; allowed: sessions that end by 24:00"));
}

TEST(ProfileLoader, MissingRequiredKeyIsReportedAtItsTable) {
    const ProfileCheck check = run(with_line(4, ""));
    EXPECT_THAT(errors(check), ElementsAre("p.toml:3:1: error: body.sex: missing required key; expected one of "
                                           "\"female\" or \"male\""));
    EXPECT_EQ(only_hint(check), "add sex = \"female\" to [body]");
}

TEST(ProfileLoader, MissingRequiredTable) {
    const ProfileCheck check = run(with_line(8, "", with_line(9, "")));
    EXPECT_THAT(errors(check), ElementsAre("p.toml:1:1: error: heart: missing required table [heart]"));
}

TEST(ProfileLoader, BothAlternativesGiven) {
    const ProfileCheck check = run(with_line(7, "weight_kg = 60\nweight_lb = 132"));
    EXPECT_THAT(errors(check), ElementsAre("p.toml:8:13: error: body.weight_lb: found both weight_lb and weight_kg "
                                           "(line 7); allowed: exactly one of them"));
}

TEST(ProfileLoader, NeitherAlternativeGiven) {
    const ProfileCheck check = run(with_line(5, ""));
    EXPECT_THAT(errors(check), ElementsAre("p.toml:3:1: error: body.birth_date: missing required key; expected "
                                           "birth_date (a date YYYY-MM-DD) or age (a whole number of years)"));
}

TEST(ProfileLoader, RaceFocusWithoutRaceDistance) {
    const ProfileCheck check = run(with_line(11, "focus = \"race\""));
    EXPECT_THAT(errors(check), ElementsAre("p.toml:10:1: error: goal.race_distance: missing required key; expected "
                                           "\"5k\", \"10k\", \"half\" or \"marathon\" or metres (required with focus = "
                                           "\"race\" or event = \"race\")"));
}

TEST(ProfileLoader, EventDateWithoutEvent) {
    const ProfileCheck check = run(with_line(12, "phase = \"maintain\"\nevent_date = 2027-05-15"));
    EXPECT_THAT(errors(check), ElementsAre("p.toml:13:14: error: goal.event: missing; an event_date needs event = "
                                           "\"show\" or \"race\""));
}

TEST(ProfileLoader, EventDateInThePast) {
    const ProfileCheck check = run(with_line(12, "phase = \"maintain\"\nevent = \"show\"\nevent_date = 2026-05-15"));
    EXPECT_THAT(errors(check), ElementsAre("p.toml:14:14: error: goal.event_date: found 2026-05-15; allowed: from "
                                           "today (2026-11-23) to 3 years ahead (2029-11-23)"));
    EXPECT_THAT(only_hint(check), HasSubstr("the event is over"));
}

TEST(ProfileLoader, EventWithoutDate) {
    const ProfileCheck check = run(with_line(12, "phase = \"maintain\"\nevent = \"show\""));
    EXPECT_THAT(errors(check), ElementsAre("p.toml:10:1: error: goal.event_date: missing required key; expected a "
                                           "date YYYY-MM-DD (required with event)"));
}

TEST(ProfileLoader, UnknownWordSuggestsTheClosestWord) {
    const ProfileCheck check = run(with_line(12, "phase = \"lean bulk\""));
    EXPECT_THAT(errors(check), ElementsAre("p.toml:12:9: error: goal.phase: found \"lean bulk\"; allowed: one of "
                                           "\"cut\", \"maintain\" or \"lean_bulk\""));
    EXPECT_EQ(only_hint(check), "did you mean \"lean_bulk\"?");
}

TEST(ProfileLoader, RateMustMatchThePhase) {
    EXPECT_THAT(errors(run(with_line(12, "phase = \"cut\""))),
                ElementsAre("p.toml:10:1: error: goal.rate_pct_per_week: missing required key; expected a number "
                            "from 0.05 to 2 % of body weight per week"));
    EXPECT_THAT(errors(run(with_line(12, "phase = \"cut\"\nrate_pct_per_week = -0.5"))),
                ElementsAre("p.toml:13:21: error: goal.rate_pct_per_week: found -0.5; allowed: from 0.05 to 2 % of "
                            "body weight per week"));
    EXPECT_THAT(errors(run(with_line(12, "phase = \"maintain\"\nrate_pct_per_week = 0.5"))),
                ElementsAre("p.toml:13:21: error: goal.rate_pct_per_week: found 0.5 with phase = \"maintain\"; "
                            "allowed: 0, or leave the key out"));
    EXPECT_THAT(errors(run(with_line(12, "phase = \"lean_bulk\"\nrate_pct_per_week = 1.5"))),
                ElementsAre("p.toml:13:21: error: goal.rate_pct_per_week: found 1.5; allowed: from 0.05 to 1 % of "
                            "body weight per week"));
}

TEST(ProfileLoader, UnsupportedSchemaVersionIsReportedAlone) {
    const ProfileCheck check = run(with_line(1, "schema_version = 2\nfoo = 1"));
    EXPECT_THAT(errors(check), ElementsAre("p.toml:1:18: error: schema_version: found 2; allowed: 1 (the only schema "
                                           "version this ironstride reads)"));
}

TEST(ProfileLoader, MissingSchemaVersion) {
    const ProfileCheck check = run(with_line(1, ""));
    EXPECT_THAT(
        errors(check),
        ElementsAre("p.toml:1:1: error: schema_version: missing required key; expected a whole number exactly 1"));
    EXPECT_EQ(only_hint(check), "add a line schema_version = 1 at the top of the file");
}

TEST(ProfileLoader, NameWithAControlCharacter) {
    const ProfileCheck check = run(with_line(2, "name = \"A\\u001b[31m\""));
    EXPECT_THAT(errors(check), ElementsAre("p.toml:2:8: error: name: found a control character; allowed: a string of "
                                           "1 to 60 bytes without control characters"));
}

TEST(ProfileLoader, RecentRaceChecks) {
    EXPECT_THAT(
        errors(run(with_line(14, "experience = \"new\"\nrecent_race = { distance = \"10k\", time = \"9:30\" }"))),
        ElementsAre("p.toml:15:42: error: running.recent_race.time: found 9:30 for 10000 m, a pace of "
                    "0:57/km; allowed: paces from 2:13/km to 16:40/km"));
    EXPECT_THAT(
        errors(run(with_line(14, "experience = \"new\"\nrecent_race = { distance = \"10k\", time = \"48.30\" }"))),
        ElementsAre("p.toml:15:42: error: running.recent_race.time: found \"48.30\"; allowed: a race time "
                    "M:SS, MM:SS or H:MM:SS"));
    EXPECT_THAT(errors(run(with_line(14,
                                     "experience = \"new\"\nrecent_race = { distance = \"10km\", time = \"48:30\", "
                                     "date = 2027-01-01 }"))),
                ElementsAre("p.toml:15:28: error: running.recent_race.distance: found \"10km\"; allowed: \"5k\", "
                            "\"10k\", \"half\" or \"marathon\" or a number of metres from 1500 to 42195 m",
                            "p.toml:15:59: error: running.recent_race.date: found 2027-01-01, which is after today "
                            "(2026-11-23); allowed: the date of a race already run"));
}

TEST(ProfileLoader, RecentRaceDateBefore1900IsRefusedWithItsPosition) {
    EXPECT_THAT(errors(run(with_line(14,
                                     "experience = \"new\"\nrecent_race = { distance = \"10k\", time = \"48:30\", "
                                     "date = 0000-01-01 }"))),
                ElementsAre("p.toml:15:58: error: running.recent_race.date: found 0000-01-01; allowed: a date from "
                            "1900-01-01 to today (2026-11-23)"));
}

TEST(ProfileLoader, EveryErrorIsReportedInOneRun) {
    std::string text = with_line(7, "weight_lb = 900");
    text = with_line(9, "resting_bpm = 20", text);
    text = with_line(14, "experience = \"beginner\"", text);
    text = with_line(21, "mon = [\"06:00-08:00\", \"07:00-07:30\"]\nfri = [\"25:00-26:00\"]", text);
    const ProfileCheck check = run(text);
    EXPECT_FALSE(check.ok());
    EXPECT_EQ(check.error_count(), 5U);
    std::vector<std::uint32_t> lines;
    for (const util::Error& d : check.diagnostics) lines.push_back(d.pos().line.value_or(0));
    EXPECT_THAT(lines, ElementsAre(7, 9, 14, 21, 22));  // sorted by position
}

// ---- warnings ----------------------------------------------------------------------------------------------------

TEST(ProfileLoader, WarningsDoNotMakeAProfileInvalid) {
    std::string text = with_line(12, "phase = \"cut\"\nrate_pct_per_week = 1.5");
    text += "[recovery]\nsleep_target_h = 6\n";
    const ProfileCheck check = run(text);
    ASSERT_TRUE(check.ok());
    EXPECT_THAT(warnings(check),
                ElementsAre("p.toml:13:21: warning: goal.rate_pct_per_week: 1.5 % per week is outside the evidence "
                            "band for a cut (0.5 to 1 % per week, Helms 2014)",
                            "p.toml:24:18: warning: recovery.sleep_target_h: 6 h is outside the recommended 7 to 9 h "
                            "per night for adults (National Sleep Foundation, Hirshkowitz 2015)"));
}

TEST(ProfileLoader, SleepBandNarrowsFromAge65) {
    const std::string text = with_line(5, "age = 70") + "[recovery]\nsleep_target_h = 8.5\n";
    EXPECT_THAT(warnings(run(text)), ElementsAre(HasSubstr("8.5 h is outside the recommended 7 to 8 h per night from "
                                                           "age 65")));
    const std::string younger = with_line(5, "age = 64") + "[recovery]\nsleep_target_h = 8.5\n";
    EXPECT_THAT(warnings(run(younger)), IsEmpty());
}

TEST(ProfileLoader, NoLiftingAndNoAvailabilityAreWarnings) {
    std::string text(kBase.substr(0, kBase.find("[[lifting.session]]")));
    const ProfileCheck check = run(text);
    ASSERT_TRUE(check.ok());
    EXPECT_THAT(warnings(check),
                ElementsAre("p.toml:1:1: warning: lifting.session: no lifting sessions: the plan will have no lifting "
                            "to protect",
                            "p.toml:1:1: warning: availability: no availability windows: the planner has no time to "
                            "place runs"));
}

// ---- conversions -------------------------------------------------------------------------------------------------

TEST(ProfileLoader, ImperialInputIsConvertedToSi) {
    std::string text = with_line(6, "height_in = 65");
    text = with_line(7, "weight_lb = 132", text);
    text = with_line(14,
                     "experience = \"intermediate\"\nrecent_race = { distance = \"half\", time = \"1:45:00\" }\n"
                     "max_weekly_increase_pct = 20",
                     text);
    const ProfileCheck check = run(text);
    ASSERT_TRUE(check.ok()) << (check.diagnostics.empty() ? "" : check.diagnostics[0].to_string());
    const domain::Athlete& a = *check.athlete;
    EXPECT_DOUBLE_EQ(a.height_m, 65 * 0.0254);
    EXPECT_DOUBLE_EQ(a.weight_kg, 132 * 0.45359237);
    ASSERT_TRUE(a.recent_race.has_value());
    EXPECT_DOUBLE_EQ(a.recent_race->distance_m, 21097.5);
    EXPECT_DOUBLE_EQ(a.recent_race->time_s, 6300.0);
    EXPECT_FALSE(a.recent_race->date.has_value());
    EXPECT_DOUBLE_EQ(a.max_weekly_increase, 0.20);
    EXPECT_EQ(a.experience, domain::RunningExperience::intermediate);
}

TEST(ProfileLoader, MetricInputAndDefaults) {
    const ProfileCheck check = run(kBase);
    ASSERT_TRUE(check.ok());
    const domain::Athlete& a = *check.athlete;
    EXPECT_EQ(a.name, "Test");
    EXPECT_EQ(a.sex, domain::Sex::female);
    EXPECT_EQ(a.declared_age_years, 30);
    EXPECT_FALSE(a.birth_date.has_value());
    EXPECT_DOUBLE_EQ(a.height_m, 1.65);
    EXPECT_DOUBLE_EQ(a.weight_kg, 60.0);
    EXPECT_EQ(a.resting_hr_bpm, 60.0);
    EXPECT_FALSE(a.max_hr_bpm.has_value());
    EXPECT_EQ(a.goal, domain::Goal::hybrid);
    EXPECT_EQ(a.phase, domain::Phase::maintain);
    EXPECT_DOUBLE_EQ(a.rate_pct_per_week, 0.0);
    EXPECT_DOUBLE_EQ(a.max_weekly_increase, 0.10);  // the convention (evidence.md "Progression")
    EXPECT_DOUBLE_EQ(a.sleep_target_h, 8.0);
    EXPECT_EQ(a.units, domain::UnitSystem::metric);
    EXPECT_EQ(a.lifestyle, domain::Lifestyle::sedentary);
    ASSERT_EQ(a.lifting.size(), 1U);
    EXPECT_EQ(a.lifting[0].weekday, 0);
    EXPECT_EQ(a.lifting[0].start.minutes, 6 * 60);
    EXPECT_EQ(a.lifting[0].duration_min, 60);
    EXPECT_TRUE(a.lifting[0].lower_body_heavy);
    ASSERT_EQ(a.availability[0].size(), 2U);
    EXPECT_EQ(a.availability[0][1].start.minutes, 17 * 60);
    EXPECT_EQ(a.availability[0][1].end.minutes, 19 * 60);
    EXPECT_TRUE(a.availability[1].empty());
}

TEST(ProfileLoader, BirthDateAndEventAreKept) {
    std::string text = with_line(5, "birth_date = 1964-02-20");
    text =
        with_line(12, "phase = \"maintain\"\nevent = \"race\"\nrace_distance = 15000\nevent_date = 2027-04-11", text);
    const ProfileCheck check = run(text);
    ASSERT_TRUE(check.ok()) << (check.diagnostics.empty() ? "" : check.diagnostics[0].to_string());
    const domain::Athlete& a = *check.athlete;
    EXPECT_EQ(a.age_on(kToday), 62);
    EXPECT_EQ(a.event_kind, domain::EventKind::race);
    ASSERT_TRUE(a.event_date.has_value());
    EXPECT_EQ(units::format_iso_date(*a.event_date), "2027-04-11");
    EXPECT_EQ(a.goal_race_distance_m, 15000.0);
}

// ---- schema consistency ------------------------------------------------------------------------------------------

TEST(ProfileLoader, AllowedWordsFollowTheDomainEnumsInOrder) {
    // The loader maps a word's index onto the enum; domain::to_string gives the same word back.
    for (std::size_t i = 0; i < kSexNames.size(); ++i)
        EXPECT_EQ(domain::to_string(static_cast<domain::Sex>(i)), kSexNames[i]);
    for (std::size_t i = 0; i < kFocusNames.size(); ++i)
        EXPECT_EQ(domain::to_string(static_cast<domain::Goal>(i)), kFocusNames[i]);
    for (std::size_t i = 0; i < kPhaseNames.size(); ++i)
        EXPECT_EQ(domain::to_string(static_cast<domain::Phase>(i)), kPhaseNames[i]);
    for (std::size_t i = 0; i < kEventNames.size(); ++i)
        EXPECT_EQ(domain::to_string(static_cast<domain::EventKind>(i)), kEventNames[i]);
    for (std::size_t i = 0; i < kExperienceNames.size(); ++i) {
        EXPECT_EQ(domain::to_string(static_cast<domain::RunningExperience>(i)), kExperienceNames[i]);
    }
    for (std::size_t i = 0; i < kUnitNames.size(); ++i)
        EXPECT_EQ(domain::to_string(static_cast<domain::UnitSystem>(i)), kUnitNames[i]);
    for (std::size_t i = 0; i < kLifestyleNames.size(); ++i) {
        EXPECT_EQ(domain::to_string(static_cast<domain::Lifestyle>(i)), kLifestyleNames[i]);
    }
    for (int i = 0; i < 7; ++i) EXPECT_EQ(domain::weekday_key(i), kWeekdayKeys[static_cast<std::size_t>(i)]);
}

TEST(ProfileLoader, MalformedBirthDateStringHintsTheFormat) {
    const ProfileCheck check = run(with_line(5, "birth_date = \"1999-3-14\""));
    EXPECT_THAT(errors(check), ElementsAre("p.toml:5:14: error: body.birth_date: found the string \"1999-3-14\"; "
                                           "expected a date YYYY-MM-DD"));
    EXPECT_EQ(only_hint(check), "write a real calendar date, e.g. birth_date = 1990-04-02");
}

// ---- the examples and the file API -----------------------------------------------------------------------------

TEST(ProfileLoader, EveryExampleLoadsWithoutDiagnostics) {
    int count = 0;
    for (const auto& entry : std::filesystem::directory_iterator(testing::source_dir() / "examples")) {
        if (entry.path().extension() != ".toml") continue;
        ++count;
        const ProfileCheck check = check_profile_file(entry.path(), kToday);
        EXPECT_TRUE(check.ok()) << entry.path();
        for (const util::Error& d : check.diagnostics) ADD_FAILURE() << d.to_string();
    }
    EXPECT_GE(count, 4);
}

TEST(ProfileLoader, LoadProfileThrowsAtTheFirstErrorListingAll) {
    testing::TempDir dir;
    const auto path =
        testing::write_file(dir / "bad.toml", with_line(7, "weight_lb = 900", with_line(9, "resting_bpm = 5")));
    try {
        (void)load_profile(path, kToday);
        FAIL() << "no exception";
    } catch (const util::Error& error) {
        EXPECT_EQ(error.pos().line, 7U);
        EXPECT_EQ(error.pos().column, 13U);
        EXPECT_EQ(error.code(), util::ErrorCode::profile_out_of_range);
        EXPECT_EQ(error.subject(), "body.weight_lb");
        EXPECT_THAT(std::string(error.what()), HasSubstr("body.weight_lb: found 900; allowed: from 66 to 550 lb (and 1 "
                                                   "more error:\n  "));
        EXPECT_THAT(std::string(error.what()), HasSubstr("bad.toml:9:15: error: heart.resting_bpm: found 5"));
        EXPECT_THAT(error.hint(), HasSubstr("run 'ironstride profile check"));
    }
}

TEST(ProfileLoader, LoadProfileReturnsTheAthlete) {
    testing::TempDir dir;
    const auto path = testing::write_file(dir / "ok.toml", std::string(kBase));
    EXPECT_DOUBLE_EQ(load_profile(path, kToday).weight_kg, 60.0);
}

TEST(ProfileLoader, MissingFileIsAnIoError) {
    EXPECT_ERROR_CODE((void)check_profile_file("/nonexistent/profile.toml", kToday), util::ErrorCode::io_cannot_open);
}

TEST(ProfileLoader, ArbitraryBytesNeverThrow) {
    const std::vector<std::string> inputs{
        std::string("\0\0\0", 3),
        "\xff\xfe",
        "[",
        "a = [[[[[[[[",
        "schema_version = 9223372036854775807",
        "schema_version = 1\nbody = 1\nheart = []\ngoal = \"x\"\nrunning = 1970-01-01",
        "schema_version = 1\n[availability]\nmon = [[], {}, 1e308, \"00:00-24:00\", \"00:00-24:00\"]",
        std::string(kMaxProfileBytes + 1, '#')};
    for (const std::string& input : inputs) {
        ProfileCheck check;
        EXPECT_NO_THROW(check = run(input));
        EXPECT_FALSE(check.ok());
        EXPECT_FALSE(check.internal_failure);
        for (const util::Error& d : check.diagnostics) {
            EXPECT_TRUE(d.pos().line && d.pos().column) << d.to_string();
        }
    }
}

}  // namespace
}  // namespace ironstride::profile

namespace ironstride::profile {
namespace {

TEST(ProfileLoaderHealth, ConditionsAreReadInOrder) {
    const ProfileCheck check =
        check_profile_text(std::string(kBase) + "\n[health]\nconditions = [\"knee_osteoarthritis\", \"osteopenia\"]\n",
                           "p.toml", kToday);
    ASSERT_TRUE(check.ok()) << (check.diagnostics.empty() ? "" : util::format_error(check.diagnostics[0], {}));
    EXPECT_EQ(check.athlete->conditions, (std::vector{domain::HealthCondition::knee_osteoarthritis,
                                                      domain::HealthCondition::osteopenia}));
}

TEST(ProfileLoaderHealth, AnUnknownOrRepeatedConditionIsAnErrorWithItsPosition) {
    const ProfileCheck misspelt = check_profile_text(
        std::string(kBase) + "\n[health]\nconditions = [\"knee_osteoarthritus\"]\n", "p.toml", kToday);
    ASSERT_EQ(misspelt.error_count(), 1U);
    EXPECT_EQ(misspelt.diagnostics[0].code(), util::ErrorCode::profile_bad_value);
    EXPECT_EQ(misspelt.diagnostics[0].hint(), "did you mean \"knee_osteoarthritis\"?");
    EXPECT_THAT(util::format_error(misspelt.diagnostics[0], {}), HasSubstr("health.conditions[0]"));
    const ProfileCheck twice = check_profile_text(
        std::string(kBase) + "\n[health]\nconditions = [\"osteopenia\", \"osteopenia\"]\n", "p.toml", kToday);
    ASSERT_EQ(twice.error_count(), 1U);
    EXPECT_EQ(twice.diagnostics[0].code(), util::ErrorCode::profile_conflict);
}

}  // namespace
}  // namespace ironstride::profile
