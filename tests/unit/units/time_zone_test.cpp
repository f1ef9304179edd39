// The athlete's calendar day comes from an IANA zone of the system's tzdata (issue 12, finding 12): a 05:30
// check-in in UTC+14 and a 23:30 one in UTC−10 are on the local day, not on UTC's.

#include "ironstride/units/time_zone.hpp"

#include <chrono>
#include <cstdlib>
#include <optional>
#include <string>

#include <gtest/gtest.h>

#include "support/error_expectations.hpp"

namespace ironstride::units {
namespace {

using namespace std::chrono;

Instant at(const char* iso) { return parse_iso_instant(iso).value(); }
CivilDay civil(int y, unsigned m, unsigned d) { return sys_days{year{y} / month{m} / std::chrono::day{d}}; }

TimeZone zone(const char* name) { return TimeZone::find(name).value(); }

/// Sets TZ for one test and puts the old value back.
class ScopedTz {
public:
    explicit ScopedTz(const char* value) {
        if (const char* old = std::getenv("TZ")) m_old = old;
        ::setenv("TZ", value, 1);
    }
    ~ScopedTz() {
        if (m_old) ::setenv("TZ", m_old->c_str(), 1);
        else ::unsetenv("TZ");
    }
    ScopedTz(const ScopedTz&) = delete;
    ScopedTz& operator=(const ScopedTz&) = delete;

private:
    std::optional<std::string> m_old;
};

TEST(TimeZoneTest, AFiveThirtyCheckInAtUtcPlusFourteenIsOnTheLocalMorning) {
    // 05:30 on 3 December in Kiritimati (UTC+14) is 15:30 UTC on 2 December.
    const Instant morning = at("2026-12-02T15:30:00Z");
    EXPECT_EQ(zone("Pacific/Kiritimati").local_day(morning), civil(2026, 12, 3));
    EXPECT_EQ(TimeZone::utc().local_day(morning), civil(2026, 12, 2));
}

TEST(TimeZoneTest, AnElevenThirtyPmCheckInAtUtcMinusTenIsOnTheLocalEvening) {
    // 23:30 on 3 December in Honolulu (UTC−10) is 09:30 UTC on 4 December.
    const Instant evening = at("2026-12-04T09:30:00Z");
    EXPECT_EQ(zone("Pacific/Honolulu").local_day(evening), civil(2026, 12, 3));
    EXPECT_EQ(TimeZone::utc().local_day(evening), civil(2026, 12, 4));
}

TEST(TimeZoneTest, TheOffsetFollowsDaylightSavingTime) {
    const TimeZone sydney = zone("Australia/Sydney");
    EXPECT_EQ(sydney.offset_at(at("2026-01-15T00:00:00Z")).minutes, 11 * 60);  // AEDT
    EXPECT_EQ(sydney.offset_at(at("2026-07-15T00:00:00Z")).minutes, 10 * 60);  // AEST
    // 05:30 in Sydney on the morning after the change to summer time (4 October 2026, 02:00 → 03:00).
    EXPECT_EQ(sydney.local_day(at("2026-10-04T18:30:00Z")), civil(2026, 10, 5));
}

TEST(TimeZoneTest, AnUnknownZoneIsAnInputErrorNamingIt) {
    const util::Result<TimeZone> zone = TimeZone::find("Mars/Olympus_Mons");
    ASSERT_FALSE(zone.ok());
    EXPECT_EQ(zone.error().code(), util::ErrorCode::value_bad_time_zone);
    EXPECT_NE(zone.error().message().find("Mars/Olympus_Mons"), std::string::npos);
    EXPECT_FALSE(TimeZone::find("+14:00").ok());  // offsets are not zones: they miss daylight saving time
}

TEST(TimeZoneTest, TheMachineZoneFollowsTz) {
    {
        const ScopedTz tz("Asia/Tokyo");
        EXPECT_EQ(TimeZone::machine().name(), "Asia/Tokyo");
    }
    {
        const ScopedTz tz(":Europe/Berlin");
        EXPECT_EQ(TimeZone::machine().name(), "Europe/Berlin");
    }
    {
        // A POSIX rule names no tzdata zone: the system's zone is used instead of failing.
        const ScopedTz tz("EST5EDT,M3.2.0,M11.1.0x");
        EXPECT_FALSE(TimeZone::machine().name().empty());
    }
}

}  // namespace
}  // namespace ironstride::units
