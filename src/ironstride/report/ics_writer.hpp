#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ironstride/domain/athlete.hpp"
#include "ironstride/domain/issued_event.hpp"
#include "ironstride/planner/plan.hpp"
#include "ironstride/units/time_zone.hpp"

namespace ironstride::report {

/// One session of the plan as a calendar event, before its revision is known.
struct IcsEvent {
    std::string uid;  ///< planner::CalendarSlot::uid: the session's slot, stable across re-planning
    std::vector<std::string> properties;  ///< DTSTART … TRANSP, unfolded, without SEQUENCE, DTSTAMP, LAST-MODIFIED
};

/// The plan's events and what the calendar needs around them.
struct IcsCalendar {
    std::string name;
    std::optional<units::TimeZone> zone;  ///< the athlete's zone: TZID times and a VTIMEZONE; none: floating times
    units::CivilDay first{};              ///< the plan's first and last day
    units::CivilDay last{};
    std::vector<IcsEvent> events;
};

/// The plan's sessions as events (rest days have none); times in `zone` when given (RFC 5545 §3.3.5 form #3,
/// `DTSTART;TZID=Europe/Berlin:20261130T180000`), else floating local times (form #1): the profile's windows are
/// wall-clock times of the athlete's own day.
[[nodiscard]] IcsCalendar plan_calendar(const planner::Plan& plan, domain::UnitSystem units,
                                        const std::optional<units::TimeZone>& zone);

/// The RFC 5545 stream: a VTIMEZONE of the zone's observances over the plan (RFC 5545 §3.6.5) when there is a zone,
/// then each event with its revision from `revisions` (by UID: SEQUENCE, and DTSTAMP and LAST-MODIFIED at the
/// revision's stamp); an event without one is revision 0 stamped at the plan's start, 00:00:00Z, so the output is
/// reproducible. Text is escaped (§3.3.11), lines are folded at 75 octets (§3.1) without splitting a UTF-8
/// character and end in CRLF.
[[nodiscard]] std::string write_ics(const IcsCalendar& calendar, std::span<const domain::IssuedEvent> revisions);

/// RFC 5545 TEXT escaping: backslash, semicolon, comma, newline.
[[nodiscard]] std::string ics_escape(std::string_view text);
/// RFC 5545 §3.1 folding of one content line (without its CRLF): at most 75 octets per physical line, continuation
/// lines start with one space, UTF-8 sequences are never split. Returns the folded line with CRLFs between parts
/// and a final CRLF.
[[nodiscard]] std::string ics_fold(std::string_view line);

}  // namespace ironstride::report
