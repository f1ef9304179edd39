#include "ironstride/units/time_zone.hpp"

#include <cstdlib>
#include <stdexcept>

#include <date/tz.h>
#include <fmt/format.h>

#include "ironstride/util/error.hpp"

namespace ironstride::units {

namespace {

/// The zone named by TZ ("Asia/Tokyo", or ":Asia/Tokyo" as POSIX allows); nullptr when TZ is unset or is a POSIX
/// rule such as "EST5EDT,M3.2.0,M11.1.0" that names no tzdata zone.
const date::time_zone* zone_from_environment() {
    const char* tz = std::getenv("TZ");
    if (tz == nullptr || *tz == '\0') return nullptr;
    std::string_view name(tz);
    if (name.front() == ':') name.remove_prefix(1);
    try {
        return date::locate_zone(name);
    } catch (const std::runtime_error&) {
        return nullptr;
    }
}

}  // namespace

util::Result<TimeZone> TimeZone::find(std::string_view name) {
    try {
        return TimeZone(date::locate_zone(name));
    } catch (const std::runtime_error&) {
        return util::Error(util::ErrorCode::value_bad_time_zone,
                           fmt::format("\"{}\" is not a time zone of the system's tzdata", name))
            .with_found(std::string(name))
            .with_allowed("an IANA zone name such as \"Europe/Berlin\" or \"America/New_York\"")
            .with_hint("see the names under /usr/share/zoneinfo, or `timedatectl list-timezones`");
    }
}

TimeZone TimeZone::machine() {
    if (const date::time_zone* zone = zone_from_environment()) return TimeZone(zone);
    try {
        return TimeZone(date::current_zone());
    } catch (const std::runtime_error&) {
        return utc();  // a container without /etc/localtime
    }
}

TimeZone TimeZone::utc() { return TimeZone(date::locate_zone("Etc/UTC")); }

std::string_view TimeZone::name() const { return m_zone->name(); }

CivilDay TimeZone::local_day(Instant instant) const {
    const auto local = m_zone->to_local(instant);
    return CivilDay{std::chrono::floor<std::chrono::days>(local).time_since_epoch()};
}

UtcOffset TimeZone::offset_at(Instant instant) const {
    const date::sys_info info = m_zone->get_info(instant);
    return UtcOffset{static_cast<int>(std::chrono::duration_cast<std::chrono::minutes>(info.offset).count())};
}

std::vector<ZonePeriod> TimeZone::periods(Instant from, Instant to) const {
    const auto minutes = [](std::chrono::seconds offset) {
        return UtcOffset{static_cast<int>(std::chrono::duration_cast<std::chrono::minutes>(offset).count())};
    };
    std::vector<ZonePeriod> out;
    date::sys_info info = m_zone->get_info(from);
    Instant begin = from;
    // What the offset was before the period in force at `from` began (its own when the zone never changed).
    UtcOffset before = minutes(m_zone->get_info(info.begin - std::chrono::seconds{1}).offset);
    while (true) {
        out.push_back({begin, before, minutes(info.offset), info.abbrev, info.save != std::chrono::minutes{0}});
        if (info.end > to) break;
        before = minutes(info.offset);
        begin = info.end;
        info = m_zone->get_info(info.end);
    }
    return out;
}

}  // namespace ironstride::units
