#include "ironstride/report/targets_text.hpp"

#include <iterator>
#include <string_view>

#include <fmt/format.h>

#include "ironstride/report/unit_format.hpp"

namespace ironstride::report {

namespace {

using Out = std::back_insert_iterator<std::string>;

/// Text lines are wrapped at this width (words longer than a line are kept whole).
constexpr std::size_t kLineWidth = 100;

/// Writes `text` word-wrapped: the first line starts with `first_prefix`, the others with `continuation_indent`
/// spaces.
void write_wrapped(Out out, std::string_view first_prefix, std::size_t continuation_indent, std::string_view text) {
    const std::string indent(continuation_indent, ' ');
    std::string line(first_prefix);
    bool line_has_word = false;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t space = text.find(' ', pos);
        const std::string_view word = text.substr(pos, space == std::string_view::npos ? text.npos : space - pos);
        pos = space == std::string_view::npos ? text.size() : space + 1;
        if (word.empty()) continue;
        if (line_has_word && line.size() + 1 + word.size() > kLineWidth) {
            fmt::format_to(out, "{}\n", line);
            line = indent;
            line_has_word = false;
        }
        if (line_has_word) line += ' ';
        line += word;
        line_has_word = true;
    }
    fmt::format_to(out, "{}\n", line);
}

/// "40-59": an exclusive upper edge shown as the last whole percent inside the band (100 stays 100).
std::string percent_band(double low, double high) {
    const double shown_high = high >= 100.0 ? 100.0 : high - 1.0;
    return fmt::format("{:g}-{:g}", low, shown_high);
}

std::string experience_text(domain::RunningExperience experience) {
    switch (experience) {
        case domain::RunningExperience::new_runner: return "new runner";
        case domain::RunningExperience::returning: return "returning runner";
        case domain::RunningExperience::intermediate: return "intermediate runner";
        case domain::RunningExperience::advanced: return "advanced runner";
    }
    return "runner";
}

std::string phase_text(const planner::TargetsAthlete& athlete) {
    if (athlete.phase == domain::Phase::maintain) return "maintain";
    return fmt::format("{} at {:g} %/week", domain::to_string(athlete.phase), athlete.rate_pct_per_week);
}

void write_athlete(Out out, const planner::TargetsReport& report) {
    const planner::TargetsAthlete& a = report.athlete;
    fmt::format_to(out, "Targets for {} on {}\n", a.name.empty() ? std::string("unnamed athlete") : a.name,
                   units::format_iso_date(report.date));
    fmt::format_to(out, "  {}, {} years, {}, {}", domain::to_string(a.sex), a.age_years,
                   format_height(a.height_m, report.units), format_mass(a.weight_kg, report.units));
    if (a.body_fat_pct) fmt::format_to(out, ", {:g} % body fat", *a.body_fat_pct);
    if (a.resting_hr_bpm) fmt::format_to(out, ", resting HR {:g} bpm", *a.resting_hr_bpm);
    fmt::format_to(out, "\n  phase {}; lifestyle {}; {}\n", phase_text(a), domain::to_string(a.lifestyle),
                   experience_text(a.experience));
}

void write_heart_rate(Out out, const planner::TargetsReport& report) {
    const planner::TargetsHeartRate& hr = report.hr;
    fmt::format_to(out, "\nHeart rate\n");
    fmt::format_to(out, "  HR max {:.0f} bpm ({})\n", hr.max_bpm,
                   hr.max_source == "measured" ? std::string("measured") : "estimated: " + hr.max_source);
    fmt::format_to(out, "  Zones: {}\n", hr.zone_model_description);
    const std::string basis = hr.zone_basis == "hrr" ? "% HRR" : "% HRmax";
    for (const planner::TargetsHrZone& zone : hr.zones) {
        fmt::format_to(out, "    {:<3} {:<22} {:>7} {:<7} {:>3}-{:<3} bpm\n", zone.name, zone.label,
                       percent_band(zone.low_pct, zone.high_pct), basis, zone.low_bpm, zone.high_bpm);
    }
}

void write_paces(Out out, const planner::TargetsReport& report) {
    const planner::TargetsPace& pace = report.pace;
    fmt::format_to(out, "\nRunning paces\n");
    if (!pace.vdot || !pace.from_race) {
        fmt::format_to(out, "  none: the profile has no recent race to derive a VDOT from\n");
        return;
    }
    fmt::format_to(out, "  VDOT {:.1f} from {} in {}{}\n", *pace.vdot,
                   format_race_distance(pace.from_race->distance_m, report.units),
                   format_duration(pace.from_race->time_s),
                   pace.race_date ? " on " + units::format_iso_date(*pace.race_date) : std::string());
    const std::string pace_header = fmt::format("pace {}", pace_unit(report.units));
    const std::string treadmill_header =
        fmt::format("treadmill {} at {:g} % grade", speed_unit(report.units), pace.treadmill_grade_pct);
    fmt::format_to(out, "    {:<3} {:<13} {:<28} {}\n", "", pace_header, treadmill_header, "%VO2max");
    for (const planner::TargetsPaceZone& zone : pace.zones) {
        const bool single = zone.slow_speed_mps == zone.fast_speed_mps;
        if (!(zone.slow_speed_mps > 0)) {
            fmt::format_to(out, "    {:<3} {}\n", zone.name, "not available");
            continue;
        }
        const std::string pace_text =
            single ? format_pace_value(zone.fast_speed_mps, report.units)
                   : fmt::format("{}-{}", format_pace_value(zone.slow_speed_mps, report.units),
                                 format_pace_value(zone.fast_speed_mps, report.units));
        const std::string speed_text =
            single ? format_speed_value(zone.fast_speed_mps, report.units)
                   : fmt::format("{}-{}", format_speed_value(zone.slow_speed_mps, report.units),
                                 format_speed_value(zone.fast_speed_mps, report.units));
        const std::string band = zone.low_pct_vo2max && zone.high_pct_vo2max
                                     ? fmt::format("{:g}-{:g}", *zone.low_pct_vo2max, *zone.high_pct_vo2max)
                                     : std::string("mile race pace");
        fmt::format_to(out, "    {:<3} {:<13} {:<28} {}\n", zone.name, pace_text, speed_text, band);
    }
}

void write_predictions(Out out, const planner::TargetsReport& report) {
    if (report.predictions.empty()) return;
    fmt::format_to(out, "\nPredicted race times\n");
    fmt::format_to(out, "    {:<15} {:>9}  {:>9}\n", "", "VDOT", "Riegel");
    for (const planner::TargetsPrediction& prediction : report.predictions) {
        fmt::format_to(out, "    {:<15} {:>9}  {:>9}\n", format_race_distance(prediction.distance_m, report.units),
                       format_duration(prediction.time_s),
                       prediction.riegel_time_s ? format_duration(*prediction.riegel_time_s) : std::string("-"));
    }
}

void write_energy(Out out, const planner::TargetsReport& report) {
    const planner::TargetsEnergy& energy = report.energy;
    fmt::format_to(out, "\nEnergy\n");
    fmt::format_to(out, "  BMR {} kcal/day ({})\n", format_whole(energy.bmr_kcal), energy.bmr_equation);
    fmt::format_to(out, "  non-exercise activity x{:g} ({}): {} kcal/day before training\n", energy.neat_factor,
                   domain::to_string(report.athlete.lifestyle), format_whole(energy.bmr_kcal * energy.neat_factor));
}

void write_days(Out out, const planner::TargetsReport& report) {
    fmt::format_to(out, "\nDaily targets ({})\n", phase_text(report.athlete));
    fmt::format_to(out, "    {:<5} {:<9} {:>8} {:>7} {:>8} {:>6} {:>5}  {}\n", "day", "load", "training", "kcal",
                   "protein", "carbs", "fat", "energy availability");
    for (const planner::TargetsDay& day : report.days) {
        const science::DayNutrition& n = day.nutrition;
        const std::string availability =
            n.energy_availability_kcal_per_kg_ffm && n.energy_availability_band
                ? fmt::format("{:.1f} kcal/kg FFM ({})", *n.energy_availability_kcal_per_kg_ffm,
                              science::to_string(*n.energy_availability_band))
                : std::string("- (no body fat %)");
        fmt::format_to(out, "    {:<5} {:<9} {:>8} {:>7} {:>6} g {:>4} g {:>3} g  {}\n", day.key,
                       science::to_string(n.load), format_whole(n.exercise_kcal), format_whole(n.kcal),
                       format_whole(n.protein_g), format_whole(n.carbs_g), format_whole(n.fat_g), availability);
    }
    for (const planner::TargetsDay& day : report.days) fmt::format_to(out, "  {}: {}\n", day.key, day.description);
    const science::ProteinDistribution& d = report.protein.distribution;
    write_wrapped(out, "  ", 4,
                  fmt::format("protein: {} g a day as {} meals of about {} g, each with {:g}-{:g} g of leucine{}",
                              format_whole(report.protein.daily_g), d.meals, format_whole(d.per_meal_g),
                              d.leucine_low_g, d.leucine_high_g,
                              d.older_adult ? " (from 65: at least 25 g and 0.4 g/kg a meal)" : ""));
}

void write_notes(Out out, const planner::TargetsReport& report) {
    if (report.notes.empty()) return;
    fmt::format_to(out, "\nNotes\n");
    for (const std::string& note : report.notes) write_wrapped(out, "  - ", 4, note);
}

void write_sources(Out out, const planner::TargetsReport& report) {
    fmt::format_to(out, "\nSources\n");
    for (const planner::TargetsSource& source : report.sources) {
        write_wrapped(out, "  ", 4, fmt::format("{}: {}", source.topic, source.citation));
    }
}

}  // namespace

std::string render_targets_text(const planner::TargetsReport& report) {
    std::string text;
    const Out out(text);
    write_athlete(out, report);
    write_heart_rate(out, report);
    write_paces(out, report);
    write_predictions(out, report);
    write_energy(out, report);
    write_days(out, report);
    write_notes(out, report);
    write_sources(out, report);
    return text;
}

}  // namespace ironstride::report
