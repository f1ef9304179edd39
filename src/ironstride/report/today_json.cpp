#include "ironstride/report/today_json.hpp"

#include <cmath>

#include "ironstride/report/food_source_json.hpp"

namespace ironstride::report {

namespace {

using nlohmann::json;

double r3(double value) {
    constexpr double kScale = 1000.0;
    const double rounded = std::round(value * kScale) / kScale;
    return rounded == 0.0 ? 0.0 : rounded;
}

json opt(const std::optional<double>& value) { return value ? json(r3(*value)) : json(nullptr); }

json session_json(const planner::PlannedSession& s) {
    return {{"kind", planner::to_string(s.kind)},
            {"type", planner::to_string(s.type)},
            {"title", s.title},
            {"intensity", planner::to_string(s.intensity)},
            {"start", units::format_time_of_day(s.start)},
            {"duration_min", s.duration_min},
            {"lower_body_heavy", s.lower_body_heavy},
            {"steps", s.steps},
            {"why", s.why}};
}

}  // namespace

json today_json(const planner::TodayReport& r) {
    json factors = json::array();
    for (const analysis::ReadinessFactor& f : r.readiness.factors) {
        json evidence = json::array();
        for (const analysis::EvidenceRef& ref : f.evidence) evidence.push_back({{"id", ref.id}, {"citation", ref.citation}});
        factors.push_back({{"key", f.key},
                           {"level", analysis::to_string(f.level)},
                           {"value", opt(f.value)},
                           {"baseline_7", opt(f.baseline_7)},
                           {"baseline_28", opt(f.baseline_28)},
                           {"target", opt(f.target)},
                           {"reason", f.reason},
                           {"evidence", evidence}});
    }
    json sessions = json::array();
    for (const planner::TodaySession& s : r.sessions) {
        json evidence = json::array();
        for (const analysis::EvidenceRef& ref : s.evidence) evidence.push_back({{"id", ref.id}, {"citation", ref.citation}});
        sessions.push_back({{"planned", session_json(s.planned)},
                            {"adapted", s.adapted ? session_json(*s.adapted) : json(nullptr)},
                            {"reason", s.reason.empty() ? json(nullptr) : json(s.reason)},
                            {"evidence", evidence}});
    }
    const science::DayNutrition& n = r.nutrition;
    return {{"schema_version", kTodayJsonSchemaVersion},
            {"athlete", r.athlete_name},
            {"date", units::format_iso_date(r.day)},
            {"readiness",
             {{"level", analysis::to_string(r.readiness.level)},
              {"checked_in", r.readiness.checked_in},
              {"summary", r.readiness.summary},
              {"factors", factors}}},
            {"form", {{"ctl", r3(r.form.ctl)}, {"atl", r3(r.form.atl)}, {"tsb", r3(r.form.tsb)}}},
            {"sessions", sessions},
            {"nutrition",
             {{"load", science::to_string(n.load)},
              {"kcal", r3(n.kcal)},
              {"exercise_kcal", r3(n.exercise_kcal)},
              {"protein_g", r3(n.protein_g)},
              {"carbs_g", r3(n.carbs_g)},
              {"fat_g", r3(n.fat_g)},
              {"energy_availability", opt(n.energy_availability_kcal_per_kg_ffm)}}},
            {"sleep_target_h", r3(r.sleep_target_h)},
            {"body", body_used_json(r.body)},
            {"energy", energy_used_json(r.expenditure)},
            {"notes", r.notes}};
}

std::string render_today_json(const planner::TodayReport& report) { return today_json(report).dump(2) + "\n"; }

}  // namespace ironstride::report
