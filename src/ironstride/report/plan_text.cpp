#include "ironstride/report/plan_text.hpp"

#include <algorithm>
#include <cmath>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "ironstride/report/plan_steps.hpp"
#include "ironstride/report/unit_format.hpp"

namespace ironstride::report {

namespace {

using planner::SessionKind;

std::string minutes_value(double minutes) {
    if (minutes <= 0) return "-";
    if (std::abs(minutes - std::round(minutes)) < 0.005) return fmt::format("{:.0f}", minutes);
    return fmt::format("{:.1f}", minutes);
}

std::string session_label(const planner::PlannedSession& session) {
    std::string label = session.title;
    if (session.lower_body_heavy) label += " (heavy legs)";
    return label;
}

/// Characters as a terminal shows them: UTF-8 continuation bytes take no column.
std::size_t display_width(std::string_view text) {
    std::size_t width = 0;
    for (const char c : text) width += (static_cast<unsigned char>(c) & 0xC0U) != 0x80U ? 1 : 0;
    return width;
}

/// The Session column fits the plan's longest label, so that a long split name does not push the day's numbers
/// out of their columns.
std::size_t session_column_width(const planner::Plan& plan) {
    std::size_t width = 26;
    for (const auto& week : plan.weeks) {
        for (const auto& day : week.days) {
            for (const auto& session : day.sessions) width = std::max(width, display_width(session_label(session)));
        }
    }
    return width;
}

std::string pad_right(const std::string& text, std::size_t width) {
    const std::size_t shown = display_width(text);
    return shown >= width ? text : text + std::string(width - shown, ' ');
}

std::string macros(const planner::NutritionTarget& n) {
    return fmt::format("{:.0f}/{:.0f}{}/{:.0f}", n.protein_g, n.carbs_g, n.carbs_below_band ? "!" : "", n.fat_g);
}

std::string header_line(const planner::Plan& plan, domain::UnitSystem units) {
    std::string line = fmt::format("Plan for {}: {} week{} from {} ({} units)", plan.athlete_name, plan.weeks_count,
                                   plan.weeks_count == 1 ? "" : "s", units::format_iso_date(plan.start),
                                   domain::to_string(units));
    if (plan.event_date) {
        line += fmt::format(", {} on {}", plan.event_kind.empty() ? "event" : plan.event_kind,
                            units::format_iso_date(*plan.event_date));
    }
    return line;
}

std::string guidelines_line(const planner::Plan& plan) {
    return fmt::format("Physical Activity Guidelines at the end of the plan: {:.0f} of 150 moderate-equivalent "
                       "minutes, {} of 2 strength days ({})",
                       plan.guidelines_final_moderate_equivalent_min, plan.guidelines_final_strength_days,
                       plan.guidelines_met ? "met" : "not met");
}

/// What the food was sized from: the body weight and the calories' source (issue 14: every output says which).
std::string food_source_line(const planner::Plan& plan, domain::UnitSystem units) {
    const planner::BodyUsed& body = plan.body;
    std::string line = fmt::format("Food sized from: body weight {} ", format_mass(body.weight_kg, units));
    if (body.weight_source == "measured") {
        line += fmt::format("(the trend of {} weigh-ins from {} to {})", body.weigh_ins, units::format_iso_date(*body.from),
                            units::format_iso_date(*body.to));
    } else {
        line += "(the profile's)";
    }
    const planner::EnergyUsed& energy = plan.expenditure;
    if (energy.source == "measured") {
        line += fmt::format("; calories from the measured expenditure, {:.0f} kcal/day over {} logged days from {} to "
                            "{} ({:+.0f} kcal/day against the equations)",
                            *energy.estimated_kcal, energy.days_used, units::format_iso_date(*energy.from),
                            units::format_iso_date(*energy.to), energy.offset_kcal);
    } else {
        line += "; calories from the equations (BMR x activity + exercise)";
    }
    return line;
}

bool has_details(const planner::PlannedSession& session) {
    return session.kind == SessionKind::run || session.kind == SessionKind::walk_run ||
           session.kind == SessionKind::walk || session.kind == SessionKind::event;
}

/// The days whose food the event sets, one line each ("Sat 04-10: carbohydrate loading: …").
std::vector<std::string> event_food_lines(const planner::PlanWeek& week) {
    std::vector<std::string> lines;
    for (const auto& day : week.days) {
        if (day.nutrition.event_fuel.empty()) continue;
        lines.push_back(fmt::format("{} {}: {}", weekday_short(day.date), units::format_iso_date(day.date).substr(5),
                                    day.nutrition.event_fuel));
    }
    return lines;
}

}  // namespace

std::string write_plan_text(const planner::Plan& plan, domain::UnitSystem units) {
    std::string out = header_line(plan, units) + "\n";
    out += guidelines_line(plan) + "\n";
    out += food_source_line(plan, units) + "\n";
    const std::size_t session_width = session_column_width(plan);
    for (const auto& week : plan.weeks) {
        out += fmt::format("\nWeek {} from {} ({}): running {} min, {:.0f} moderate-equivalent min, {} strength days\n",
                           week.index + 1, units::format_iso_date(week.start), to_string(week.phase),
                           minutes_value(week.run_minutes), week.moderate_equivalent_minutes, week.strength_days);
        out += fmt::format("{:<10} {:<5}  {} {:>4} {:<8} {:>5} {:>6} {:>12} {:>5}\n", "Day", "Time",
                           pad_right("Session", session_width),
                           "Min", "Effort", "Run", "kcal", "P/C/F g", "Sleep");
        for (const auto& day : week.days) {
            bool first = true;
            for (const auto& session : day.sessions) {
                const std::string day_text =
                    first ? fmt::format("{} {}", weekday_short(day.date), units::format_iso_date(day.date).substr(5))
                          : std::string();
                const bool rest = session.kind == SessionKind::rest;
                out += fmt::format("{:<10} {:<5}  {} {:>4} {:<8} {:>5} {:>6} {:>12} {:>5}\n", day_text,
                                   rest ? "-" : units::format_time_of_day(session.start),
                                   pad_right(session_label(session), session_width),
                                   rest ? "-" : std::to_string(session.duration_min),
                                   rest ? "-" : to_string(session.intensity), minutes_value(session.run_min),
                                   first ? format_whole(day.nutrition.kcal) : "",
                                   first ? macros(day.nutrition) : "",
                                   first ? fmt::format("{:.1f} h", day.sleep_target_h) : "");
                first = false;
            }
        }
        for (const auto& day : week.days) {
            for (const auto& session : day.sessions) {
                if (!has_details(session)) continue;
                out += fmt::format("  {} {} {}:\n", weekday_short(day.date), units::format_time_of_day(session.start),
                                   session.title);
                for (const auto& step : session_steps(session, units)) out += fmt::format("    - {}\n", step);
                for (const auto& why : session.why) out += fmt::format("    why: {}\n", why);
            }
        }
        for (const auto& line : event_food_lines(week)) out += fmt::format("  food {}\n", line);
        for (const auto& note : week.notes) out += fmt::format("  note: {}\n", note);
        for (const auto& u : week.unplaced) {
            out += fmt::format("  NOT PLACED: {} ({} min): {} blocked {}\n", to_string(u.type), u.duration_min, u.rule,
                               u.window);
        }
    }
    if (!plan.warnings.empty()) {
        out += "\nWarnings:\n";
        for (const auto& warning : plan.warnings) {
            out += fmt::format("- [{}] {}{}\n", warning.rule, warning.message,
                               warning.window.empty() ? "" : fmt::format(" (windows: {})", warning.window));
        }
    }
    return out;
}

namespace {

/// Pipes and line breaks would break a Markdown table cell.
std::string cell(std::string text) {
    std::string out;
    for (const char c : text) {
        if (c == '|') {
            out += "\\|";
        } else if (c == '\n') {
            out += ' ';
        } else {
            out += c;
        }
    }
    return out;
}

}  // namespace

std::string write_plan_markdown(const planner::Plan& plan, domain::UnitSystem units) {
    std::string out = fmt::format("# {}\n\n{}\n\n{}\n", cell(header_line(plan, units)), guidelines_line(plan),
                                  food_source_line(plan, units));
    for (const auto& week : plan.weeks) {
        out += fmt::format("\n## Week {}: {} ({})\n\nRunning {} min, {:.0f} moderate-equivalent min, {} strength "
                           "days.\n\n",
                           week.index + 1, units::format_iso_date(week.start), to_string(week.phase),
                           minutes_value(week.run_minutes), week.moderate_equivalent_minutes, week.strength_days);
        out += "| Day | Time | Session | Min | Effort | Run min | kcal | Protein g | Carbs g | Fat g | Sleep h |\n";
        out += "|---|---|---|---:|---|---:|---:|---:|---:|---:|---:|\n";
        for (const auto& day : week.days) {
            bool first = true;
            for (const auto& session : day.sessions) {
                const bool rest = session.kind == SessionKind::rest;
                out += fmt::format(
                    "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |\n",
                    first ? fmt::format("{} {}", weekday_short(day.date), units::format_iso_date(day.date)) : "",
                    rest ? "" : units::format_time_of_day(session.start), cell(session_label(session)),
                    rest ? "" : std::to_string(session.duration_min), rest ? "" : to_string(session.intensity),
                    minutes_value(session.run_min), first ? format_whole(day.nutrition.kcal) : "",
                    first ? fmt::format("{:.0f}", day.nutrition.protein_g) : "",
                    first ? fmt::format("{:.0f}{}", day.nutrition.carbs_g, day.nutrition.carbs_below_band ? "!" : "")
                          : "",
                    first ? fmt::format("{:.0f}", day.nutrition.fat_g) : "",
                    first ? fmt::format("{:.1f}", day.sleep_target_h) : "");
                first = false;
            }
        }
        bool any = false;
        for (const auto& day : week.days) {
            for (const auto& session : day.sessions) {
                if (!has_details(session)) continue;
                if (!any) out += "\n";
                any = true;
                out += fmt::format("**{} {} {}**\n\n", weekday_short(day.date), units::format_time_of_day(session.start),
                                   cell(session.title));
                for (const auto& step : session_steps(session, units)) out += fmt::format("- {}\n", step);
                for (const auto& why : session.why) out += fmt::format("- *why:* {}\n", why);
                out += "\n";
            }
        }
        const auto food = event_food_lines(week);
        if (!week.notes.empty() || !week.unplaced.empty() || !food.empty()) {
            if (!any) out += "\n";
            for (const auto& line : food) out += fmt::format("> **Food** {}\n", cell(line));
            for (const auto& note : week.notes) out += fmt::format("> {}\n", note);
            for (const auto& u : week.unplaced) {
                out += fmt::format("> **Not placed:** {} ({} min): `{}` blocked {}\n", to_string(u.type), u.duration_min,
                                   u.rule, u.window);
            }
        }
    }
    if (!plan.warnings.empty()) {
        out += "\n## Warnings\n\n";
        for (const auto& warning : plan.warnings) {
            out += fmt::format("- `{}` {}{}\n", warning.rule, warning.message,
                               warning.window.empty() ? "" : fmt::format(" (windows: {})", warning.window));
        }
    }
    return out;
}

}  // namespace ironstride::report
