#pragma once

#include <string>
#include <string_view>

#include "ironstride/domain/athlete.hpp"
#include "ironstride/planner/plan.hpp"

namespace ironstride::report {

/// The plan as an RFC 5545 iCalendar stream: one VEVENT per session (rest days have none).
///
/// - DTSTART/DTEND are *floating* local times (RFC 5545 §3.3.5 form #1, no "Z", no TZID): the profile's windows are
///   local wall-clock times and carry no time zone, so the events stay at the planned hour in whatever zone the
///   calendar is in (docs/commands/plan.md).
/// - UID is stable per session: date, start, type and the athlete, so re-importing a plan updates events in place.
/// - DTSTAMP is the plan's start date at 00:00:00Z, not the wall clock, so the output is reproducible.
/// - DESCRIPTION holds the steps, then the reasons; text is escaped (§3.3.11) and lines are folded at 75 octets
///   (§3.1) without splitting a UTF-8 character; lines end in CRLF.
[[nodiscard]] std::string write_plan_ics(const planner::Plan& plan, domain::UnitSystem units);

/// RFC 5545 TEXT escaping: backslash, semicolon, comma, newline.
[[nodiscard]] std::string ics_escape(std::string_view text);
/// RFC 5545 §3.1 folding of one content line (without its CRLF): at most 75 octets per physical line, continuation
/// lines start with one space, UTF-8 sequences are never split. Returns the folded line with CRLFs between parts
/// and a final CRLF.
[[nodiscard]] std::string ics_fold(std::string_view line);

}  // namespace ironstride::report
