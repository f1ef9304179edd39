#include "ironstride/report/ics_writer.hpp"

#include <chrono>
#include <map>

#include <fmt/format.h>

#include "ironstride/planner/calendar_slots.hpp"
#include "ironstride/report/plan_steps.hpp"

namespace ironstride::report {

namespace {

/// RFC 5545 §3.1: "Lines of text SHOULD NOT be longer than 75 octets, excluding the line break."
constexpr std::size_t kMaxLineOctets = 75;

std::string ics_date_time(units::CivilDay day, int minutes_of_day) {
    const std::chrono::year_month_day ymd{day};
    return fmt::format("{:04}{:02}{:02}T{:02}{:02}00", static_cast<int>(ymd.year()),
                       static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()), minutes_of_day / 60,
                       minutes_of_day % 60);
}

/// An instant's calendar date and clock time, "20261025T030000" (no zone: the caller says which).
std::string ics_instant(units::Instant instant) {
    const auto day = std::chrono::floor<std::chrono::days>(instant);
    const std::chrono::year_month_day ymd{day};
    const std::chrono::hh_mm_ss clock{instant - day};
    return fmt::format("{:04}{:02}{:02}T{:02}{:02}{:02}", static_cast<int>(ymd.year()),
                       static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()), clock.hours().count(),
                       clock.minutes().count(), clock.seconds().count());
}

/// A UTC instant, e.g. "20261130T000000Z" (RFC 5545 §3.3.5 form #2).
std::string ics_utc(units::Instant instant) { return ics_instant(instant) + "Z"; }

/// The local time at an instant and offset, "20261025T030000" (a VTIMEZONE observance's onset).
std::string ics_local_at(units::Instant instant, units::UtcOffset offset) {
    return ics_instant(instant + std::chrono::minutes{offset.minutes});
}

/// "+0100", "-0430" (RFC 5545 §3.3.14 UTC-OFFSET).
std::string offset_text(units::UtcOffset offset) {
    const int magnitude = offset.minutes < 0 ? -offset.minutes : offset.minutes;
    return fmt::format("{}{:02}{:02}", offset.minutes < 0 ? '-' : '+', magnitude / 60, magnitude % 60);
}

std::string time_property(std::string_view name, units::CivilDay day, int minutes_of_day,
                          const std::optional<units::TimeZone>& zone) {
    if (zone) return fmt::format("{};TZID={}:{}", name, zone->name(), ics_date_time(day, minutes_of_day));
    return fmt::format("{}:{}", name, ics_date_time(day, minutes_of_day));
}

std::string session_description(const planner::PlanDay& day, const planner::PlannedSession& session,
                                domain::UnitSystem units) {
    std::string description;
    for (const auto& step : session_steps(session, units)) description += step + "\n";
    if (!session.why.empty()) description += "Why:\n";
    for (const auto& why : session.why) description += "- " + why + "\n";
    const planner::NutritionTarget& n = day.nutrition;
    description += fmt::format(
        "Food: {:.0f} kcal, protein {:.0f} g, carbs {:.0f} g{}, fat {:.0f} g. Sleep target {:.1f} h.", n.kcal,
        n.protein_g, n.carbs_g,
        n.carbs_below_band ? fmt::format(" (below the Thomas 2016 band floor of {:.0f} g)", n.carbs_band_floor_g)
                           : std::string(),
        n.fat_g, day.sleep_target_h);
    return description;
}

std::vector<std::string> event_properties(const planner::PlanDay& day, const planner::PlannedSession& session,
                                          domain::UnitSystem units, const std::optional<units::TimeZone>& zone) {
    const int end = session.start.minutes + session.duration_min;
    return {time_property("DTSTART", day.date, session.start.minutes, zone),
            time_property("DTEND", day.date + std::chrono::days{end / (24 * 60)}, end % (24 * 60), zone),
            fmt::format("SUMMARY:{}", ics_escape(fmt::format("{} ({} min, {})", session.title, session.duration_min,
                                                             planner::to_string(session.intensity)))),
            fmt::format("CATEGORIES:{}", ics_escape(planner::to_string(session.kind))),
            fmt::format("DESCRIPTION:{}", ics_escape(session_description(day, session, units))),
            "TRANSP:OPAQUE"};
}

