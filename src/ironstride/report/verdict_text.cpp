#include "ironstride/report/verdict_text.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>

#include <fmt/format.h>

#include "ironstride/report/unit_format.hpp"
#include "ironstride/report/verdict_format.hpp"
#include "ironstride/units/conversions.hpp"
#include "ironstride/util/echo.hpp"

namespace ironstride::report {

namespace {

/// Dated events shown per finding; the JSON form has them all.
constexpr std::size_t kMaxEvents = 6;
/// Activities listed at the end of the text.
constexpr std::size_t kMaxActivities = 10;
constexpr double kPercent = 100.0;

void line(std::string& out, std::string_view text) {
    out.append(text);
    out.push_back('\n');
}

std::string numbers_line(const std::vector<analysis::Number>& numbers, domain::UnitSystem units) {
    std::string text;
    for (const analysis::Number& n : numbers) {
        if (!text.empty()) text += "; ";
        text += fmt::format("{} {}", n.label, format_number(n, units));
    }
    return text;
}

void findings(std::string& out, const analysis::VerdictReport& r, domain::UnitSystem units) {
    line(out, "Findings");
    if (r.findings.empty()) line(out, "  (none: not enough data in this period)");
    for (const analysis::Finding& f : r.findings) {
        out += fmt::format("  [{}] {} ({})\n", severity_tag(f.severity), f.title, f.id);
        out += fmt::format("    Your numbers: {}\n", numbers_line(f.numbers, units));
        std::size_t shown = 0;
        for (const analysis::FindingEvent& e : f.events) {
            if (shown++ == kMaxEvents) {
                out += fmt::format("      … and {} more\n", f.events.size() - kMaxEvents);
                break;
            }
            out += fmt::format("      {} {}: {}\n", units::format_iso_date(e.day), e.what, numbers_line(e.numbers, units));
        }
        out += fmt::format("    {}\n", f.detail);
        for (const analysis::EvidenceRef& ref : f.evidence) out += fmt::format("    Evidence: {}\n", evidence_line(ref));
    }
}

std::string optional_text(const std::optional<double>& value, const char* format_spec) {
    return value ? fmt::format(fmt::runtime(format_spec), *value) : std::string("-");
}

void weeks(std::string& out, const analysis::VerdictReport& r, domain::UnitSystem units) {
    line(out, "Weeks");
    const char* distance_unit = units == domain::UnitSystem::imperial ? "mi" : "km";
    out += fmt::format("  {:<10} {:>7} {:>7} {:>4} {:>4} {:>6} {:>6} {:>7} {:>8} {:>4} {:>5} {:>9}\n", "week of",
                       fmt::format("run {}", distance_unit), "run min", "runs", "hard", "ramp2w", "TRIMP", "monot.",
                       "PAG min", "str", "sets", "tonnage");
    const double metres_per_unit =
        units == domain::UnitSystem::imperial ? units::kMetresPerMile : units::kMetresPerKilometre;
    for (const analysis::WeekPoint& w : r.series.weeks) {
        out += fmt::format("  {:<10} {:>7.1f} {:>7.0f} {:>4} {:>4} {:>6} {:>6.0f} {:>7} {:>8.0f} {:>4} {:>5.1f} {:>9}{}\n",
                           units::format_iso_date(w.start), w.run_m / metres_per_unit, w.run_min, w.runs,
                           w.high_intensity_runs,
                           w.ramp_two_weeks ? fmt::format("{:+.0f}%", *w.ramp_two_weeks * kPercent) : "-", w.trimp,
                           optional_text(w.monotony, "{:.2f}"), w.moderate_equivalent_min, w.strength_days,
                           w.hard_sets, format_mass(w.tonnage_kg, units, 0), w.complete ? "" : "  (partial)");
    }
}

void lifts(std::string& out, const analysis::VerdictReport& r, domain::UnitSystem units) {
    line(out, "Main lifts (best e1RM per session, Epley)");
    if (r.series.lifts.empty()) line(out, "  (no main-lift sessions with weights)");
    for (const analysis::LiftTrend& l : r.series.lifts) {
        std::string trend;
        if (l.early_best_kg && l.late_best_kg && l.change_fraction) {
            trend = fmt::format("{} to {} ({:+.1f}%)", format_mass(*l.early_best_kg, units),
                                format_mass(*l.late_best_kg, units), *l.change_fraction * kPercent);
        } else {
            trend = fmt::format("last {}", format_mass(l.sessions.back().e1rm_kg, units));
        }
        out += fmt::format("  {}: {}; {} session{}, {} record{}{}\n", util::cut_for_display(l.name), trend,
                           l.sessions.size(), l.sessions.size() == 1 ? "" : "s", l.records, l.records == 1 ? "" : "s",
                           l.slope_kg_per_week ? fmt::format(", trend {}{}/week", *l.slope_kg_per_week >= 0 ? "+" : "",
                                                             format_mass(*l.slope_kg_per_week, units, 2))
                                               : std::string());
    }
}

/// What the athlete's own intake and weight say he spends, beside the equations (evidence.md §13).
void expenditure(std::string& out, const analysis::MeasuredExpenditure& m, domain::UnitSystem units) {
    const science::ExpenditureEstimate& e = m.estimate;
    if (!e.estimated_kcal) {
        if (e.equation_kcal > 0) {
            out += fmt::format("  expenditure: {:.0f} kcal/day from the equations ({})\n", e.equation_kcal, e.reason);
        }
        return;
    }
    out += fmt::format("  expenditure: {:.0f} kcal/day measured ({:.0f}-{:.0f}, {} to {}: weight trend {}/week), "
                       "equations {:.0f} ({:+.0f}); {}\n",
                       *e.estimated_kcal, *e.low_kcal, *e.high_kcal, units::format_iso_date(m.from),
                       units::format_iso_date(m.to), format_mass(*e.trend_kg_per_week, units, 2), e.equation_kcal,
                       *e.estimated_kcal - e.equation_kcal, e.reason);
}

void body_sleep_food(std::string& out, const analysis::VerdictReport& r, domain::UnitSystem units) {
    const analysis::BodyTrend& b = r.series.body;
    line(out, "Body");
    if (b.points.empty()) {
        line(out, "  (no weigh-ins)");
    } else {
        out += fmt::format("  weight {} (smoothed {}), {} weigh-ins", format_mass(b.points.back().weight_kg, units),
                           format_mass(b.points.back().smoothed_kg, units), b.points.size());
        if (b.rate_pct_per_week) {
            out += fmt::format("; trend {:+.2f}%/week ({}{}/week)", *b.rate_pct_per_week,
                               *b.rate_kg_per_week >= 0 ? "+" : "", format_mass(*b.rate_kg_per_week, units, 2));
        }
        if (b.lean_change_kg) {
            out += fmt::format("; lean mass {}{}", *b.lean_change_kg >= 0 ? "+" : "",
                               format_mass(*b.lean_change_kg, units, 1));
        }
        out += '\n';
    }
    const analysis::SleepSummary& s = r.series.sleep;
    line(out, "Sleep");
    if (!s.mean_h) {
        line(out, "  (no nights logged)");
    } else {
        out += fmt::format("  mean {:.1f} h over {} nights (target {:.1f} h, at least 7 h); {} nights under 7 h\n",
                           *s.mean_h, s.nights.size(), s.target_h, s.nights_under_7h);
    }
    const analysis::NutritionSummary& n = r.series.nutrition;
    line(out, "Intake");
    if (!n.mean_intake_kcal) {
        line(out, "  (no food logged)");
    } else {
        out += fmt::format("  mean {:.0f} kcal/day (", *n.mean_intake_kcal);
        if (const auto measured = r.expenditure.estimate.balance_kcal()) {
            // The balance the weight trend shows first (evidence.md §13); the equations' beside it.
            out += fmt::format("{:+.0f} against your measured expenditure, {:+.0f} against the equations' needs",
                               *measured, *n.mean_balance_kcal);
        } else {
            out += fmt::format("{:+.0f} against your needs", *n.mean_balance_kcal);
        }
        if (n.mean_target_kcal) {
            out += fmt::format(", {:+.0f} against your target of {:.0f}", *n.mean_vs_target_kcal, *n.mean_target_kcal);
        }
        out += fmt::format(") over {} days", n.days.size());
        if (n.mean_protein_g_per_lb) {
            out += fmt::format("; protein {:.0f} g/day = {:.2f} g/lb (target {:.1f} g/lb)", *n.mean_protein_g,
                               *n.mean_protein_g_per_lb, n.protein_target_g_per_lb);
        }
        if (n.mean_energy_availability) {
            out += fmt::format("; energy availability {:.1f} kcal/kg FFM ({} days under 30)",
                               *n.mean_energy_availability, n.low_ea_days);
        }
        out += '\n';
    }
    expenditure(out, r.expenditure, units);
}

/// The AU model's channels side by side: fitness, fatigue and form at the range's last day, the last complete week's
/// load, monotony and strain.
void load_table(std::string& out, const analysis::Series& s) {
    const analysis::DayPoint& last = s.days.back();
    const analysis::WeekPoint* week = analysis::last_complete_week(s);
    out += fmt::format("  {:<10} {:>8} {:>8} {:>7} {:>8} {:>7} {:>8}\n", "AU", "fitness", "fatigue", "form", "week",
                       "monot.", "strain");
    for (const analysis::Modality m :
         {analysis::Modality::running, analysis::Modality::lifting, analysis::Modality::combined}) {
        const auto c = static_cast<std::size_t>(m);
        const analysis::ModalityDay& day = last.au[c];
        const analysis::ModalityWeek* w = week ? &week->au[c] : nullptr;
        out += fmt::format("  {:<10} {:>8.1f} {:>8.1f} {:>+7.1f} {:>8} {:>7} {:>8}\n", analysis::to_string(m), day.ctl,
                           day.atl, day.tsb, w ? fmt::format("{:.0f}", w->load) : "-",
                           w ? optional_text(w->monotony, "{:.2f}") : "-", w ? optional_text(w->strain, "{:.0f}") : "-");
    }
    out += fmt::format("  (on {}; week: {})\n", units::format_iso_date(last.day),
                       week ? fmt::format("of {}", units::format_iso_date(week->start)) : "no complete week");
    const bool own = s.training.trimp_to_au_source == "own_sessions";
    out += fmt::format("  without an RPE, lifts are estimated from their sets and other sessions count TRIMP x {:.2f} "
                       "({})\n",
                       s.training.trimp_to_au, own ? "your own sessions' sRPE per TRIMP" : "one to one");
}

void load(std::string& out, const analysis::VerdictReport& r) {
    line(out, "Load (session RPE x minutes, AU; CTL 42 d, ATL 7 d, additive EWMA)");
    if (r.series.days.empty()) return;
    load_table(out, r.series);
    const analysis::DayPoint& last = r.series.days.back();
    out += fmt::format("  heart-rate load (Banister TRIMP): fitness {:.1f}, fatigue {:.1f}, form {:+.1f}{}\n",
                       last.ctl, last.atl, last.tsb,
                       last.acwr_ewma ? fmt::format("; ATL/CTL {:.2f} (context only)", *last.acwr_ewma) : "");
    out += fmt::format("  heart: HRmax {:.0f} bpm ({}), resting {}, zones {}\n", r.max_hr_bpm, r.max_hr_source,
                       r.resting_hr_bpm ? fmt::format("{:.0f} bpm", *r.resting_hr_bpm) : "-", r.zone_model);
}

void activities(std::string& out, const analysis::VerdictReport& r, domain::UnitSystem units) {
    line(out, fmt::format("Recent activities (last {} of {}; all of them in --format json)",
                          std::min(kMaxActivities, r.activities.size()), r.activities.size()));
    const std::size_t first = r.activities.size() > kMaxActivities ? r.activities.size() - kMaxActivities : 0;
    for (std::size_t i = first; i < r.activities.size(); ++i) {
        const analysis::ActivityRow& a = r.activities[i];
        std::string text = fmt::format("  {} {:<8}", units::format_iso_date(a.day), domain::to_string(a.sport));
        if (a.moving_s || a.elapsed_s) text += fmt::format(" {:>8}", format_duration(a.moving_s.value_or(*a.elapsed_s)));
        if (a.distance_m) text += fmt::format(" {:>9}", format_distance(*a.distance_m, units));
        if (a.speed_mps) text += fmt::format(" {:>10}", format_pace(*a.speed_mps, units));
        if (a.ascent_m) text += fmt::format(" +{:.0f} m", *a.ascent_m);
        if (a.avg_hr_bpm) text += fmt::format(" HR {:.0f}/{}", *a.avg_hr_bpm, a.max_hr_bpm ? fmt::format("{:.0f}", *a.max_hr_bpm) : "-");
        if (a.trimp) text += fmt::format(" TRIMP {:.0f}", *a.trimp);
        if (a.hr_tss) text += fmt::format(" hrTSS {:.0f}", *a.hr_tss);
        if (a.srpe_load) text += fmt::format(" sRPE {:.0f}", *a.srpe_load);
        if (a.load) text += fmt::format(" load {:.0f} AU ({})", a.load->au, analysis::to_string(a.load->source));
        if (a.high_intensity) text += " (hard)";
        line(out, text);
    }
}

}  // namespace

std::string render_verdict_text(const analysis::VerdictReport& r, domain::UnitSystem units) {
    std::string out;
    out += fmt::format("ironstride report for {}, {} to {}\n\n", r.athlete_name.empty() ? "you" : r.athlete_name,
                       units::format_iso_date(r.range.first), units::format_iso_date(r.range.last));
    out += answer_sentence(r, units);
    out += "\n\n";
    findings(out, r, units);
    out += '\n';
    weeks(out, r, units);
    out += '\n';
    lifts(out, r, units);
    out += '\n';
    body_sleep_food(out, r, units);
    out += '\n';
    load(out, r);
    out += '\n';
    activities(out, r, units);
    if (r.metrics_computed > 0) {
        out += fmt::format("\n(per-activity metrics computed and cached for {} activities)\n", r.metrics_computed);
    }
    return out;
}

}  // namespace ironstride::report
