#include "ironstride/report/html_report.hpp"

#include <chrono>
#include <cmath>
#include <string_view>

#include <fmt/format.h>

#include "ironstride/report/assets/embedded.hpp"
#include "ironstride/report/detail/html_template.hpp"
#include "ironstride/report/verdict_format.hpp"
#include "ironstride/units/conversions.hpp"

namespace ironstride::report {

namespace {

using nlohmann::json;

double r3(double value) {
    constexpr double kScale = 1000.0;
    const double rounded = std::round(value * kScale) / kScale;
    return rounded == 0.0 ? 0.0 : rounded;
}

json point(units::CivilDay day, double value) {
    return json::array({day.time_since_epoch().count(), r3(value)});
}

/// One series; `decimals` is how its values are shown (axis ticks, tooltips), the same on every page.
json series(std::string_view name, std::string_view kind, std::string_view axis, int decimals, json points) {
    return {{"name", name}, {"kind", kind}, {"axis", axis}, {"decimals", decimals}, {"points", std::move(points)}};
}

/// JSON inside a script element: "<" followed by "/" would end the element early, so a backslash goes between them
/// (JSON reads "\/" as "/").
std::string script_safe(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        out.push_back(text[i]);
        if (text[i] == '<' && i + 1 < text.size() && text[i + 1] == '/') out.push_back('\\');
    }
    return out;
}

/// Whether an axis counts or sums something (distance, sets, hours, kcal, load): it then starts at zero, so a bar's
/// height is its value. A level (body weight, e1RM) fits its data instead.
enum class Axis { from_zero, fitted };

json chart_json(std::string_view id, std::string_view title, std::string_view y_label, std::string_view y2_label,
                Axis left, Axis right, json series_list) {
    return {{"id", id},
            {"title", title},
            {"y_label", y_label},
            {"y2_label", y2_label},
            {"y_zero", left == Axis::from_zero},
            {"y2_zero", right == Axis::from_zero},
            {"series", std::move(series_list)}};
}

/// The display units of the charts: distances in km or mi, masses in kg or lb.
struct ChartUnits {
    explicit ChartUnits(domain::UnitSystem units)
        : imperial(units == domain::UnitSystem::imperial),
          metres_per_unit(imperial ? units::kMetresPerMile : units::kMetresPerKilometre),
          kg_per_unit(imperial ? units::kKilogramsPerPound : 1.0),
          distance(imperial ? "mi" : "km"),
          mass(imperial ? "lb" : "kg") {}

