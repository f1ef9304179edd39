// The file writers of the synthetic-history generator: TCX runs, the Strong CSV export, the daily CSVs
// (docs/csv-formats.md), check-ins and the athlete profile (docs/profile.md).

#include <chrono>
#include <fstream>
#include <map>

#include <fmt/format.h>

#include "synthetic_history.hpp"
#include "ironstride/units/conversions.hpp"
#include "ironstride/util/error.hpp"

namespace ironstride::synthetic {

namespace {

constexpr double kCentimetresPerMetre = 100.0;
constexpr double kPercent = 100.0;

void write_text(const std::filesystem::path& path, const std::string& text) {
    std::filesystem::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (out) out.write(text.data(), static_cast<std::streamsize>(text.size()));
    if (!out) throw util::Error(util::ErrorCode::io_cannot_write, fmt::format("{}: cannot write", path.string()));
}

/// "2026-08-03 06:15:00": Strong's local date and time (our athletes live at UTC+0).
std::string local_date_time(units::Instant instant) {
    const std::string iso = units::format_iso_instant(instant);  // "2026-08-03T06:15:00Z"
    return iso.substr(0, 10) + " " + iso.substr(11, 8);
}

std::string optional_number(const std::optional<double>& value, int decimals) {
    return value ? fmt::format("{:.{}f}", *value, decimals) : std::string();
}

std::string windows(const std::vector<domain::TimeWindow>& day) {
    std::string out = "[";
    for (std::size_t i = 0; i < day.size(); ++i) {
        out += fmt::format("{}\"{}-{}\"", i == 0 ? "" : ", ", units::format_time_of_day(day[i].start),
                           units::format_time_of_day(day[i].end));
    }
    return out + "]";
}

const char* experience_word(domain::RunningExperience experience) {
    switch (experience) {
        case domain::RunningExperience::new_runner: return "new";
        case domain::RunningExperience::returning: return "returning";
        case domain::RunningExperience::intermediate: return "intermediate";
        case domain::RunningExperience::advanced: return "advanced";
    }
    return "new";
}

}  // namespace

std::string tcx_document(const domain::Activity& run) {
    std::string out;
    out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out += "<TrainingCenterDatabase xmlns=\"http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2\">\n";
    out += "  <Activities>\n    <Activity Sport=\"Running\">\n";
    out += fmt::format("      <Id>{}</Id>\n", units::format_iso_instant(run.start_utc.value()));
    out += fmt::format("      <Lap StartTime=\"{}\">\n", units::format_iso_instant(run.start_utc.value()));
    out += fmt::format("        <TotalTimeSeconds>{:.1f}</TotalTimeSeconds>\n", run.timer_s.value_or(0));
    out += fmt::format("        <DistanceMeters>{:.2f}</DistanceMeters>\n", run.distance_m.value_or(0));
    if (run.avg_hr_bpm) {
        out += fmt::format("        <AverageHeartRateBpm><Value>{:.0f}</Value></AverageHeartRateBpm>\n", *run.avg_hr_bpm);
    }
    if (run.max_hr_bpm) {
        out += fmt::format("        <MaximumHeartRateBpm><Value>{:.0f}</Value></MaximumHeartRateBpm>\n", *run.max_hr_bpm);
    }
    out += "        <Intensity>Active</Intensity>\n        <TriggerMethod>Manual</TriggerMethod>\n        <Track>\n";
    const domain::SampleStream& s = run.samples;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const units::Instant at = run.start_utc.value() + std::chrono::seconds{s.time_ms[i] / 1000};
        out += fmt::format("          <Trackpoint><Time>{}</Time>", units::format_iso_instant(at));
        if (!s.altitude_m.empty()) out += fmt::format("<AltitudeMeters>{:.1f}</AltitudeMeters>", s.altitude_m[i]);
        if (!s.distance_m.empty()) out += fmt::format("<DistanceMeters>{:.2f}</DistanceMeters>", s.distance_m[i]);
        if (!s.heart_rate_bpm.empty() && s.heart_rate_bpm[i] != domain::SampleStream::kNoHeartRate) {
            out += fmt::format("<HeartRateBpm><Value>{}</Value></HeartRateBpm>", s.heart_rate_bpm[i]);
        }
        out += "</Trackpoint>\n";
    }
    out += "        </Track>\n      </Lap>\n";
    out += "      <Creator><Name>ironstride-synth</Name></Creator>\n";
    out += "    </Activity>\n  </Activities>\n</TrainingCenterDatabase>\n";
    return out;
}

std::string strong_csv(std::span<const domain::Activity> workouts) {
    std::string out = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,RPE\n";
    for (const domain::Activity& w : workouts) {
        const auto minutes = static_cast<long>(w.elapsed_s.value_or(0) / units::kSecondsPerMinute);
        const std::string duration =
            minutes >= 60 ? fmt::format("{}h {}m", minutes / 60, minutes % 60) : fmt::format("{}m", minutes);
        std::map<std::string, int> set_numbers;
        for (const domain::StrengthSet& set : w.sets) {
            const std::string order = set.warmup ? "W" : std::to_string(++set_numbers[set.exercise]);
            out += fmt::format("{},\"{}\",{},\"{}\",{},{},{},0,0,{}\n", local_date_time(w.start_utc.value()), w.name,
                               duration, set.exercise, order, optional_number(set.weight_kg, 1),
                               set.reps ? std::to_string(*set.reps) : std::string("0"), optional_number(set.rpe, 1));
        }
    }
    return out;
}

