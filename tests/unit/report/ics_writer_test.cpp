#include "ironstride/report/ics_writer.hpp"

#include <gtest/gtest.h>

#include "ironstride/planner/planner.hpp"
#include "unit/planner/sample_athletes.hpp"

namespace ironstride::report {
namespace {

namespace pt = planner::testing;

TEST(PlanIcs, EscapesText) {
    EXPECT_EQ(ics_escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
}

TEST(PlanIcs, FoldsAt75OctetsWithoutSplittingUtf8) {
    const std::string line = "DESCRIPTION:" + std::string(100, 'x');
    const std::string folded = ics_fold(line);
    const auto first_break = folded.find("\r\n");
    EXPECT_EQ(first_break, 75U);
    EXPECT_EQ(folded.substr(first_break, 3), "\r\n ");
    EXPECT_EQ(folded.size(), line.size() + 3 + 2);  // one fold, one final CRLF

    // "é" is two octets; a fold never lands between them.
    std::string accents = "SUMMARY:";
    for (int i = 0; i < 60; ++i) accents += "\xC3\xA9";
    const std::string out = ics_fold(accents);
    std::size_t start = 0;
    while (start < out.size()) {
        const auto end = out.find("\r\n", start);
        ASSERT_NE(end, std::string::npos);
        EXPECT_LE(end - start, 75U);
        if (end < out.size() - 2) {
            EXPECT_NE(static_cast<unsigned char>(out[end + 3]) & 0xC0U, 0x80U) << "continuation byte after a fold";
        }
        start = end + 2;
    }
    std::string unfolded;
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (out.compare(i, 3, "\r\n ") == 0) {
            i += 2;
            continue;
        }
        if (out.compare(i, 2, "\r\n") == 0) break;
        unfolded += out[i];
    }
    EXPECT_EQ(unfolded, accents);
}

TEST(PlanIcs, OneEventPerSessionWithStableUidsAndFloatingTimes) {
    const auto plan = planner::make_plan(pt::hybrid_lifter(), pt::day(2026, 11, 30), 2);
    const std::string ics = write_ics(plan_calendar(plan, domain::UnitSystem::metric, std::nullopt), {});
    EXPECT_EQ(ics.rfind("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", 0), 0U);
    EXPECT_EQ(ics.substr(ics.size() - 15), "END:VCALENDAR\r\n");
    int sessions = 0;
    for (const auto& w : plan.weeks) {
        for (const auto& d : w.days) {
            for (const auto& s : d.sessions) sessions += s.kind == planner::SessionKind::rest ? 0 : 1;
        }
    }
    int events = 0;
    for (std::size_t pos = ics.find("BEGIN:VEVENT"); pos != std::string::npos; pos = ics.find("BEGIN:VEVENT", pos + 1)) {
        ++events;
    }
    EXPECT_EQ(events, sessions);
    EXPECT_NE(ics.find("DTSTART:20261130T180000\r\n"), std::string::npos);  // Monday's lift, floating local time
    EXPECT_NE(ics.find("UID:2026-11-30-lift-1-test-hybrid@ironstride\r\n"), std::string::npos);
    EXPECT_NE(ics.find("DTSTAMP:20261130T000000Z\r\n"), std::string::npos);
    EXPECT_NE(ics.find("SEQUENCE:0\r\n"), std::string::npos);
    EXPECT_EQ(ics.find("VTIMEZONE"), std::string::npos);
    EXPECT_EQ(ics, write_ics(plan_calendar(plan, domain::UnitSystem::metric, std::nullopt), {}));
    // Every physical line is at most 75 octets.
    std::size_t start = 0;
    while (start < ics.size()) {
        const auto end = ics.find("\r\n", start);
        ASSERT_NE(end, std::string::npos);
        EXPECT_LE(end - start, 75U);
        start = end + 2;
    }
}

TEST(PlanIcs, ARevisionGivesItsSequenceAndStamp) {
    const IcsCalendar calendar = plan_calendar(planner::make_plan(pt::hybrid_lifter(), pt::day(2026, 11, 30), 1),
                                               domain::UnitSystem::metric, std::nullopt);
    ASSERT_FALSE(calendar.events.empty());
    const units::Instant stamp = std::chrono::sys_days{pt::day(2026, 12, 2)} + std::chrono::hours{7} +
                                 std::chrono::minutes{5} + std::chrono::seconds{9};
    const domain::IssuedEvent revision{calendar.events[0].uid, 0, 3, stamp};
    const std::string ics = write_ics(calendar, std::span(&revision, 1));
    const std::string event = ics.substr(ics.find("UID:" + calendar.events[0].uid));
    EXPECT_EQ(event.find("DTSTAMP:20261202T070509Z\r\nLAST-MODIFIED:20261202T070509Z\r\nSEQUENCE:3\r\n"),
              event.find("\r\n") + 2)
        << event.substr(0, 200);
}

TEST(PlanIcs, AZoneGivesTzidTimesAndTheObservancesOverThePlan) {
    // Berlin leaves summer time on 2026-10-25 at 03:00 CEST (01:00 UTC): a plan across it holds both observances.
    const auto zone = units::TimeZone::find("Europe/Berlin");
    ASSERT_TRUE(zone);
    const IcsCalendar calendar = plan_calendar(planner::make_plan(pt::hybrid_lifter(), pt::day(2026, 10, 19), 2),
                                               domain::UnitSystem::metric, *zone);
    const std::string ics = write_ics(calendar, {});
    EXPECT_NE(ics.find("DTSTART;TZID=Europe/Berlin:20261019T180000\r\n"), std::string::npos);
    EXPECT_NE(ics.find("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n"), std::string::npos);
    EXPECT_NE(ics.find("BEGIN:DAYLIGHT\r\nDTSTART:20261018T020000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0200\r\n"
                       "TZNAME:CEST\r\nEND:DAYLIGHT\r\n"),
              std::string::npos)
        << ics.substr(0, 600);
    EXPECT_NE(ics.find("BEGIN:STANDARD\r\nDTSTART:20261025T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n"
                       "TZNAME:CET\r\nEND:STANDARD\r\n"),
              std::string::npos)
        << ics.substr(0, 600);
    EXPECT_LT(ics.find("END:VTIMEZONE"), ics.find("BEGIN:VEVENT"));
}

}  // namespace
}  // namespace ironstride::report