    bool imperial;
    double metres_per_unit;
    double kg_per_unit;
    const char* distance;
    const char* mass;
};

json load_chart(const analysis::Series& s) {
    json ctl = json::array();
    json atl = json::array();
    json tsb = json::array();
    for (const analysis::DayPoint& d : s.days) {
        ctl.push_back(point(d.day, d.ctl));
        atl.push_back(point(d.day, d.atl));
        tsb.push_back(point(d.day, d.tsb));
    }
    return chart_json("load", "Fitness, fatigue and form (Banister TRIMP, CTL 42 d / ATL 7 d)", "TRIMP", "",
                      Axis::from_zero, Axis::from_zero,
                      json::array({series("Fitness (CTL)", "line", "left", 1, ctl),
                                   series("Fatigue (ATL)", "line", "left", 1, atl),
                                   series("Form (TSB)", "line", "left", 1, tsb)}));
}

/// The session-RPE AU model (evidence.md §17): fitness of running, lifting and both, and the combined fatigue.
json load_au_chart(const analysis::Series& s) {
    using analysis::Modality;
    const auto channel = [](Modality m) { return static_cast<std::size_t>(m); };
    json run = json::array();
    json lift = json::array();
    json combined = json::array();
    json fatigue = json::array();
    for (const analysis::DayPoint& d : s.days) {
        run.push_back(point(d.day, d.au[channel(Modality::running)].ctl));
        lift.push_back(point(d.day, d.au[channel(Modality::lifting)].ctl));
        combined.push_back(point(d.day, d.au[channel(Modality::combined)].ctl));
        fatigue.push_back(point(d.day, d.au[channel(Modality::combined)].atl));
    }
    return chart_json("load_au", "Running and lifting load (session RPE x minutes, CTL 42 d / ATL 7 d)", "AU", "",
                      Axis::from_zero, Axis::from_zero,
                      json::array({series("Running fitness (CTL)", "line", "left", 0, run),
                                   series("Lifting fitness (CTL)", "line", "left", 0, lift),
                                   series("Combined fitness (CTL)", "line", "left", 0, combined),
                                   series("Combined fatigue (ATL)", "line", "left", 0, fatigue)}));
}

json volume_chart(const analysis::Series& s, const ChartUnits& display) {
    json run = json::array();
    json sets = json::array();
    json partial = json::array();
    for (const analysis::WeekPoint& w : s.weeks) {
        // Weekly bars sit mid-week, on Thursday.
        const units::CivilDay mid = w.start + std::chrono::days{3};
        run.push_back(point(mid, w.run_m / display.metres_per_unit));
        sets.push_back(point(mid, w.hard_sets));
        // A week the range only partly covers holds fewer days' volume: the chart shades it.
        if (!w.complete) {
            partial.push_back(json::array({w.start.time_since_epoch().count(),
                                           (w.start + std::chrono::days{6}).time_since_epoch().count()}));
        }
    }
    json chart = chart_json("volume", "Weekly running against lifting volume (Monday to Sunday)",
                            fmt::format("running, {}", display.distance), "hard sets", Axis::from_zero,
                            Axis::from_zero,
                            json::array({series(fmt::format("Running ({})", display.distance), "bar", "left", 1, run),
                                         series("Lifting (hard sets)", "line", "right", 0, sets)}));
    chart["partial"] = std::move(partial);
    return chart;
}

json e1rm_chart(const analysis::Series& s, const ChartUnits& display) {
    json lifts = json::array();
    for (const analysis::LiftTrend& l : s.lifts) {
        json points = json::array();
        for (const analysis::LiftSession& session : l.sessions) {
            points.push_back(point(session.day, session.e1rm_kg / display.kg_per_unit));
        }
        lifts.push_back(series(l.name, "line", "left", 1, points));
    }
    return chart_json("e1rm", "Estimated 1RM per main lift (Epley, best set of 1-10 reps)", display.mass, "",
                      Axis::fitted, Axis::fitted, lifts);
}

json bodyweight_chart(const analysis::Series& s, const ChartUnits& display) {
    json weights = json::array();
    json smoothed = json::array();
    json lean = json::array();
    for (const analysis::BodyPoint& p : s.body.points) {
        weights.push_back(point(p.day, p.weight_kg / display.kg_per_unit));
        smoothed.push_back(point(p.day, p.smoothed_kg / display.kg_per_unit));
        if (p.lean_mass_kg) lean.push_back(point(p.day, *p.lean_mass_kg / display.kg_per_unit));
    }
    json body = json::array(
        {series("Weigh-ins", "dots", "left", 1, weights), series("Trend (7-day EWMA)", "line", "left", 1, smoothed)});
    if (!lean.empty()) body.push_back(series("Lean mass", "line", "right", 1, lean));
    return chart_json("bodyweight", "Bodyweight", display.mass,
                      lean.empty() ? "" : fmt::format("lean mass, {}", display.mass), Axis::fitted, Axis::fitted, body);
}

json sleep_chart(const analysis::Series& s) {
    json nights = json::array();
    json target = json::array();
    json minimum = json::array();
    for (const analysis::SleepPoint& n : s.sleep.nights) nights.push_back(point(n.day, n.hours));
    if (!s.sleep.nights.empty()) {
        for (const units::CivilDay day : {s.sleep.nights.front().day, s.sleep.nights.back().day}) {
            target.push_back(point(day, s.sleep.target_h));
            minimum.push_back(point(day, 7.0));
        }
    }
    return chart_json("sleep", "Sleep against your target and the 7-h minimum (NSF/AASM)", "hours", "",
                      Axis::from_zero, Axis::from_zero,
                      json::array({series("Night", "bar", "left", 1, nights), series("Target", "line", "left", 1, target),
                                   series("7-h minimum", "line", "left", 1, minimum)}));
}

/// Logged intake against each day's energy target (the target `plan` and `today` give for that day's training).
json intake_chart(const analysis::Series& s) {
    json intake = json::array();
    json target = json::array();
    for (const analysis::NutritionPoint& d : s.nutrition.days) {
        intake.push_back(point(d.day, d.intake_kcal));
        target.push_back(point(d.day, d.target_kcal));
    }
    return chart_json("intake", "Energy intake against the day's target", "kcal", "", Axis::from_zero, Axis::from_zero,
                      json::array({series("Intake", "bar", "left", 0, intake), series("Target", "line", "left", 0, target)}));
}

/// What the page template shows of a finding: its text and numbers in the display units.
json finding_view(const analysis::Finding& f, domain::UnitSystem units) {
    json numbers = json::array();
    for (const analysis::Number& n : f.numbers) {
        numbers.push_back({{"key", n.key}, {"label", n.label}, {"value", format_number(n, units)}});
    }
    json events = json::array();
    for (const analysis::FindingEvent& e : f.events) {
        std::string text;
        for (const analysis::Number& n : e.numbers) {
            text += fmt::format("{}{} {}", text.empty() ? "" : "; ", n.label, format_number(n, units));
        }
        events.push_back({{"date", units::format_iso_date(e.day)}, {"what", e.what}, {"numbers", std::move(text)}});
    }
    json evidence = json::array();
    for (const analysis::EvidenceRef& ref : f.evidence) evidence.push_back({{"id", ref.id}, {"line", evidence_line(ref)}});
    return {{"id", f.id},
            {"severity", analysis::to_string(f.severity)},
            {"badge", severity_tag(f.severity)},
            {"title", f.title},
            {"numbers", std::move(numbers)},
            {"has_events", !f.events.empty()},
            {"events", std::move(events)},
            {"detail", f.detail},
            {"evidence", std::move(evidence)}};
}

const char* verdict_class(analysis::Verdict verdict) {
    switch (verdict) {
        case analysis::Verdict::hurting: return "hurting";
        case analysis::Verdict::at_risk: return "at-risk";
        case analysis::Verdict::not_hurting: return "not-hurting";
        case analysis::Verdict::not_enough_data: return "no-data";
    }
    return "no-data";
}

}  // namespace