std::string profile_toml(const domain::Athlete& a) {
    std::string out;
    out += "# Written by ironstride-synth for its synthetic history (docs/profile.md).\n";
    out += "schema_version = 1\n";
    out += fmt::format("name = \"{}\"\nunits = \"{}\"\n\n", a.name, domain::to_string(a.units));
    out += fmt::format("[body]\nsex = \"{}\"\nage = {}\nheight_cm = {:.0f}\nweight_kg = {:.1f}\n", domain::to_string(a.sex),
                       a.declared_age_years.value_or(30), a.height_m * kCentimetresPerMetre, a.weight_kg);
    if (a.body_fat_pct) out += fmt::format("body_fat_pct = {:.1f}\n", *a.body_fat_pct);
    // The profile requires a resting rate; every scenario athlete has one (60 bpm is the schema's own example).
    out += fmt::format("\n[heart]\nresting_bpm = {:.0f}\n", a.resting_hr_bpm.value_or(60.0));
    if (a.max_hr_bpm) out += fmt::format("max_bpm = {:.0f}\n", *a.max_hr_bpm);
    out += fmt::format("\n[goal]\nfocus = \"{}\"\nphase = \"{}\"\n", domain::to_string(a.goal), domain::to_string(a.phase));
    if (a.phase != domain::Phase::maintain) out += fmt::format("rate_pct_per_week = {:.2f}\n", a.rate_pct_per_week);
    out += fmt::format("\n[running]\nexperience = \"{}\"\n", experience_word(a.experience));
    if (a.longest_recent_run_min) out += fmt::format("longest_recent_run_min = {:.0f}\n", *a.longest_recent_run_min);
    if (a.recent_weekly_run_min) out += fmt::format("recent_weekly_run_min = {:.0f}\n", *a.recent_weekly_run_min);
    out += fmt::format("max_weekly_increase_pct = {:.0f}\n", a.max_weekly_increase * kPercent);
    out += fmt::format("\n[equipment]\ntreadmill = {}\npool = {}\nwater_treadmill = {}\n", a.equipment.treadmill,
                       a.equipment.pool, a.equipment.water_treadmill);
    out += fmt::format("\n[lifting]\nsplit = \"{}\"\n", a.split_name);
    for (const domain::LiftingSession& s : a.lifting) {
        out += fmt::format("\n[[lifting.session]]\nday = \"{}\"\nname = \"{}\"\nstart = \"{}\"\nduration_min = {}\n"
                           "lower_body_heavy = {}\n",
                           domain::weekday_key(s.weekday), s.name, units::format_time_of_day(s.start), s.duration_min,
                           s.lower_body_heavy);
    }
    out += "\n[availability]\n";
    for (int d = 0; d < 7; ++d) {
        const auto& day = a.availability[static_cast<std::size_t>(d)];
        if (!day.empty()) out += fmt::format("{} = {}\n", domain::weekday_key(d), windows(day));
    }
    out += fmt::format("\n[recovery]\nsleep_target_h = {:.1f}\n", a.sleep_target_h);
    out += fmt::format("\n[nutrition]\nlifestyle = \"{}\"\n", domain::to_string(a.lifestyle));
    return out;
}

std::vector<std::filesystem::path> write_history(const SyntheticHistory& h, const std::filesystem::path& folder) {
    std::vector<std::filesystem::path> written;
    const std::filesystem::path data = folder / "data";
    auto emit = [&](const std::filesystem::path& path, const std::string& text) {
        write_text(path, text);
        written.push_back(path);
    };
    std::map<units::CivilDay, int> runs_per_day;
    for (const domain::Activity& run : h.runs) {
        const auto day = std::chrono::floor<std::chrono::days>(run.start_utc.value());
        emit(data / "runs" / fmt::format("{}-{}.tcx", units::format_iso_date(day), ++runs_per_day[day]),
             tcx_document(run));
    }
    emit(data / "strong.csv", strong_csv(h.workouts));
    std::string body = "date,weight_kg,body_fat_pct\n";
    for (const domain::BodyEntry& b : h.body) {
        body += fmt::format("{},{:.1f},{}\n", units::format_iso_date(b.day), b.weight_kg, optional_number(b.body_fat_pct, 1));
    }
    emit(data / "body.csv", body);
    std::string sleep = "date,sleep_h\n";
    for (const domain::SleepEntry& s : h.sleep) sleep += fmt::format("{},{:.1f}\n", units::format_iso_date(s.day), s.hours);
    emit(data / "sleep.csv", sleep);
    std::string food = "date,kcal,protein_g,carbs_g,fat_g\n";
    for (const domain::NutritionEntry& n : h.nutrition) {
        food += fmt::format("{},{:.0f},{},{},{}\n", units::format_iso_date(n.day), n.kcal, optional_number(n.protein_g, 0),
                            optional_number(n.carbs_g, 0), optional_number(n.fat_g, 0));
    }
    emit(data / "nutrition.csv", food);
    std::string checkins = "date,sleep_h,soreness,resting_hr_bpm,hrv_ms,rpe\n";
    for (const domain::CheckIn& c : h.checkins) {
        checkins += fmt::format("{},{:.1f},{},{},{},{}\n", units::format_iso_date(c.day), c.sleep_h, c.soreness,
                                optional_number(c.resting_hr_bpm, 0), optional_number(c.hrv_ms, 0),
                                optional_number(c.rpe, 0));
    }
    emit(folder / "checkins.csv", checkins);
    emit(folder / "profile.toml", profile_toml(h.athlete));
    return written;
}

}  // namespace ironstride::synthetic
