#include "ironstride/report/ics_writer.hpp"

#include <chrono>

#include <fmt/format.h>

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

/// Lower-case letters and digits of the athlete's name, dashes between words: a stable UID part.
std::string slug(std::string_view name) {
    std::string out;
    for (const char c : name) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            out += c;
        } else if (c >= 'A' && c <= 'Z') {
            out += static_cast<char>(c - 'A' + 'a');
        } else if (!out.empty() && out.back() != '-') {
            out += '-';
        }
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out.empty() ? "athlete" : out;
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

std::string write_plan_ics(const planner::Plan& plan, domain::UnitSystem units) {
    std::string out;
    auto line = [&](std::string_view text) { out += ics_fold(text); };
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//ironstride//training plan//EN");
    line("CALSCALE:GREGORIAN");
    line(fmt::format("X-WR-CALNAME:{}", ics_escape(fmt::format("ironstride plan: {}", plan.athlete_name))));
    const std::string stamp = ics_date_time(plan.start, 0) + "Z";
    const std::string who = slug(plan.athlete_name);
    for (const auto& week : plan.weeks) {
        for (const auto& day : week.days) {
            for (const auto& session : day.sessions) {
                if (session.kind == planner::SessionKind::rest) continue;
                std::string description;
                for (const auto& step : session_steps(session, units)) description += step + "\n";
                if (!session.why.empty()) description += "Why:\n";
                for (const auto& why : session.why) description += "- " + why + "\n";
                description += fmt::format("Food: {:.0f} kcal, protein {:.0f} g, carbs {:.0f} g{}, fat {:.0f} g. "
                                           "Sleep target {:.1f} h.",
                                           day.nutrition.kcal, day.nutrition.protein_g, day.nutrition.carbs_g,
                                           day.nutrition.carbs_below_band
                                               ? fmt::format(" (below the Thomas 2016 band floor of {:.0f} g: the "
                                                             "cut keeps its deficit)",
                                                             day.nutrition.carbs_band_floor_g)
                                               : std::string(),
                                           day.nutrition.fat_g, day.sleep_target_h);
                line("BEGIN:VEVENT");
                line(fmt::format("UID:{}-{}-{}-{}@ironstride", units::format_iso_date(day.date),
                                 ics_date_time(day.date, session.start.minutes).substr(9, 4),
                                 planner::to_string(session.type), who));
                line(fmt::format("DTSTAMP:{}", stamp));
                line(fmt::format("DTSTART:{}", ics_date_time(day.date, session.start.minutes)));
                const int end = session.start.minutes + session.duration_min;
                line(fmt::format("DTEND:{}", ics_date_time(day.date + std::chrono::days{end / (24 * 60)},
                                                          end % (24 * 60))));
                line(fmt::format("SUMMARY:{}", ics_escape(fmt::format("{} ({} min, {})", session.title,
                                                                      session.duration_min,
                                                                      planner::to_string(session.intensity)))));
                line(fmt::format("CATEGORIES:{}", ics_escape(planner::to_string(session.kind))));
                line(fmt::format("DESCRIPTION:{}", ics_escape(description)));
                line("TRANSP:OPAQUE");
                line("END:VEVENT");
            }
        }
    }
    line("END:VCALENDAR");
    return out;
}

}  // namespace ironstride::report