json html_chart_data(const analysis::VerdictReport& report, domain::UnitSystem units) {
    const ChartUnits display(units);
    const analysis::Series& s = report.series;
    return {{"units", display.imperial ? "imperial" : "metric"},
            {"charts", json::array({load_chart(s), volume_chart(s, display), e1rm_chart(s, display),
                                    bodyweight_chart(s, display), sleep_chart(s), load_au_chart(s), intake_chart(s)})}};
}

std::string render_verdict_html(const analysis::VerdictReport& r, domain::UnitSystem units) {
    json findings = json::array();
    for (const analysis::Finding& f : r.findings) findings.push_back(finding_view(f, units));
    const json data = html_chart_data(r, units);
    json charts = json::array();
    for (const json& chart : data["charts"]) charts.push_back({{"id", chart["id"]}, {"title", chart["title"]}});
    const json page = {
        {"athlete", r.athlete_name},
        {"period", fmt::format("{} to {}", units::format_iso_date(r.range.first), units::format_iso_date(r.range.last))},
        {"answer_class", verdict_class(r.answer.verdict)},
        {"verdict", analysis::to_string(r.answer.verdict)},
        {"answer", answer_sentence(r, units)},
        {"findings", std::move(findings)},
        {"charts", std::move(charts)},
        {"chart_data", script_safe(data.dump())},
        {"style", assets::kReportCss},
        {"chart_style", assets::kReportChartsCss},
        {"chart_script", assets::kReportChartsJs},
    };
    return detail::render_html_template(assets::kReportHtml, page);
}

}  // namespace ironstride::report
