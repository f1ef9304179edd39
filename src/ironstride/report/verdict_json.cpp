#include "ironstride/report/verdict_json.hpp"

#include <array>
#include <cmath>
#include <cstddef>
#include <string>
#include <utility>

#include "ironstride/report/json_text.hpp"
#include "ironstride/report/verdict_format.hpp"

namespace ironstride::report {

namespace {

using nlohmann::json;

/// Every number is rounded to 3 decimals: enough for any quantity here, and stable across platforms.
double r3(double value) {
    constexpr double kScale = 1000.0;
    const double rounded = std::round(value * kScale) / kScale;
    return rounded == 0.0 ? 0.0 : rounded;  // no "-0.0"
}

json opt(const std::optional<double>& value) { return value ? json(r3(*value)) : json(nullptr); }

std::string date(units::CivilDay day) { return units::format_iso_date(day); }

json numbers_json(const std::vector<analysis::Number>& numbers) {
    json out = json::array();
    for (const analysis::Number& n : numbers) {
        out.push_back({{"key", n.key}, {"label", n.label}, {"value", r3(n.value)}, {"unit", analysis::to_string(n.unit)}});
    }
    return out;
}

json finding_json(const analysis::Finding& f) {
    json evidence = json::array();
    for (const analysis::EvidenceRef& ref : f.evidence) {
        evidence.push_back({{"id", ref.id}, {"citation", ref.citation}, {"claim", ref.claim}, {"tag", ref.tag}});
    }
    json events = json::array();
    for (const analysis::FindingEvent& e : f.events) {
        events.push_back({{"date", date(e.day)}, {"what", e.what}, {"numbers", numbers_json(e.numbers)}});
    }
    return {{"id", f.id},           {"severity", analysis::to_string(f.severity)},
            {"title", f.title},     {"detail", f.detail},
            {"evidence", std::move(evidence)}, {"numbers", numbers_json(f.numbers)},
            {"events", std::move(events)}};
}

/// The members' prefix of each channel of the AU model: "run_", "lift_", and none for combined.
const char* channel_prefix(analysis::Modality m) {
    switch (m) {
        case analysis::Modality::running: return "run_";
        case analysis::Modality::lifting: return "lift_";
        case analysis::Modality::combined: return "";
    }
    return "";
}

constexpr std::array<analysis::Modality, analysis::kModalityCount> kModalities{
    analysis::Modality::running, analysis::Modality::lifting, analysis::Modality::combined};

std::size_t channel(analysis::Modality m) { return static_cast<std::size_t>(m); }

json daily_json(const analysis::DayPoint& d) {
    json out = {{"date", date(d.day)}, {"trimp", r3(d.trimp)},     {"srpe_load", r3(d.srpe_load)},
                {"ctl", r3(d.ctl)},    {"atl", r3(d.atl)},         {"tsb", r3(d.tsb)},
                {"acwr_ewma", opt(d.acwr_ewma)}, {"run_m", r3(d.run_m)}, {"run_min", r3(d.run_min)}};
    // Flat members (a day stays one line): load_au, ctl_au, … and the run_ / lift_ channels.
    for (const analysis::Modality m : kModalities) {
        const analysis::ModalityDay& c = d.au[channel(m)];
        const std::string prefix = channel_prefix(m);
        out[prefix + "load_au"] = r3(c.load);
        out[prefix + "ctl_au"] = r3(c.ctl);
        out[prefix + "atl_au"] = r3(c.atl);
        out[prefix + "tsb_au"] = r3(c.tsb);
    }
    return out;
}

/// series.load: the AU model's state at the range's last day and over its last complete week, per channel.
json load_json(const analysis::Series& s) {
    const analysis::DayPoint* last = s.days.empty() ? nullptr : &s.days.back();
    const analysis::WeekPoint* week = analysis::last_complete_week(s);
    json out = {{"unit", "AU"},
                {"model", "session RPE (CR-10) x minutes; CTL 42 d, ATL 7 d, additive EWMA"},
                {"date", last ? json(date(last->day)) : json(nullptr)},
                {"week_start", week ? json(date(week->start)) : json(nullptr)},
                {"trimp_to_au", r3(s.training.trimp_to_au)},
                {"trimp_to_au_source", s.training.trimp_to_au_source}};
    for (const analysis::Modality m : kModalities) {
        const auto day_value = [&](double analysis::ModalityDay::*member) {
            return last ? json(r3((last->au[channel(m)]).*member)) : json(nullptr);
        };
        const analysis::ModalityWeek* w = week ? &week->au[channel(m)] : nullptr;
        out[analysis::to_string(m)] = {{"ctl", day_value(&analysis::ModalityDay::ctl)},
                                       {"atl", day_value(&analysis::ModalityDay::atl)},
                                       {"tsb", day_value(&analysis::ModalityDay::tsb)},
                                       {"week_load", w ? json(r3(w->load)) : json(nullptr)},
                                       {"monotony", w ? opt(w->monotony) : json(nullptr)},
                                       {"strain", w ? opt(w->strain) : json(nullptr)}};
    }
    return out;
}

json weekly_json(const analysis::WeekPoint& w) {
    json muscles = json::object();
    for (std::size_t g = 0; g < domain::kMuscleGroupCount; ++g) {
        muscles[domain::to_string(static_cast<domain::MuscleGroup>(g))] = r3(w.sets_per_muscle[g]);
    }
    return {{"start", date(w.start)},
            {"complete", w.complete},
            {"run_m", r3(w.run_m)},
            {"run_min", r3(w.run_min)},
            {"runs", w.runs},
            {"run_days", w.run_days},
            {"high_intensity_runs", w.high_intensity_runs},
            {"longest_run_m", r3(w.longest_run_m)},
            {"ramp_two_weeks", opt(w.ramp_two_weeks)},
            {"trimp", r3(w.trimp)},
            {"monotony", opt(w.monotony)},
            {"strain", opt(w.strain)},
            {"acwr_uncoupled", opt(w.acwr_uncoupled)},
            {"load_au", r3(w.au[channel(analysis::Modality::combined)].load)},
            {"monotony_au", opt(w.au[channel(analysis::Modality::combined)].monotony)},
            {"strain_au", opt(w.au[channel(analysis::Modality::combined)].strain)},
            {"run_load_au", r3(w.au[channel(analysis::Modality::running)].load)},
            {"run_monotony_au", opt(w.au[channel(analysis::Modality::running)].monotony)},
            {"run_strain_au", opt(w.au[channel(analysis::Modality::running)].strain)},
            {"lift_load_au", r3(w.au[channel(analysis::Modality::lifting)].load)},
            {"lift_monotony_au", opt(w.au[channel(analysis::Modality::lifting)].monotony)},
            {"lift_strain_au", opt(w.au[channel(analysis::Modality::lifting)].strain)},
            {"moderate_min", r3(w.guideline.moderate_min)},
            {"vigorous_min", r3(w.guideline.vigorous_min)},
            {"moderate_equivalent_min", r3(w.moderate_equivalent_min)},
            {"meets_aerobic_guideline", w.meets_aerobic},
            {"strength_days", w.strength_days},
            {"meets_strength_guideline", w.meets_strength},
            {"hard_sets", r3(w.hard_sets)},
            {"tonnage_kg", r3(w.tonnage_kg)},
            {"sets_per_muscle", std::move(muscles)}};
}

json lift_json(const analysis::LiftTrend& l) {
    json sessions = json::array();
    for (const analysis::LiftSession& s : l.sessions) {
        sessions.push_back({{"date", date(s.day)},
                            {"e1rm_kg", r3(s.e1rm_kg)},
                            {"weight_kg", r3(s.weight_kg)},
                            {"reps", s.reps},
                            {"record", s.record}});
    }
    return {{"key", l.key},
            {"name", l.name},
            {"lower_body", l.lower_body},
            {"early_best_kg", opt(l.early_best_kg)},
            {"late_best_kg", opt(l.late_best_kg)},
            {"change_pct", l.change_fraction ? json(r3(*l.change_fraction * 100.0)) : json(nullptr)},
            {"slope_kg_per_week", opt(l.slope_kg_per_week)},
            {"records", l.records},
            {"sessions", std::move(sessions)}};
}

json series_json(const analysis::Series& s) {
    json daily = json::array();
    for (const analysis::DayPoint& d : s.days) daily.push_back(daily_json(d));
    json weekly = json::array();
    for (const analysis::WeekPoint& w : s.weeks) weekly.push_back(weekly_json(w));
    json lifts = json::array();
    for (const analysis::LiftTrend& l : s.lifts) lifts.push_back(lift_json(l));
    json body_points = json::array();
    for (const analysis::BodyPoint& p : s.body.points) {
        body_points.push_back({{"date", date(p.day)},
                               {"weight_kg", r3(p.weight_kg)},
                               {"smoothed_kg", r3(p.smoothed_kg)},
                               {"body_fat_pct", opt(p.body_fat_pct)},
                               {"lean_mass_kg", opt(p.lean_mass_kg)}});
    }
    json nights = json::array();
    for (const analysis::SleepPoint& n : s.sleep.nights) {
        nights.push_back({{"date", date(n.day)}, {"hours", r3(n.hours)}, {"source", n.from_checkin ? "checkin" : "import"}});
    }
    json food = json::array();
    for (const analysis::NutritionPoint& p : s.nutrition.days) {
        food.push_back({{"date", date(p.day)},
                        {"intake_kcal", r3(p.intake_kcal)},
                        {"protein_g", opt(p.protein_g)},
                        {"protein_g_per_lb", opt(p.protein_g_per_lb)},
                        {"exercise_kcal", r3(p.exercise_kcal)},
                        {"maintenance_kcal", r3(p.maintenance_kcal)},
                        {"balance_kcal", r3(p.balance_kcal)},
                        {"target_kcal", r3(p.target_kcal)},
                        {"vs_target_kcal", r3(p.vs_target_kcal)},
                        {"energy_availability", opt(p.energy_availability)}});
    }
    const analysis::NutritionSummary& n = s.nutrition;
    return {{"load", load_json(s)},
            {"daily", std::move(daily)},
            {"weekly", std::move(weekly)},
            {"lifts", std::move(lifts)},
            {"body",
             {{"rate_kg_per_week", opt(s.body.rate_kg_per_week)},
              {"rate_pct_per_week", opt(s.body.rate_pct_per_week)},
              {"lean_change_kg", opt(s.body.lean_change_kg)},
              {"points", std::move(body_points)}}},
            {"sleep",
             {{"mean_h", opt(s.sleep.mean_h)},
              {"nights_under_7h", s.sleep.nights_under_7h},
              {"target_h", r3(s.sleep.target_h)},
              {"nights", std::move(nights)}}},
            {"nutrition",
             {{"mean_intake_kcal", opt(n.mean_intake_kcal)},
              {"mean_balance_kcal", opt(n.mean_balance_kcal)},
              {"mean_target_kcal", opt(n.mean_target_kcal)},
              {"mean_vs_target_kcal", opt(n.mean_vs_target_kcal)},
              {"mean_protein_g", opt(n.mean_protein_g)},
              {"mean_protein_g_per_lb", opt(n.mean_protein_g_per_lb)},
              {"protein_target_g_per_lb", r3(n.protein_target_g_per_lb)},
              {"mean_energy_availability", opt(n.mean_energy_availability)},
              {"low_ea_days", n.low_ea_days},
              {"days", std::move(food)}}}};
}

/// The measured expenditure (docs/report-json.md "expenditure"): null members when unknown.
json expenditure_json(const analysis::MeasuredExpenditure& m) {
    const science::ExpenditureEstimate& e = m.estimate;
    return {{"estimated_kcal", opt(e.estimated_kcal)},
            {"low_kcal", opt(e.low_kcal)},
            {"high_kcal", opt(e.high_kcal)},
            {"equation_kcal", e.equation_kcal > 0 ? json(r3(e.equation_kcal)) : json(nullptr)},
            {"source", e.source},
            {"days_used", e.days_used},
            {"weigh_ins_used", e.weigh_ins_used},
            {"partial_days_excluded", e.partial_days_excluded},
            {"trend_kg_per_week", opt(e.trend_kg_per_week)},
            {"rho_kcal_per_kg", opt(e.rho_kcal_per_kg)},
            {"mean_intake_kcal", opt(e.mean_intake_kcal)},
            {"balance_kcal", opt(e.balance_kcal())},
            {"from", date(m.from)},
            {"to", date(m.to)},
            {"reason", e.reason}};
}

json activity_json(const analysis::ActivityRow& a) {
    json zones = nullptr;
    if (a.time_in_zone_s) {
        zones = json::array();
        for (const double seconds : *a.time_in_zone_s) zones.push_back(r3(seconds));
    }
    return {{"id", a.id},
            {"date", date(a.day)},
            {"start_utc", units::format_iso_instant(a.start_utc)},
            {"sport", domain::to_string(a.sport)},
            {"name", a.name},
            {"elapsed_s", opt(a.elapsed_s)},
            {"moving_s", opt(a.moving_s)},
            {"distance_m", opt(a.distance_m)},
            {"pace_s_per_km", a.speed_mps ? json(r3(1000.0 / *a.speed_mps)) : json(nullptr)},
            {"ascent_m", opt(a.ascent_m)},
            {"avg_hr_bpm", opt(a.avg_hr_bpm)},
            {"max_hr_bpm", opt(a.max_hr_bpm)},
            {"time_in_zone_s", std::move(zones)},
            {"trimp", opt(a.trimp)},
            {"hr_tss", opt(a.hr_tss)},
            {"srpe_load", opt(a.srpe_load)},
            {"load_au", a.load ? json(r3(a.load->au)) : json(nullptr)},
            {"load_source", a.load ? json(analysis::to_string(a.load->source)) : json(nullptr)},
            {"high_intensity", a.high_intensity}};
}

/// A value whose members are all scalars or arrays of scalars (a day, an activity, a number): written on one line.
bool flat(const json& j) {
    for (const json& member : j) {
        if (member.is_object()) return false;
        if (member.is_array()) {
            for (const json& element : member) {
                if (element.is_structured()) return false;
            }
        }
    }
    return true;
}

/// Two-space indented like json::dump(2), except that flat records take one line each: ten years of daily points
/// stay readable and the document is a fraction of the size (and of the time) of a fully indented one.
void write_json(std::string& out, const json& j, std::size_t indent) {
    if (!j.is_structured() || j.empty() || flat(j)) {
        out += j.dump();
        return;
    }
    const bool object = j.is_object();
    out += object ? '{' : '[';
    bool first = true;
    for (auto it = j.begin(); it != j.end(); ++it) {
        out += first ? "\n" : ",\n";
        first = false;
        out.append(indent + 2, ' ');
        if (object) {
            out += json(it.key()).dump();
            out += ": ";
        }
        write_json(out, it.value(), indent + 2);
    }
    out += '\n';
    out.append(indent, ' ');
    out += object ? '}' : ']';
}

}  // namespace

json verdict_json(const analysis::VerdictReport& r) {
    const analysis::Answer& a = r.answer;
    json findings = json::array();
    for (const analysis::Finding& f : r.findings) findings.push_back(finding_json(f));
    json activities = json::array();
    for (const analysis::ActivityRow& row : r.activities) activities.push_back(activity_json(row));
    return {{"schema_version", kReportJsonSchemaVersion},
            {"athlete", r.athlete_name},
            {"generated_on", date(r.generated_on)},
            {"from", date(r.range.first)},
            {"to", date(r.range.last)},
            {"answer", answer_sentence(r, domain::UnitSystem::metric)},
            {"verdict", analysis::to_string(a.verdict)},
            {"verdict_reason", a.reason},
            {"answer_numbers",
             {{"lift", a.lift_name ? json(*a.lift_name) : json(nullptr)},
              {"lift_before_kg", opt(a.lift_before_kg)},
              {"lift_now_kg", opt(a.lift_now_kg)},
              {"lift_change_pct", opt(a.lift_change_pct)},
              {"run_before_m_per_week", opt(a.run_before_m_per_week)},
              {"run_now_m_per_week", opt(a.run_now_m_per_week)},
              {"run_mean_m_per_week", opt(a.run_mean_m_per_week)}}},
            {"findings", std::move(findings)},
            {"heart",
             {{"max_hr_bpm", r3(r.max_hr_bpm)},
              {"max_hr_source", r.max_hr_source},
              {"resting_hr_bpm", opt(r.resting_hr_bpm)},
              {"zone_model", r.zone_model}}},
            {"series", series_json(r.series)},
            {"expenditure", expenditure_json(r.expenditure)},
            {"activities", std::move(activities)},
            {"metrics_computed", r.metrics_computed}};
}

std::string render_verdict_json(const analysis::VerdictReport& report) {
    std::string out;
    json document = verdict_json(report);
    escape_strings(document);  // names from the athlete's files: escaped, never an internal error
    write_json(out, document, 0);
    out += '\n';
    return out;
}

}  // namespace ironstride::report
