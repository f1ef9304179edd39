#include "ironstride/report/plan_json.hpp"

#include <cmath>

#include <fmt/format.h>

#include "ironstride/planner/constraints.hpp"
#include "ironstride/report/food_source_json.hpp"
#include "ironstride/report/plan_steps.hpp"
#include "ironstride/util/error.hpp"

namespace ironstride::report {

namespace {

using nlohmann::ordered_json;
using planner::Intensity;
using planner::SessionKind;
using planner::SessionType;
using planner::WeekPhase;

double round_to(double value, int decimals) {
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

ordered_json workout_json(const domain::Workout& workout) {
    ordered_json steps = ordered_json::array();
    for (const auto& step : workout.steps) {
        ordered_json s;
        s["kind"] = step.kind == domain::WorkoutStep::Kind::repeat ? "repeat" : "timed";
        s["name"] = step.name;
        if (step.kind == domain::WorkoutStep::Kind::repeat) {
            s["repeat_from"] = step.repeat_from;
            s["repeat_count"] = step.repeat_count;
        } else {
            s["intensity"] = domain::to_string(step.intensity);
            s["duration_s"] = round_to(step.duration_s, 1);
            if (step.hr_low_bpm) s["hr_low_bpm"] = round_to(*step.hr_low_bpm, 0);
            if (step.hr_high_bpm) s["hr_high_bpm"] = round_to(*step.hr_high_bpm, 0);
            if (step.speed_low_mps) s["speed_low_mps"] = round_to(*step.speed_low_mps, 3);
            if (step.speed_high_mps) s["speed_high_mps"] = round_to(*step.speed_high_mps, 3);
        }
        steps.push_back(std::move(s));
    }
    ordered_json out;
    out["name"] = workout.name;
    out["sport"] = domain::to_string(workout.sport);
    out["sub_sport"] = workout.sub_sport;
    out["steps"] = std::move(steps);
    return out;
}

ordered_json session_json(const planner::PlannedSession& session, domain::UnitSystem units) {
    ordered_json s;
    s["kind"] = to_string(session.kind);
    s["type"] = to_string(session.type);
    s["title"] = session.title;
    s["intensity"] = to_string(session.intensity);
    s["start"] = units::format_time_of_day(session.start);
    s["duration_min"] = session.duration_min;
    s["lower_body_heavy"] = session.lower_body_heavy;
    s["run_min"] = round_to(session.run_min, 2);
    s["walk_min"] = round_to(session.walk_min, 2);
    s["moderate_equivalent_min"] = round_to(session.moderate_equivalent_min, 2);
    s["treadmill"] = session.treadmill;
    s["steps"] = session_steps(session, units);
    s["workout"] = session.workout ? workout_json(*session.workout) : ordered_json(nullptr);
    s["why"] = session.why;
    return s;
}

/// A gram range as `[low, high]`, or null.
ordered_json range_json(const std::optional<planner::NutritionTarget::GramRange>& range) {
    if (!range) return nullptr;
    return ordered_json::array({std::lround(range->low_g), std::lround(range->high_g)});
}

ordered_json day_json(const planner::PlanDay& day, domain::UnitSystem units) {
    ordered_json d;
    d["date"] = units::format_iso_date(day.date);
    d["weekday"] = domain::weekday_key(units::iso_weekday_index(day.date));
    ordered_json sessions = ordered_json::array();
    for (const auto& session : day.sessions) sessions.push_back(session_json(session, units));
    d["sessions"] = std::move(sessions);
    d["nutrition"] = {{"load", day.nutrition.load},
                      {"exercise_kcal", std::lround(day.nutrition.exercise_kcal)},
                      {"kcal", std::lround(day.nutrition.kcal)},
                      {"protein_g", std::lround(day.nutrition.protein_g)},
                      {"carbs_g", std::lround(day.nutrition.carbs_g)},
                      {"fat_g", std::lround(day.nutrition.fat_g)},
                      {"carbs_below_band", day.nutrition.carbs_below_band},
                      {"carbs_band_floor_g", std::lround(day.nutrition.carbs_band_floor_g)},
                      {"event_fuel", day.nutrition.event_fuel.empty() ? ordered_json(nullptr)
                                                                      : ordered_json(day.nutrition.event_fuel)},
                      {"pre_event_meal_carbs_g", range_json(day.nutrition.pre_event_meal_carbs)},
                      {"during_event_carbs_g_per_h", range_json(day.nutrition.during_event_carbs_per_h)}};
    d["sleep_target_h"] = round_to(day.sleep_target_h, 1);
    return d;
}

ordered_json week_json(const planner::PlanWeek& week, domain::UnitSystem units) {
    ordered_json w;
    w["index"] = week.index + 1;
    w["start"] = units::format_iso_date(week.start);
    w["phase"] = to_string(week.phase);
    w["run_minutes"] = round_to(week.run_minutes, 2);
    w["moderate_equivalent_minutes"] = round_to(week.moderate_equivalent_minutes, 2);
    w["strength_days"] = week.strength_days;
    w["notes"] = week.notes;
    ordered_json unplaced = ordered_json::array();
    for (const auto& u : week.unplaced) {
        unplaced.push_back(
            {{"type", to_string(u.type)}, {"duration_min", u.duration_min}, {"rule", u.rule}, {"window", u.window}});
    }
    w["unplaced"] = std::move(unplaced);
    ordered_json days = ordered_json::array();
    for (const auto& day : week.days) days.push_back(day_json(day, units));
    w["days"] = std::move(days);
    return w;
}

}  // namespace

ordered_json plan_to_json(const planner::Plan& plan, domain::UnitSystem units) {
    ordered_json out;
    out["schema"] = "ironstride.plan/1";
    out["athlete"] = plan.athlete_name;
    out["units"] = domain::to_string(units);
    out["start"] = units::format_iso_date(plan.start);
    out["weeks_count"] = plan.weeks_count;
    if (plan.event_date) {
        out["event"] = {{"date", units::format_iso_date(*plan.event_date)}, {"kind", plan.event_kind}};
    } else {
        out["event"] = nullptr;
    }
    out["baseline"] = {{"longest_run_min", round_to(plan.baseline.longest_run_min, 2)},
                       {"weekly_run_min", round_to(plan.baseline.weekly_run_min, 2)},
                       {"max_weekly_increase", plan.baseline.max_weekly_increase},
                       {"long_run_cap_min", round_to(plan.baseline.long_run_cap_min, 2)},
                       {"source", plan.baseline.source},
                       {"hard_per_week", plan.baseline.hard_per_week ? nlohmann::ordered_json(round_to(*plan.baseline.hard_per_week, 2))
                                                                     : nlohmann::ordered_json(nullptr)}};
    // What the food was sized from (report/food_source_json.hpp), in the shape of targets and today.
    out["body"] = ordered_json(body_used_json(plan.body));
    out["energy"] = ordered_json(energy_used_json(plan.expenditure));
    out["guidelines"] = {{"final_moderate_equivalent_min", round_to(plan.guidelines_final_moderate_equivalent_min, 2)},
                         {"final_strength_days", plan.guidelines_final_strength_days},
                         {"met", plan.guidelines_met}};
    ordered_json rules = ordered_json::array();
    for (const auto& rule : planner::rules()) {
        rules.push_back({{"id", rule.id}, {"hard", rule.hard}, {"summary", rule.summary}, {"evidence", rule.evidence}});
    }
    out["rules"] = std::move(rules);
    ordered_json weeks = ordered_json::array();
    for (const auto& week : plan.weeks) weeks.push_back(week_json(week, units));
    out["weeks"] = std::move(weeks);
    ordered_json warnings = ordered_json::array();
    for (const auto& warning : plan.warnings) {
        warnings.push_back({{"rule", warning.rule}, {"window", warning.window}, {"message", warning.message}});
    }
    out["warnings"] = std::move(warnings);
    return out;
}

std::string write_plan_json(const planner::Plan& plan, domain::UnitSystem units) {
    return plan_to_json(plan, units).dump(2) + "\n";
}

namespace {

[[noreturn]] void bad(const std::string& path, const std::string& what) {
    throw util::Error(util::ErrorCode::data_bad_plan_json, util::SourcePos{path, {}, {}, {}}, what).with_hint("the plan JSON follows docs/plan-json.md");
}

const nlohmann::json& field(const nlohmann::json& object, const char* key, const std::string& path) {
    if (!object.is_object() || !object.contains(key)) bad(path, fmt::format("missing \"{}\"", key));
    return object.at(key);
}

double number(const nlohmann::json& object, const char* key, const std::string& path) {
    const auto& value = field(object, key, path);
    if (!value.is_number()) bad(path + "." + key, "not a number");
    return value.get<double>();
}

std::string text(const nlohmann::json& object, const char* key, const std::string& path) {
    const auto& value = field(object, key, path);
    if (!value.is_string()) bad(path + "." + key, "not a string");
    return value.get<std::string>();
}

units::CivilDay date(const nlohmann::json& object, const char* key, const std::string& path) {
    auto parsed = units::parse_iso_date(text(object, key, path));
    if (!parsed) bad(path + "." + key, parsed.error().message());
    return *parsed;
}

/// The enum value whose to_string is `name`, trying values 0..count-1.
template <typename Enum>
Enum enum_named(const std::string& name, int count, const std::string& path) {
    for (int i = 0; i < count; ++i) {
        const auto value = static_cast<Enum>(i);
        if (name == to_string(value)) return value;
    }
    bad(path, fmt::format("unknown value \"{}\"", name));
}

planner::PlannedSession session_from_json(const nlohmann::json& s, const std::string& spath) {
    planner::PlannedSession session;
    session.kind = enum_named<SessionKind>(text(s, "kind", spath), 6, spath + ".kind");
    session.type = enum_named<SessionType>(text(s, "type", spath), 12, spath + ".type");
    session.title = text(s, "title", spath);
    session.intensity = enum_named<Intensity>(text(s, "intensity", spath), 3, spath + ".intensity");
    auto start = units::parse_time_of_day(text(s, "start", spath));
    if (!start) bad(spath + ".start", start.error().message());
    session.start = *start;
    session.duration_min = static_cast<int>(number(s, "duration_min", spath));
    session.lower_body_heavy = field(s, "lower_body_heavy", spath).get<bool>();
    session.run_min = number(s, "run_min", spath);
    session.walk_min = number(s, "walk_min", spath);
    session.moderate_equivalent_min = number(s, "moderate_equivalent_min", spath);
    session.treadmill = field(s, "treadmill", spath).get<bool>();
    for (const auto& why : field(s, "why", spath)) session.why.push_back(why.get<std::string>());
    if (field(s, "steps", spath).empty()) bad(spath + ".steps", "no steps");
    return session;
}

std::optional<planner::NutritionTarget::GramRange> range_from_json(const nlohmann::json& n, const char* key,
                                                                   const std::string& npath) {
    if (!n.contains(key) || n[key].is_null()) return std::nullopt;
    const auto& range = n[key];
    if (!range.is_array() || range.size() != 2 || !range[0].is_number() || !range[1].is_number()) {
        bad(npath + "." + key, "expected [low, high] grams");
    }
    return planner::NutritionTarget::GramRange{range[0].get<double>(), range[1].get<double>()};
}

planner::PlanDay day_from_json(const nlohmann::json& d, const std::string& dpath) {
    planner::PlanDay day;
    day.date = date(d, "date", dpath);
    const auto& sessions = field(d, "sessions", dpath);
    for (std::size_t si = 0; si < sessions.size(); ++si) {
        day.sessions.push_back(session_from_json(sessions[si], fmt::format("{}.sessions[{}]", dpath, si)));
    }
    const auto& n = field(d, "nutrition", dpath);
    const std::string npath = dpath + ".nutrition";
    day.nutrition.load = text(n, "load", npath);
    day.nutrition.exercise_kcal = number(n, "exercise_kcal", npath);
    day.nutrition.kcal = number(n, "kcal", npath);
    day.nutrition.protein_g = number(n, "protein_g", npath);
    day.nutrition.carbs_g = number(n, "carbs_g", npath);
    day.nutrition.fat_g = number(n, "fat_g", npath);
    day.nutrition.carbs_below_band = field(n, "carbs_below_band", npath).get<bool>();
    day.nutrition.carbs_band_floor_g = number(n, "carbs_band_floor_g", npath);
    if (n.contains("event_fuel") && n["event_fuel"].is_string()) day.nutrition.event_fuel = text(n, "event_fuel", npath);
    day.nutrition.pre_event_meal_carbs = range_from_json(n, "pre_event_meal_carbs_g", npath);
    day.nutrition.during_event_carbs_per_h = range_from_json(n, "during_event_carbs_g_per_h", npath);
    day.sleep_target_h = number(d, "sleep_target_h", dpath);
    return day;
}

planner::PlanWeek week_from_json(const nlohmann::json& w, const std::string& wpath) {
    planner::PlanWeek week;
    week.index = static_cast<int>(number(w, "index", wpath)) - 1;
    week.start = date(w, "start", wpath);
    week.phase = enum_named<WeekPhase>(text(w, "phase", wpath), 7, wpath + ".phase");
    week.run_minutes = number(w, "run_minutes", wpath);
    week.moderate_equivalent_minutes = number(w, "moderate_equivalent_minutes", wpath);
    week.strength_days = static_cast<int>(number(w, "strength_days", wpath));
    for (const auto& note : field(w, "notes", wpath)) week.notes.push_back(note.get<std::string>());
    for (const auto& u : field(w, "unplaced", wpath)) {
        week.unplaced.push_back({enum_named<SessionType>(text(u, "type", wpath), 12, wpath + ".unplaced"),
                                 static_cast<int>(number(u, "duration_min", wpath)), text(u, "rule", wpath),
                                 text(u, "window", wpath)});
    }
    const auto& days = field(w, "days", wpath);
    for (std::size_t di = 0; di < days.size(); ++di) {
        week.days.push_back(day_from_json(days[di], fmt::format("{}.days[{}]", wpath, di)));
    }
    return week;
}

}  // namespace

planner::Plan plan_from_json(const nlohmann::json& json) {
    planner::Plan plan;
    plan.athlete_name = text(json, "athlete", "$");
    plan.start = date(json, "start", "$");
    plan.weeks_count = static_cast<int>(number(json, "weeks_count", "$"));
    const auto& event = field(json, "event", "$");
    if (!event.is_null()) {
        plan.event_date = date(event, "date", "$.event");
        plan.event_kind = text(event, "kind", "$.event");
    }
    const auto& baseline = field(json, "baseline", "$");
    plan.baseline = {number(baseline, "longest_run_min", "$.baseline"), number(baseline, "weekly_run_min", "$.baseline"),
                     number(baseline, "max_weekly_increase", "$.baseline"),
                     number(baseline, "long_run_cap_min", "$.baseline"), text(baseline, "source", "$.baseline"),
                     std::nullopt};
    if (const auto it = baseline.find("hard_per_week"); it != baseline.end() && !it->is_null()) {
        plan.baseline.hard_per_week = number(baseline, "hard_per_week", "$.baseline");
    }
    const auto& guidelines = field(json, "guidelines", "$");
    plan.guidelines_final_moderate_equivalent_min =
        number(guidelines, "final_moderate_equivalent_min", "$.guidelines");
    plan.guidelines_final_strength_days = static_cast<int>(number(guidelines, "final_strength_days", "$.guidelines"));
    plan.guidelines_met = field(guidelines, "met", "$.guidelines").get<bool>();
    const auto& weeks = field(json, "weeks", "$");
    for (std::size_t wi = 0; wi < weeks.size(); ++wi) {
        plan.weeks.push_back(week_from_json(weeks[wi], fmt::format("$.weeks[{}]", wi)));
    }
    for (const auto& warning : field(json, "warnings", "$")) {
        plan.warnings.push_back(
            {text(warning, "rule", "$.warnings"), text(warning, "window", "$.warnings"),
             text(warning, "message", "$.warnings")});
    }
    return plan;
}

}  // namespace ironstride::report
