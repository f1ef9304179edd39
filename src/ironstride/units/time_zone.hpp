#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ironstride/units/civil_time.hpp"
#include "ironstride/util/result.hpp"

namespace date {
class time_zone;
}

namespace ironstride::units {

/// One stretch of a zone's rules: from `begin` the offset is `offset` (`offset_before` just before).
struct ZonePeriod {
    Instant begin{};
    UtcOffset offset_before;
    UtcOffset offset;
    std::string abbreviation;  ///< "CET", "CEST", "+09" …
    bool daylight = false;     ///< daylight saving time is in force
};

/// An IANA time zone ("Europe/Berlin", "Pacific/Honolulu") from the system's tzdata, read with Howard Hinnant's
/// date/tz: the athlete's calendar day and clock come from it, never from a fixed offset (daylight saving time
/// changes the offset twice a year in many zones).
class TimeZone {
public:
    /// The zone of an IANA name; a util::Error (value.bad_time_zone) when tzdata has no such zone.
    [[nodiscard]] static util::Result<TimeZone> find(std::string_view name);
    /// The machine's zone: the TZ environment variable when it names a zone, else /etc/localtime, else UTC.
    [[nodiscard]] static TimeZone machine();
    [[nodiscard]] static TimeZone utc();

    [[nodiscard]] std::string_view name() const;
    /// The calendar day in this zone at `instant`.
    [[nodiscard]] CivilDay local_day(Instant instant) const;
    /// The zone's offset from UTC at `instant`.
    [[nodiscard]] UtcOffset offset_at(Instant instant) const;
    /// The periods in force from `from` to `to`: the one at `from` (its begin clamped to `from` when earlier), then
    /// one per change of the rules up to `to` (an iCalendar VTIMEZONE's observances, RFC 5545 §3.6.5).
    [[nodiscard]] std::vector<ZonePeriod> periods(Instant from, Instant to) const;

private:
    explicit TimeZone(const date::time_zone* zone) : m_zone(zone) {}
    const date::time_zone* m_zone;  ///< owned by the date library's tzdata, lives as long as the process
};

}  // namespace ironstride::units
