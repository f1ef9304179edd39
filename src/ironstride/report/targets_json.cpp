#include "ironstride/report/targets_json.hpp"

#include <cmath>

#include <nlohmann/json.hpp>

#include "ironstride/report/food_source_json.hpp"

namespace ironstride::report {

namespace {

using nlohmann::json;

constexpr double kCentimetresPerMetre = 100.0;

/// Rounds for the documented JSON precision (docs/targets-json.md "Numbers").
double round_to(double value, int decimals) {
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

long whole(double value) { return std::lround(value); }

template <typename T, typename F>
json optional_json(const std::optional<T>& value, F convert) {
    return value ? json(convert(*value)) : json(nullptr);
}

json athlete_json(const planner::TargetsAthlete& a) {
    return json{{"name", a.name},
                {"sex", domain::to_string(a.sex)},
                {"age_years", a.age_years},
                {"height_cm", round_to(a.height_m * kCentimetresPerMetre, 1)},
                {"weight_kg", round_to(a.weight_kg, 2)},
                {"body_fat_pct", optional_json(a.body_fat_pct, [](double v) { return round_to(v, 1); })},
                {"resting_hr_bpm", optional_json(a.resting_hr_bpm, [](double v) { return round_to(v, 1); })},
                {"phase", domain::to_string(a.phase)},
                {"rate_pct_per_week", round_to(a.rate_pct_per_week, 2)},
                {"lifestyle", domain::to_string(a.lifestyle)},
                {"running_experience", domain::to_string(a.experience)}};
}

json hr_json(const planner::TargetsHeartRate& hr) {
    json zones = json::array();
    for (const planner::TargetsHrZone& zone : hr.zones) {
        zones.push_back(json{{"name", zone.name},
                             {"label", zone.label},
                             {"low_pct", round_to(zone.low_pct, 1)},
                             {"high_pct", round_to(zone.high_pct, 1)},
                             {"low_bpm", zone.low_bpm},
                             {"high_bpm", zone.high_bpm}});
    }
    return json{{"max_bpm", whole(hr.max_bpm)},
                {"max_source", hr.max_source},
                {"max_citation", hr.max_citation},
                {"zone_model", hr.zone_model},
                {"zone_model_description", hr.zone_model_description},
                {"zone_basis", hr.zone_basis},
                {"zone_source", hr.zone_source},
                {"zones", zones}};
}

json pace_json(const planner::TargetsPace& pace) {
    json zones = json::array();
    for (const planner::TargetsPaceZone& zone : pace.zones) {
        const auto speed = [](double v) { return v > 0 ? json(round_to(v, 3)) : json(nullptr); };
        const auto pace_s = [](double v) { return v > 0 ? json(round_to(1000.0 / v, 1)) : json(nullptr); };
        zones.push_back(json{{"name", zone.name},
                             {"low_pct_vo2max", optional_json(zone.low_pct_vo2max, [](double v) { return round_to(v, 1); })},
                             {"high_pct_vo2max",
                              optional_json(zone.high_pct_vo2max, [](double v) { return round_to(v, 1); })},
                             {"slow_speed_mps", speed(zone.slow_speed_mps)},
                             {"fast_speed_mps", speed(zone.fast_speed_mps)},
                             {"slow_pace_s_per_km", pace_s(zone.slow_speed_mps)},
                             {"fast_pace_s_per_km", pace_s(zone.fast_speed_mps)}});
    }
    return json{{"vdot", optional_json(pace.vdot, [](double v) { return round_to(v, 1); })},
                {"from_race", optional_json(pace.from_race,
                                            [](const planner::TargetsRace& race) {
                                                return json{{"distance_m", round_to(race.distance_m, 1)},
                                                            {"time_s", round_to(race.time_s, 1)}};
                                            })},
                {"race_date", optional_json(pace.race_date, [](units::CivilDay d) { return units::format_iso_date(d); })},
                {"zones", zones},
                {"treadmill_grade_pct", round_to(pace.treadmill_grade_pct, 1)}};
}

json predictions_json(const std::vector<planner::TargetsPrediction>& predictions) {
    json rows = json::array();
    for (const planner::TargetsPrediction& p : predictions) {
        rows.push_back(json{{"distance_m", round_to(p.distance_m, 1)},
                            {"time_s", round_to(p.time_s, 1)},
                            {"riegel_time_s", optional_json(p.riegel_time_s, [](double v) { return round_to(v, 1); })}});
    }
    return rows;
}

const char* session_intensity(const science::SessionLoad& session) { return science::to_string(session.intensity); }

json day_json(const planner::TargetsDay& day) {
    const science::DayNutrition& n = day.nutrition;
    json sessions = json::array();
    for (const science::SessionLoad& s : day.sessions) {
        sessions.push_back(json{{"kind", science::to_string(s.kind)},
                                {"duration_min", round_to(s.duration_min, 1)},
                                {"intensity", session_intensity(s)},
                                {"speed_mps", optional_json(s.speed_mps, [](double v) { return round_to(v, 3); })},
                                {"lower_body_heavy", s.lower_body_heavy}});
    }
    return json{
        {"description", day.description},
        {"sessions", sessions},
        {"load", science::to_string(n.load)},
        {"exercise_kcal", whole(n.exercise_kcal)},
        {"maintenance_kcal", whole(n.maintenance_kcal)},
        {"expenditure_offset_kcal", whole(n.expenditure_offset_kcal)},
        {"phase_adjust_kcal", whole(n.phase_adjust_kcal)},
        {"kcal", whole(n.kcal)},
        {"protein_g", whole(n.protein_g)},
        {"carbs_g", whole(n.carbs_g)},
        {"fat_g", whole(n.fat_g)},
        {"carb_band", json{{"thomas_band", science::to_string(n.carb_band.thomas_band)},
                           {"low_g_per_kg", n.carb_band.low_g_per_kg},
                           {"high_g_per_kg", n.carb_band.high_g_per_kg}}},
        {"carb_floor_added_kcal", whole(n.carb_floor_added_kcal)},
        {"carbs_capped_at_band_top", n.carbs_capped_at_band_top},
        {"carbs_below_band", n.carbs_below_band},
        {"carbs_below_band_g", whole(n.carbs_below_band_g)},
        {"energy_availability_kcal_per_kg_ffm",
         optional_json(n.energy_availability_kcal_per_kg_ffm, [](double v) { return round_to(v, 1); })},
        {"energy_availability_band", optional_json(n.energy_availability_band, [](science::EnergyAvailabilityBand b) {
             return science::to_string(b);
         })}};
}

json protein_json(const planner::TargetsProtein& protein) {
    const science::ProteinDistribution& d = protein.distribution;
    return json{{"daily_g", whole(protein.daily_g)},
                {"meals", d.meals},
                {"per_meal_g", whole(d.per_meal_g)},
                {"leucine_g_per_meal", json{{"low", d.leucine_low_g}, {"high", d.leucine_high_g}}},
                {"older_adult", d.older_adult}};
}

/// The calories' source (report/food_source_json.hpp) with the BMR and NEAT factor behind the equations.
json energy_json(const planner::TargetsReport& report) {
    json energy = energy_used_json(report.expenditure);
    energy["bmr_kcal"] = whole(report.energy.bmr_kcal);
    energy["bmr_equation"] = report.energy.bmr_equation;
    energy["bmr_source"] = report.energy.bmr_source;
    energy["neat_factor"] = report.energy.neat_factor;
    return energy;
}

}  // namespace

std::string render_targets_json(const planner::TargetsReport& report) {
    json days = json::object();
    for (const planner::TargetsDay& day : report.days) days[day.key] = day_json(day);
    json sources = json::array();
    for (const planner::TargetsSource& source : report.sources) {
        sources.push_back(json{{"topic", source.topic}, {"citation", source.citation}});
    }
    const json root{{"schema_version", kTargetsJsonSchemaVersion},
                    {"date", units::format_iso_date(report.date)},
                    {"units", domain::to_string(report.units)},
                    {"athlete", athlete_json(report.athlete)},
                    {"hr", hr_json(report.hr)},
                    {"pace", pace_json(report.pace)},
                    {"predictions", predictions_json(report.predictions)},
                    {"body", body_used_json(report.body)},
                    {"energy", energy_json(report)},
                    {"days", days},
                    {"protein", protein_json(report.protein)},
                    {"notes", report.notes},
                    {"sources", sources}};
    return root.dump(2) + "\n";
}

}  // namespace ironstride::report
