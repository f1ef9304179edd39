#include "ironstride/report/verdict_format.hpp"

#include <cctype>
#include <cmath>

#include <fmt/format.h>

#include "ironstride/analysis/findings.hpp"
#include "ironstride/report/unit_format.hpp"
#include "ironstride/units/conversions.hpp"

namespace ironstride::report {

namespace {

using analysis::Unit;
using analysis::Verdict;

std::string per_week(double metres, domain::UnitSystem units) {
    return fmt::format("{}/week", format_distance(metres, units, 1));
}

std::string lowercase_first(std::string text) {
    if (!text.empty()) text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
    return text;
}

/// "Squat (Barbell) e1RM rose 6% (120.0 kg to 127.5 kg)".
std::string lift_change(const analysis::Answer& a, domain::UnitSystem units) {
    if (!a.lift_name || !a.lift_change_pct || !a.lift_before_kg || !a.lift_now_kg) return {};
    const double pct = *a.lift_change_pct;
    const char* verb = pct >= 0.5 ? "rose" : pct <= -0.5 ? "fell" : "held steady";
    const std::string amount = std::fabs(pct) >= 0.5 ? fmt::format(" {:.0f}%", std::fabs(pct)) : std::string();
    return fmt::format("your {} e1RM {}{} ({} to {})", *a.lift_name, verb, amount, format_mass(*a.lift_before_kg, units),
                       format_mass(*a.lift_now_kg, units));
}

}  // namespace

std::string answer_sentence(const analysis::VerdictReport& report, domain::UnitSystem units) {
    const analysis::Answer& a = report.answer;
    const std::string lift = lift_change(a, units);
    switch (a.verdict) {
        case Verdict::hurting: {
            const std::string running =
                a.run_before_m_per_week && a.run_now_m_per_week
                    ? fmt::format("Your running rose from {} to {}", per_week(*a.run_before_m_per_week, units),
                                  per_week(*a.run_now_m_per_week, units))
                    : std::string("Your running rose");
            return fmt::format("Yes: your running is probably costing you strength. {} while {}.", running,
                               lift.empty() ? std::string("a main lift fell") : lift);
        }
        case Verdict::at_risk:
            return fmt::format("Not measurably yet, but your gains are at risk: {}.{}", lowercase_first(a.lead_title),
                               lift.empty() ? std::string() : fmt::format(" Meanwhile {}.", lift));
        case Verdict::not_hurting:
            if (a.reason == "no_running") {
                return "No: you did not run in this period, so running cannot be costing you muscle.";
            }
            if (a.reason == analysis::finding_id::kExpectedLiftDip) {
                return "No, not beyond the expected: a leg lift dipped since your running started, the short dip of "
                       "the first weeks (see below).";
            }
            return fmt::format("No: your running is not hurting your gains. {}{}.",
                               lift.empty() ? std::string("Your lifts held") : std::string("Y") + lift.substr(1),
                               a.run_mean_m_per_week
                                   ? fmt::format(" while you ran {}", per_week(*a.run_mean_m_per_week, units))
                                   : std::string());
        case Verdict::not_enough_data:
            if (a.reason == "no_lifts") {
                return "Not enough data to judge your gains: no main-lift sessions (squat, bench press, deadlift, "
                       "overhead press) with weights in this period.";
            }
            return fmt::format("Not enough data: no training logged from {} to {}.",
                               units::format_iso_date(report.range.first), units::format_iso_date(report.range.last));
    }
    return {};
}

std::string format_number(const analysis::Number& n, domain::UnitSystem units) {
    const double v = n.value;
    switch (n.unit) {
        case Unit::metres: return format_distance(v, units, 1);
        case Unit::metres_per_week: return per_week(v, units);
        case Unit::kilograms: return format_mass(v, units, 1);
        case Unit::kilograms_per_week:
            return fmt::format("{}{}/week", v > 0 ? "+" : "", format_mass(v, units, 2));
        case Unit::minutes: return fmt::format("{:.0f} min", v);
        case Unit::minutes_per_week: return fmt::format("{:.0f} min/week", v);
        case Unit::hours: return fmt::format("{:.1f} h", v);
        case Unit::percent: return fmt::format("{:+.1f}%", v);
        case Unit::percent_per_week: return fmt::format("{:+.2f}%/week", v);
        case Unit::count: return fmt::format("{:.0f}", v);
        case Unit::per_week: return fmt::format("{:.1f} a week", v);
        case Unit::ratio: return fmt::format("{:.2f}", v);
        case Unit::kcal_per_day: return fmt::format("{:.0f} kcal/day", v);
        case Unit::grams_per_day: return fmt::format("{:.0f} g/day", v);
        case Unit::grams_per_lb:
            return fmt::format("{:.2f} g/lb ({:.2f} g/kg)", v, v / units::kKilogramsPerPound);
        case Unit::kcal_per_kg_ffm: return fmt::format("{:.1f} kcal/kg FFM/day", v);
        case Unit::trimp: return fmt::format("{:.0f}", v);
        case Unit::hazard_ratio: return fmt::format("{:.2f}", v);
    }
    return fmt::format("{}", v);
}

const char* severity_tag(analysis::Severity severity) {
    switch (severity) {
        case analysis::Severity::high: return "HIGH";
        case analysis::Severity::moderate: return "MODERATE";
        case analysis::Severity::low: return "LOW";
        case analysis::Severity::info: return "INFO";
        case analysis::Severity::positive: return "GOOD";
    }
    return "INFO";
}

std::string evidence_line(const analysis::EvidenceRef& ref) {
    return fmt::format("{} [{}]: {}", ref.citation, ref.tag, ref.claim);
}

}  // namespace ironstride::report
