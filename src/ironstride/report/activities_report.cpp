#include "ironstride/report/activities_report.hpp"

#include <optional>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "ironstride/report/json_text.hpp"
#include "ironstride/report/unit_format.hpp"
#include "ironstride/units/civil_time.hpp"
#include "ironstride/util/echo.hpp"

namespace ironstride::report {

namespace {

using nlohmann::json;

json optional_json(const std::optional<double>& value) { return value ? json(*value) : json(nullptr); }

std::string local_start(const std::optional<units::Instant>& start, const std::optional<units::UtcOffset>& offset) {
    if (!start) return "- (no times)";  // a file without times (a GPX whose points have no <time>)
    const units::Instant start_utc = *start;
    // "YYYY-MM-DD HH:MM" of an ISO instant.
    auto day_and_minute = [](units::Instant t) { return units::format_iso_instant(t).substr(0, 16).replace(10, 1, " "); };
    // Without the file's local offset the honest display is UTC, labelled so.
    if (!offset) return fmt::format("{} UTC", day_and_minute(start_utc));
    const units::Instant local = start_utc + std::chrono::minutes{offset->minutes};
    const int magnitude = std::abs(offset->minutes);
    return fmt::format("{} {}{:02}:{:02}", day_and_minute(local), offset->minutes < 0 ? '-' : '+', magnitude / 60,
                       magnitude % 60);
}

/// The sport, marked when it was inferred from speed rather than named by the file; "unknown" when the file names
/// none and its speed allows no confident inference (Sport::other, inferred).
std::string sport_text(domain::Sport sport, bool inferred, std::string_view mark) {
    if (inferred && sport == domain::Sport::other) return "unknown";
    return fmt::format("{}{}", domain::to_string(sport), inferred ? mark : "");
}

std::string or_dash(const std::optional<double>& value, const auto& format) {
    return value ? format(*value) : std::string("-");
}

json summary_json(const domain::ActivitySummary& a) {
    return json{{"id", a.id},
                {"source_path", a.source_path},
                {"format", domain::to_string(a.format)},
                {"sport", domain::to_string(a.sport)},
                {"sport_inferred", a.sport_inferred},
                {"sub_sport", a.sub_sport.empty() ? json(nullptr) : json(a.sub_sport)},
                {"name", a.name.empty() ? json(nullptr) : json(a.name)},
                {"start_utc", a.start_utc ? json(units::format_iso_instant(*a.start_utc)) : json(nullptr)},
                {"utc_offset_min", a.utc_offset ? json(a.utc_offset->minutes) : json(nullptr)},
                {"elapsed_s", optional_json(a.elapsed_s)},
                {"timer_s", optional_json(a.timer_s)},
                {"distance_m", optional_json(a.distance_m)},
                {"avg_hr_bpm", optional_json(a.avg_hr_bpm)},
                {"max_hr_bpm", optional_json(a.max_hr_bpm)},
                {"record_count", a.record_count},
                {"set_count", a.set_count}};
}

domain::ActivitySummary summary_of(const domain::StoredActivity& stored) {
    const domain::Activity& a = stored.activity;
    domain::ActivitySummary summary;
    summary.id = stored.id;
    summary.source_path = stored.source_path;
    summary.format = a.format;
    summary.sport = a.sport;
    summary.sport_inferred = a.sport_inferred;
    summary.sub_sport = a.sub_sport;
    summary.name = a.name;
    summary.start_utc = a.start_utc;
    summary.utc_offset = a.utc_offset;
    summary.elapsed_s = a.elapsed_s;
    summary.timer_s = a.timer_s;
    summary.distance_m = a.distance_m;
    summary.avg_hr_bpm = a.avg_hr_bpm;
    summary.max_hr_bpm = a.max_hr_bpm;
    summary.record_count = static_cast<std::int64_t>(a.samples.size());
    summary.set_count = static_cast<std::int64_t>(a.sets.size());
    return summary;
}

std::vector<std::string> sample_channels(const domain::SampleStream& s) {
    std::vector<std::string> channels;
    if (!s.lat_e7.empty()) channels.emplace_back("position");
    if (!s.altitude_m.empty()) channels.emplace_back("altitude");
    if (!s.distance_m.empty()) channels.emplace_back("distance");
    if (!s.speed_mps.empty()) channels.emplace_back("speed");
    if (!s.heart_rate_bpm.empty()) channels.emplace_back("heart_rate");
    if (!s.cadence_rpm.empty()) channels.emplace_back("cadence");
    if (!s.power_w.empty()) channels.emplace_back("power");
    return channels;
}

std::string pace_or_dash(const std::optional<double>& distance_m, const std::optional<double>& time_s,
                         domain::Sport sport, domain::UnitSystem units) {
    if (!distance_m || !time_s || *distance_m <= 0 || *time_s <= 0) return "-";
    const double speed = *distance_m / *time_s;
    if (sport == domain::Sport::cycling) return format_speed(speed, units);
    return format_pace(speed, units);
}

}  // namespace

std::string render_activities_text(std::span<const domain::ActivitySummary> activities, domain::UnitSystem units) {
    if (activities.empty()) return "No activities. Import some with: ironstride import PATH...\n";
    std::string out = fmt::format("{:>6}  {:<22}  {:<9}  {:>9}  {:>10}  {:>11}  {:>7}  {:>6}  {:>4}\n", "id",
                                  "start (local)", "sport", "time", "distance", "pace/speed", "avg HR", "points",
                                  "sets");
    bool any_inferred = false;
    for (const domain::ActivitySummary& a : activities) {
        any_inferred = any_inferred || (a.sport_inferred && a.sport != domain::Sport::other);
        const std::optional<double> time = a.timer_s ? a.timer_s : a.elapsed_s;
        out += fmt::format("{:>6}  {:<22}  {:<9}  {:>9}  {:>10}  {:>11}  {:>7}  {:>6}  {:>4}\n", a.id,
                           local_start(a.start_utc, a.utc_offset), sport_text(a.sport, a.sport_inferred, "*"),
                           or_dash(time, [](double s) { return format_duration(s); }),
                           or_dash(a.distance_m, [units](double m) { return format_distance(m, units); }),
                           pace_or_dash(a.distance_m, time, a.sport, units),
                           or_dash(a.avg_hr_bpm, [](double bpm) { return fmt::format("{:.0f}", bpm); }), a.record_count,
                           a.set_count);
    }
    out += fmt::format("{} activities\n", activities.size());
    if (any_inferred) out += "* sport inferred from speed (the file does not name it)\n";
    return out;
}

std::string render_activities_json(std::span<const domain::ActivitySummary> activities) {
    json list = json::array();
    for (const domain::ActivitySummary& a : activities) list.push_back(summary_json(a));
    return dump_json(std::move(list));
}

std::string render_activity_text(const domain::StoredActivity& stored, domain::UnitSystem units) {
    const domain::Activity& a = stored.activity;
    const std::optional<double> time = a.timer_s ? a.timer_s : a.elapsed_s;
    // Names, the device and the path come from the file: shown cut and escaped, like every echoed value.
    std::string out = fmt::format("Activity {}: {}{}{}\n", stored.id,
                                  sport_text(a.sport, a.sport_inferred, " (inferred from speed)"),
                                  a.sub_sport.empty() ? "" : " / " + util::cut_for_display(a.sub_sport),
                                  a.name.empty() ? "" : " — " + util::cut_for_display(a.name));
    const auto line = [&out](std::string_view label, const std::string& value) {
        out += fmt::format("  {:<14} {}\n", label, value);
    };
    line("source", fmt::format("{} ({})", util::display_path(stored.source_path), domain::to_string(a.format)));
    if (!a.device.empty()) line("device", util::cut_for_display(a.device));
    line("start", local_start(a.start_utc, a.utc_offset));
    line("elapsed", or_dash(a.elapsed_s, [](double s) { return format_duration(s); }));
    line("moving", or_dash(a.timer_s, [](double s) { return format_duration(s); }));
    line("distance", or_dash(a.distance_m, [units](double m) { return format_distance(m, units); }));
    line(a.sport == domain::Sport::cycling ? "speed" : "pace", pace_or_dash(a.distance_m, time, a.sport, units));
    line("heart rate", a.avg_hr_bpm ? fmt::format("avg {:.0f} bpm, max {}", *a.avg_hr_bpm,
                                                   or_dash(a.max_hr_bpm, [](double v) { return fmt::format("{:.0f}", v); }))
                                    : std::string("-"));
    line("ascent", or_dash(a.ascent_m, [](double m) { return fmt::format("{:.0f} m", m); }));
    line("calories", or_dash(a.calories_kcal, [](double k) { return fmt::format("{:.0f} kcal", k); }));
    const std::vector<std::string> channels = sample_channels(a.samples);
    line("samples", fmt::format("{} points{}{}", a.samples.size(), channels.empty() ? "" : ": ",
                                fmt::join(channels, ", ")));
    if (!a.laps.empty()) {
        out += fmt::format("  laps ({}):\n", a.laps.size());
        int index = 1;
        for (const domain::Lap& lap : a.laps) {
            const std::optional<double> lap_time = lap.timer_s ? lap.timer_s : lap.elapsed_s;
            out += fmt::format("    {:>3}  {:>9}  {:>10}  {:>11}  {}\n", index++,
                               or_dash(lap_time, [](double s) { return format_duration(s); }),
                               or_dash(lap.distance_m, [units](double m) { return format_distance(m, units); }),
                               pace_or_dash(lap.distance_m, lap_time, a.sport, units),
                               or_dash(lap.avg_hr_bpm, [](double v) { return fmt::format("{:.0f} bpm", v); }));
        }
    }
    if (!a.sets.empty()) {
        out += fmt::format("  sets ({}):\n", a.sets.size());
        for (const domain::StrengthSet& set : a.sets) {
            out += fmt::format("    {:>3}  {:<32}  {:>9} × {:<3}{}{}\n", set.order, util::cut_for_display(set.exercise),
                               or_dash(set.weight_kg, [units](double kg) { return format_mass(kg, units); }),
                               set.reps ? fmt::format("{}", *set.reps) : std::string("-"),
                               set.rpe ? fmt::format("  RPE {:g}", *set.rpe) : std::string(),
                               set.warmup ? "  (warm-up)" : "");
        }
    }
    return out;
}

std::string render_activity_json(const domain::StoredActivity& stored) {
    const domain::Activity& a = stored.activity;
    json out = summary_json(summary_of(stored));
    out["import_id"] = stored.import_id;
    out["device"] = a.device.empty() ? json(nullptr) : json(a.device);
    out["calories_kcal"] = optional_json(a.calories_kcal);
    out["ascent_m"] = optional_json(a.ascent_m);
    out["descent_m"] = optional_json(a.descent_m);
    out["avg_speed_mps"] = optional_json(a.avg_speed_mps);
    out["max_speed_mps"] = optional_json(a.max_speed_mps);
    out["rpe"] = optional_json(a.rpe);
    json laps = json::array();
    for (const domain::Lap& lap : a.laps) {
        laps.push_back({{"start_utc", units::format_iso_instant(lap.start_utc)},
                        {"elapsed_s", optional_json(lap.elapsed_s)},
                        {"timer_s", optional_json(lap.timer_s)},
                        {"distance_m", optional_json(lap.distance_m)},
                        {"avg_hr_bpm", optional_json(lap.avg_hr_bpm)},
                        {"max_hr_bpm", optional_json(lap.max_hr_bpm)},
                        {"calories_kcal", optional_json(lap.calories_kcal)},
                        {"ascent_m", optional_json(lap.ascent_m)}});
    }
    out["laps"] = std::move(laps);
    json sets = json::array();
    for (const domain::StrengthSet& set : a.sets) {
        sets.push_back({{"order", set.order},
                        {"exercise", set.exercise},
                        {"weight_kg", optional_json(set.weight_kg)},
                        {"reps", set.reps ? json(*set.reps) : json(nullptr)},
                        {"rpe", optional_json(set.rpe)},
                        {"duration_s", optional_json(set.duration_s)},
                        {"distance_m", optional_json(set.distance_m)},
                        {"warmup", set.warmup},
                        {"start_utc", set.start_utc ? json(units::format_iso_instant(*set.start_utc)) : json(nullptr)}});
    }
    out["sets"] = std::move(sets);
    out["samples"] = {{"count", a.samples.size()}, {"channels", sample_channels(a.samples)},
                      {"rr_intervals", a.rr_intervals_s.size()}};
    return dump_json(std::move(out));
}

}  // namespace ironstride::report