/// The zone's observances over the plan, one STANDARD or DAYLIGHT each (RFC 5545 §3.6.5): the first from the
/// plan's eve at the offset then in force, then one per change of the rules, at its local onset.
void write_timezone(std::string& out, const units::TimeZone& zone, units::CivilDay first, units::CivilDay last) {
    const auto line = [&](std::string_view text) { out += ics_fold(text); };
    const units::Instant from{std::chrono::sys_days{first - std::chrono::days{1}}};
    const units::Instant to{std::chrono::sys_days{last + std::chrono::days{2}}};
    line("BEGIN:VTIMEZONE");
    line(fmt::format("TZID:{}", zone.name()));
    bool first_period = true;
    for (const units::ZonePeriod& period : zone.periods(from, to)) {
        const units::UtcOffset before = first_period ? period.offset : period.offset_before;
        const char* kind = period.daylight ? "DAYLIGHT" : "STANDARD";
        line(fmt::format("BEGIN:{}", kind));
        line(fmt::format("DTSTART:{}", ics_local_at(period.begin, before)));
        line(fmt::format("TZOFFSETFROM:{}", offset_text(before)));
        line(fmt::format("TZOFFSETTO:{}", offset_text(period.offset)));
        if (!period.abbreviation.empty()) line(fmt::format("TZNAME:{}", ics_escape(period.abbreviation)));
        line(fmt::format("END:{}", kind));
        first_period = false;
    }
    line("END:VTIMEZONE");
}

}  // namespace

std::string ics_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
            case '\\': out += "\\\\"; break;
            case ';': out += "\\;"; break;
            case ',': out += "\\,"; break;
            case '\n': out += "\\n"; break;
            case '\r': break;
            default: out += c;
        }
    }
    return out;
}

std::string ics_fold(std::string_view line) {
    std::string out;
    std::size_t pos = 0;
    std::size_t limit = kMaxLineOctets;  // the first line has 75 octets; continuations 74 after their space
    while (line.size() - pos > limit) {
        std::size_t cut = pos + limit;
        // Never split a UTF-8 sequence: back up over continuation bytes (10xxxxxx).
        while (cut > pos && (static_cast<unsigned char>(line[cut]) & 0xC0U) == 0x80U) --cut;
        out.append(line.substr(pos, cut - pos));
        out += "\r\n ";
        pos = cut;
        limit = kMaxLineOctets - 1;
    }
    out.append(line.substr(pos));
    out += "\r\n";
    return out;
}

IcsCalendar plan_calendar(const planner::Plan& plan, domain::UnitSystem units,
                          const std::optional<units::TimeZone>& zone) {
    IcsCalendar calendar;
    calendar.name = fmt::format("ironstride plan: {}", plan.athlete_name);
    calendar.zone = zone;
    calendar.first = plan.start;
    calendar.last = plan.start + std::chrono::days{7 * plan.weeks_count - 1};
    for (const planner::CalendarSlot& slot : planner::calendar_slots(plan, units, zone ? zone->name() : "")) {
        calendar.events.push_back({slot.uid, event_properties(*slot.day, *slot.session, units, zone)});
    }
    return calendar;
}

std::string write_ics(const IcsCalendar& calendar, std::span<const domain::IssuedEvent> revisions) {
    std::map<std::string_view, const domain::IssuedEvent*> by_uid;
    for (const domain::IssuedEvent& revision : revisions) by_uid[revision.uid] = &revision;
    std::string out;
    const auto line = [&](std::string_view text) { out += ics_fold(text); };
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//ironstride//training plan//EN");
    line("CALSCALE:GREGORIAN");
    line(fmt::format("X-WR-CALNAME:{}", ics_escape(calendar.name)));
    if (calendar.zone) {
        line(fmt::format("X-WR-TIMEZONE:{}", calendar.zone->name()));
        write_timezone(out, *calendar.zone, calendar.first, calendar.last);
    }
    const units::Instant plan_stamp{std::chrono::sys_days{calendar.first}};
    for (const IcsEvent& event : calendar.events) {
        const auto found = by_uid.find(event.uid);
        const domain::IssuedEvent* revision = found == by_uid.end() ? nullptr : found->second;
        const std::string stamp = ics_utc(revision ? revision->stamp : plan_stamp);
        line("BEGIN:VEVENT");
        line(fmt::format("UID:{}", event.uid));
        line(fmt::format("DTSTAMP:{}", stamp));
        line(fmt::format("LAST-MODIFIED:{}", stamp));
        line(fmt::format("SEQUENCE:{}", revision ? revision->sequence : 0));
        for (const std::string& property : event.properties) line(property);
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    return out;
}

}  // namespace ironstride::report
