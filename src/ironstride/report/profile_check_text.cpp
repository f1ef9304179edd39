#include "ironstride/report/profile_check_text.hpp"

#include <cmath>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "ironstride/units/clock_text.hpp"
#include "ironstride/units/conversions.hpp"

namespace ironstride::report {

namespace {

/// At most this many diagnostics are printed per file, like a compiler's error limit.
constexpr std::size_t kMaxShownDiagnostics = 50;

/// One decimal, without a trailing ".0": 59.9, 132.
std::string one_decimal(double value) {
    std::string text = fmt::format("{:.1f}", value);
    if (text.size() > 2 && text.compare(text.size() - 2, 2, ".0") == 0) text.resize(text.size() - 2);
    return text;
}

std::string plural(std::size_t count, const char* word) {
    return fmt::format("{} {}{}", count, word, count == 1 ? "" : "s");
}

/// Height and weight in the athlete's preferred units.
std::string body_text(const domain::Athlete& athlete) {
    if (athlete.units == domain::UnitSystem::imperial) {
        const long inches = std::lround(athlete.height_m / units::kMetresPerInch);
        return fmt::format("{} ft {} in, {} lb", inches / 12, inches % 12,
                           one_decimal(units::kg_to_pounds(athlete.weight_kg)));
    }
    return fmt::format("{} cm, {} kg", one_decimal(athlete.height_m * 100.0), one_decimal(athlete.weight_kg));
}

std::string distance_text(double metres) {
    if (metres == units::k5kMetres) return "5K";
    if (metres == units::k10kMetres) return "10K";
    if (metres == units::kHalfMarathonMetres) return "half marathon";
    if (metres == units::kMarathonMetres) return "marathon";
    return fmt::format("{} m", one_decimal(metres));
}

std::string minutes_text(int minutes) {
    if (minutes % 60 == 0) return fmt::format("{} h", minutes / 60);
    if (minutes < 60) return fmt::format("{} min", minutes);
    return fmt::format("{} h {:02} min", minutes / 60, minutes % 60);
}

/// Two lines: who the athlete is, then what they train for and when they can.
std::string summary(const domain::Athlete& athlete, units::CivilDay today) {
    std::string first = athlete.name.empty() ? std::string("unnamed athlete") : athlete.name;
    first +=
        fmt::format(", {}, {} years, {}", domain::to_string(athlete.sex), athlete.age_on(today), body_text(athlete));
    if (athlete.body_fat_pct) first += fmt::format(", {} % body fat", one_decimal(*athlete.body_fat_pct));
    if (athlete.resting_hr_bpm) first += fmt::format(", resting HR {}", one_decimal(*athlete.resting_hr_bpm));
    first += athlete.max_hr_bpm ? fmt::format(", max HR {}", one_decimal(*athlete.max_hr_bpm))
                                : std::string(", max HR not given (estimated from age)");

    std::string goal = fmt::format("goal {}", domain::to_string(athlete.goal));
    if (athlete.goal == domain::Goal::race && athlete.goal_race_distance_m) {
        goal += " " + distance_text(*athlete.goal_race_distance_m);
    }
    if (athlete.phase == domain::Phase::maintain) {
        goal += ", maintain";
    } else {
        goal += fmt::format(", {} at {} %/week", domain::to_string(athlete.phase), athlete.rate_pct_per_week);
    }
    if (athlete.event_kind && athlete.event_date) {
        goal += fmt::format(", {}", domain::to_string(*athlete.event_kind));
        if (athlete.goal != domain::Goal::race && athlete.goal_race_distance_m) {
            goal += " (" + distance_text(*athlete.goal_race_distance_m) + ")";
        }
        goal += fmt::format(" on {} (in {} days)", units::format_iso_date(*athlete.event_date),
                            (*athlete.event_date - today).count());
    }
    std::string running = fmt::format("{} runner", domain::to_string(athlete.experience));
    if (athlete.recent_race) {
        running += fmt::format(" ({} in {})", distance_text(athlete.recent_race->distance_m),
                               units::format_clock_duration(athlete.recent_race->time_s));
    }
    std::size_t heavy = 0;
    for (const auto& session : athlete.lifting) heavy += session.lower_body_heavy ? 1U : 0U;
    const std::string lifting =
        athlete.lifting.empty() ? std::string("no lifting sessions")
                                : fmt::format("lifts {}x/week ({} heavy lower-body)", athlete.lifting.size(), heavy);
    int available_min = 0;
    int available_days = 0;
    for (const auto& day : athlete.availability) {
        for (const auto& window : day) available_min += window.minutes();
        available_days += day.empty() ? 0 : 1;
    }
    const std::string availability = available_days == 0
                                         ? std::string("no availability windows")
                                         : fmt::format("available {} on {} day{}", minutes_text(available_min),
                                                       available_days, available_days == 1 ? "" : "s");
    std::vector<std::string> equipment;
    if (athlete.equipment.treadmill) equipment.emplace_back("treadmill");
    if (athlete.equipment.pool) equipment.emplace_back("pool");
    if (athlete.equipment.water_treadmill) equipment.emplace_back("water treadmill");
    const std::string equipment_text =
        equipment.empty() ? std::string("no treadmill or pool") : fmt::format("{}", fmt::join(equipment, ", "));
    return fmt::format("{}\n  {}; {}; {}; {}; {}\n", first, goal, running, lifting, availability, equipment_text);
}

void render_diagnostics(const profile::ProfileCheck& check, std::string& out) {
    std::size_t shown = 0;
    for (const util::Error& diagnostic : check.diagnostics) {
        if (shown == kMaxShownDiagnostics) {
            out += fmt::format("{}: note: {} more not shown\n", diagnostic.pos().path,
                               plural(check.diagnostics.size() - shown, "diagnostic"));
            break;
        }
        out += util::format_error(diagnostic, {.show_severity = true}) + "\n";
        if (!diagnostic.hint().empty()) out += "  hint: " + diagnostic.hint() + "\n";
        ++shown;
    }
}

}  // namespace

std::string render_profile_check(const std::string& path, const profile::ProfileCheck& check,
                                 units::CivilDay today) {
    std::string out;
    if (check.athlete) {
        out += fmt::format("{}: valid profile (schema {}): {}", path, check.athlete->schema_version,
                           summary(*check.athlete, today));
        render_diagnostics(check, out);
    } else {
        render_diagnostics(check, out);
        out += fmt::format("{}: invalid profile: {}, {}\n", path, plural(check.error_count(), "error"),
                           plural(check.warning_count(), "warning"));
    }
    return out;
}

}  // namespace ironstride::report
