#include "synthetic_history.hpp"

#include <algorithm>
#include <array>
#include <cassert>
#include <chrono>
#include <cmath>
#include <functional>
#include <numbers>
#include <random>

#include "ironstride/science/day_nutrition.hpp"
#include "ironstride/science/max_heart_rate.hpp"
#include "ironstride/units/conversions.hpp"

namespace ironstride::synthetic {

namespace {

using std::chrono::days;
using std::chrono::minutes;
using std::chrono::seconds;

using units::kDaysPerWeek;
constexpr double kPercent = 100.0;

/// The athlete's resting rate; a profile always has one (profile::load_profile requires it), and a scenario
/// athlete without a profile gets its scenario's (60 bpm, the schema's example, if it had none).
double resting_hr_bpm(const domain::Athlete& athlete) { return athlete.resting_hr_bpm.value_or(60.0); }

constexpr std::array kScenarios{
    ScenarioInfo{Scenario::cutting_lifter, "cutting-lifter",
                 "a lifter who triples running while cutting hard; squat e1RM falls", 16},
    ScenarioInfo{Scenario::balanced_hybrid, "balanced-hybrid",
                 "runs 3x/week and lifts 4x/week, eats and sleeps enough, and gains", 16},
    ScenarioInfo{Scenario::beginner, "beginner",
                 "a new runner building up within the evidence's limits, lifting twice a week", 16},
    ScenarioInfo{Scenario::ultra_runner, "ultra-runner", "high mileage, long runs and two ultra races", 16},
    ScenarioInfo{Scenario::new_runner_lifter, "new-runner-lifter",
                 "a trained lifter who takes up running in the last four weeks; leg lifts dip", 16},
    ScenarioInfo{Scenario::decade, "decade", "ten years of two runs and two lifting sessions a week (benchmark)", 520},
};

/// Uniform numbers from mt19937_64's fixed output sequence (no implementation-defined distribution).
class Random {
public:
    explicit Random(std::uint64_t seed) : m_engine(seed) {}
    double unit() {
        constexpr int kMantissaShift = 11;
        constexpr double kScale = 1.0 / 9007199254740992.0;  // 2^-53
        return static_cast<double>(m_engine() >> kMantissaShift) * kScale;
    }
    double between(double low, double high) { return low + (high - low) * unit(); }
    double noise(double amplitude) { return between(-amplitude, amplitude); }
    int pick(int low, int high) { return low + static_cast<int>(unit() * (high - low + 1)); }

private:
    std::mt19937_64 m_engine;
};

// ---------------------------------------------------------------------------------------------------------------
// Runs

/// A stretch of a run at one speed and one effort (fraction of heart-rate reserve).
struct Segment {
    double minutes = 0;
    double speed_mps = 0;
    double hrr = 0;
};

struct RunSpec {
    int hour = 7;
    int minute = 0;
    std::string name;
    std::vector<Segment> segments;
    int rpe = 5;  ///< the CR-10 session RPE the athlete would give it (for the check-in)
};

RunSpec easy(int hour, int minute, double km, double speed, double hrr, const char* name = "Easy run") {
    return {hour, minute, name, {{km * 1000 / speed / 60, speed, hrr}}, 4};
}

RunSpec tempo(int hour, int minute, double warm_min, double block_min, double speed, double block_speed,
              double easy_hrr, double block_hrr) {
    return {hour, minute, "Tempo run",
            {{warm_min, speed, easy_hrr}, {block_min, block_speed, block_hrr}, {8, speed, easy_hrr}}, 7};
}

RunSpec intervals(int hour, int minute, int reps, double work_min, double rest_min, double speed, double fast,
                  double easy_hrr, double hard_hrr) {
    RunSpec r{hour, minute, "Intervals", {{10, speed, easy_hrr}}, 8};
    for (int i = 0; i < reps; ++i) {
        r.segments.push_back({work_min, fast, hard_hrr});
        r.segments.push_back({rest_min, speed * 0.85, easy_hrr});
    }
    r.segments.push_back({8, speed, easy_hrr});
    return r;
}

struct Heart {
    double rest = 60;
    double max = 190;
    [[nodiscard]] double at(double hrr) const { return rest + hrr * (max - rest); }
};

domain::Activity make_run(units::Instant start, const RunSpec& spec, const Heart& heart, int interval_s,
                          Random& random) {
    domain::Activity run;
    run.format = domain::SourceFormat::tcx;
    run.sport = domain::Sport::running;
    run.name = spec.name;
    run.start_utc = start;
    run.utc_offset = units::UtcOffset{0};
    domain::SampleStream& s = run.samples;
    double hr = heart.at(0.3);
    double distance = 0;
    double t = 0;
    double hr_sum = 0;
    double hr_max = 0;
    int hr_count = 0;
    const double dt = interval_s;
    constexpr double kHeartLagS = 25.0;  // heart rate follows effort with a lag of this order
    for (const Segment& segment : spec.segments) {
        const double end = t + segment.minutes * units::kSecondsPerMinute;
        while (t < end - 1e-9) {
            const double altitude = 100 + 15 * std::sin(distance / 800) + 8 * std::sin(distance / 230);
            const auto bpm = static_cast<std::uint8_t>(std::clamp(std::lround(hr), 40L, 230L));
            s.time_ms.push_back(std::llround(t * 1000));
            s.distance_m.push_back(static_cast<float>(std::round(distance * 100) / 100));
            s.altitude_m.push_back(static_cast<float>(std::round(altitude * 10) / 10));
            s.heart_rate_bpm.push_back(bpm);
            hr_sum += bpm;
            hr_max = std::max(hr_max, static_cast<double>(bpm));
            ++hr_count;
            const double step = std::min(dt, end - t);
            hr += (heart.at(segment.hrr) - hr) * (1 - std::exp(-step / kHeartLagS)) + random.noise(1.2);
            hr = std::min(hr, heart.max);
            distance += segment.speed_mps * (1 + random.noise(0.03)) * step;
            t += step;
        }
    }
    // The last point closes the run.
    s.time_ms.push_back(std::llround(t * 1000));
    s.distance_m.push_back(static_cast<float>(std::round(distance * 100) / 100));
    s.altitude_m.push_back(s.altitude_m.empty() ? 100.0F : s.altitude_m.back());
    s.heart_rate_bpm.push_back(s.heart_rate_bpm.empty() ? 100 : s.heart_rate_bpm.back());
    run.elapsed_s = t;
    run.timer_s = t;
    run.distance_m = std::round(distance * 100) / 100;
    run.avg_hr_bpm = std::round(hr_sum / std::max(1, hr_count));
    run.max_hr_bpm = hr_max;
    domain::Lap lap;
    lap.start_utc = start;
    lap.elapsed_s = t;
    lap.timer_s = t;
    lap.distance_m = run.distance_m;
    lap.avg_hr_bpm = run.avg_hr_bpm;
    lap.max_hr_bpm = run.max_hr_bpm;
    run.laps.push_back(lap);
    return run;
}

// ---------------------------------------------------------------------------------------------------------------
// Lifting

enum class Lift { squat, deadlift, bench, press };

/// e1RM of each main lift at the start, as a multiple of body weight.
struct Strength {
    double squat = 1.6;
    double deadlift = 1.9;
    double bench = 1.2;
    double press = 0.75;
    [[nodiscard]] double of(Lift lift) const {
        switch (lift) {
            case Lift::squat: return squat;
            case Lift::deadlift: return deadlift;
            case Lift::bench: return bench;
            case Lift::press: return press;
        }
        return 1;
    }
};

struct Exercise {
    const char* name;
    std::optional<Lift> main;  ///< a main lift: top sets from its e1RM
    double fraction = 0;       ///< accessories: load as a fraction of the reference lift's e1RM (0 = body weight)
    Lift reference = Lift::squat;
    int sets = 3;
    int reps = 5;
};

enum class Template { lower_a, lower_b, upper_a, upper_b, full_a, full_b };

std::vector<Exercise> exercises(Template t) {
    switch (t) {
        case Template::lower_a:
            return {{"Squat (Barbell)", Lift::squat, 0, Lift::squat, 3, 5},
                    {"Romanian Deadlift (Barbell)", {}, 0.55, Lift::deadlift, 3, 8},
                    {"Leg Press", {}, 1.4, Lift::squat, 3, 10},
                    {"Standing Calf Raise (Machine)", {}, 0.6, Lift::squat, 3, 12}};
        case Template::lower_b:
            return {{"Deadlift (Barbell)", Lift::deadlift, 0, Lift::deadlift, 3, 3},
                    {"Bulgarian Split Squat", {}, 0.2, Lift::squat, 3, 8},
                    {"Leg Curl", {}, 0.3, Lift::deadlift, 3, 10}};
        case Template::upper_a:
            return {{"Bench Press (Barbell)", Lift::bench, 0, Lift::bench, 3, 5},
                    {"Bent Over Row (Barbell)", {}, 0.6, Lift::bench, 3, 8},
                    {"Bicep Curl (Barbell)", {}, 0.3, Lift::bench, 2, 12}};
        case Template::upper_b:
            return {{"Overhead Press (Barbell)", Lift::press, 0, Lift::press, 3, 5},
                    {"Lat Pulldown (Cable)", {}, 0.6, Lift::bench, 3, 10},
                    {"Incline Bench Press (Dumbbell)", {}, 0.3, Lift::bench, 3, 10}};
        case Template::full_a:
            return {{"Squat (Barbell)", Lift::squat, 0, Lift::squat, 3, 5},
                    {"Bench Press (Barbell)", Lift::bench, 0, Lift::bench, 3, 5},
                    {"Bent Over Row (Barbell)", {}, 0.6, Lift::bench, 3, 8}};
        case Template::full_b:
            return {{"Deadlift (Barbell)", Lift::deadlift, 0, Lift::deadlift, 2, 5},
                    {"Overhead Press (Barbell)", Lift::press, 0, Lift::press, 3, 5},
                    {"Lat Pulldown (Cable)", {}, 0.6, Lift::bench, 3, 10}};
    }
    return {};
}

/// Loads are rounded to what a gym has: 2.5 kg steps (1 kg under 20 kg).
double plate_round(double kg) {
    const double step = kg < 20 ? 1.0 : 2.5;
    return std::max(step, std::round(kg / step) * step);
}

domain::Activity make_workout(units::Instant start, const std::string& name, Template t, int duration_min,
                              const std::function<double(Lift)>& e1rm_kg, Random& random) {
    domain::Activity w;
    w.format = domain::SourceFormat::strong_csv;
    w.sport = domain::Sport::strength;
    w.sub_sport = "strength_training";
    w.name = name;
    w.start_utc = start;
    w.utc_offset = units::UtcOffset{0};
    w.elapsed_s = duration_min * units::kSecondsPerMinute;
    int order = 0;
    for (const Exercise& e : exercises(t)) {
        auto add = [&](double kg, int reps, bool warmup) {
            domain::StrengthSet set;
            set.order = order++;
            set.exercise = e.name;
            if (kg > 0) set.weight_kg = kg;
            set.reps = reps;
            set.warmup = warmup;
            w.sets.push_back(set);
        };
        if (e.main) {
            const double e1rm = e1rm_kg(*e.main) * (1 + random.noise(0.01));
            const double top = plate_round(e1rm / (1 + e.reps / 30.0));  // Epley inverted (evidence.md §6)
            add(plate_round(top * 0.5), 5, true);
            for (int i = 0; i < e.sets; ++i) add(top, e.reps, false);
        } else {
            const double kg = e.fraction > 0 ? plate_round(e1rm_kg(e.reference) * e.fraction) : 0;
            for (int i = 0; i < e.sets; ++i) add(kg, e.reps, false);
        }
    }
    return w;
}

// ---------------------------------------------------------------------------------------------------------------
// Scenario programs

/// Everything a scenario decides. Functions take the week index (0 = first week) and the ISO weekday.
struct Program {
    std::function<std::vector<RunSpec>(int week, int weekday, Random&)> runs;
    std::function<double(int week)> strength_factor;  ///< multiplies the e1RMs
    Strength strength;
    double weight_change_pct_per_week_early = 0;  ///< weeks before change_week
    double weight_change_pct_per_week_late = 0;
    int change_week = 0;
    double body_fat_change_per_week = 0;  ///< percentage points
    std::function<double(int week)> intake_offset_kcal;  ///< against the day's maintenance
    double protein_g_per_lb = 0.9;
    double sleep_mean_h = 7.5;
    double sleep_spread_h = 0.3;
    std::function<int(int week, bool trained, Random&)> soreness;
    std::function<double(int week)> resting_hr_rise;  ///< bpm above the athlete's resting HR
    std::function<double(int week)> hrv_ms;
};

Program program(Scenario scenario, int weeks) {
    Program p;
    const auto flat = [](int) { return 0.0; };
    p.resting_hr_rise = flat;
    p.hrv_ms = [](int) { return 70.0; };
    p.soreness = [](int, bool trained, Random& r) { return trained ? r.pick(2, 4) : r.pick(1, 3); };
    switch (scenario) {
        case Scenario::cutting_lifter:
            p.runs = [](int w, int d, Random& r) -> std::vector<RunSpec> {
                const double speed = 2.75 + r.noise(0.05);
                if (w < 6) {
                    if (d == 2) return {easy(6, 30, 5, speed, 0.5)};
                    if (d == 5) return {easy(8, 0, 5, speed, 0.5)};
                    return {};
                }
                std::vector<RunSpec> out;
                if (d == 2 || d == 5 || d == 6) out.push_back(easy(d == 2 ? 6 : 8, 30, w >= 10 && d == 5 ? 7 : 5, speed, 0.52));
                if (w >= 8 && d == 0) out.push_back(intervals(6, 30, 5, 3, 2, speed, 3.9, 0.55, 0.9));
                if (w >= 10 && d == 1) out.push_back(easy(6, 30, 6, speed, 0.52));
                if (w >= 10 && d == 3) out.push_back(tempo(6, 30, 10, 20, speed, 3.5, 0.55, 0.82));
                return out;
            };
            p.strength_factor = [](int w) { return w <= 5 ? 1 + 0.005 * w : 1.025 * (1 - 0.012 * (w - 5)); };
            p.weight_change_pct_per_week_early = -0.4;
            p.weight_change_pct_per_week_late = -1.5;
            p.change_week = 6;
            p.body_fat_change_per_week = -0.2;
            p.intake_offset_kcal = [](int w) { return w < 6 ? -500.0 : -1100.0; };
            p.protein_g_per_lb = 0.55;
            p.sleep_mean_h = 6.3;
            p.sleep_spread_h = 0.5;
            p.soreness = [](int w, bool trained, Random& r) {
                return w < 10 ? r.pick(trained ? 3 : 2, 5) : r.pick(trained ? 6 : 5, 7);
            };
            p.resting_hr_rise = [](int w) { return std::max(0, w - 8) * 0.8; };
            p.hrv_ms = [](int w) { return 66.0 - std::max(0, w - 8) * 2.0; };
            break;
        case Scenario::balanced_hybrid:
            p.runs = [](int, int d, Random& r) -> std::vector<RunSpec> {
                const double speed = 2.9 + r.noise(0.04);
                if (d == 1) return {easy(6, 15, 8 * (1 + r.noise(0.02)), speed, 0.5)};
                if (d == 2) return {tempo(6, 15, 12, 20, speed, 3.6, 0.5, 0.8)};
                if (d == 5) return {easy(8, 30, 14 * (1 + r.noise(0.02)), 2.75, 0.55, "Long run")};
                return {};
            };
            p.strength_factor = [](int w) { return (1 + 0.006 * w) * (w % 4 == 3 ? 0.97 : 1.0); };
            p.weight_change_pct_per_week_early = 0.1;
            p.weight_change_pct_per_week_late = 0.1;
            p.body_fat_change_per_week = -0.03;
            p.intake_offset_kcal = [](int) { return 150.0; };
            p.protein_g_per_lb = 0.95;
            p.sleep_mean_h = 7.7;
            break;
        case Scenario::beginner:
            p.runs = [](int w, int d, Random& r) -> std::vector<RunSpec> {
                if (d != 1 && d != 3 && d != 5) return {};
                const double minutes_run = 12 * std::pow(1.06, w);
                const double speed = 1.9 + 0.01 * w + r.noise(0.02);
                RunSpec run = easy(d == 5 ? 9 : 7, 0, minutes_run * 60 * speed / 1000, speed, 0.62, "Run/walk");
                run.rpe = 5;
                return {run};
            };
            p.strength = Strength{0.7, 0.9, 0.5, 0.35};
            p.strength_factor = [](int w) { return 1 + 0.03 * w; };
            p.body_fat_change_per_week = -0.05;
            p.intake_offset_kcal = [](int) { return 50.0; };
            p.protein_g_per_lb = 0.85;
            p.sleep_mean_h = 7.9;
            break;
        case Scenario::ultra_runner:
            p.runs = [weeks](int w, int d, Random& r) -> std::vector<RunSpec> {
                const double speed = 3.1 + r.noise(0.05);
                const bool race_week = w == weeks - 7 || w == weeks - 2;
                const bool recovery = w == weeks - 6 || w == weeks - 1;
                const double scale = race_week ? 0.6 : recovery ? 0.75 : 1.0;
                switch (d) {
                    case 0: return {easy(6, 0, 12 * scale, speed, 0.5)};
                    case 1: return {intervals(6, 0, race_week ? 3 : 6, 4, 2, speed, 4.2, 0.55, 0.88)};
                    case 2: return {easy(6, 0, 15 * scale, speed, 0.52)};
                    case 3: return {easy(6, 0, 10 * scale, speed, 0.5)};
                    case 5:
                        if (w == weeks - 7) return {easy(7, 0, 50, 2.9, 0.68, "Ultra race 50 km")};
                        if (w == weeks - 2) return {easy(6, 0, 80, 2.6, 0.66, "Ultra race 80 km")};
                        return {easy(7, 0, 32 * scale * (1 + r.noise(0.02)), 3.0, 0.55, "Long run")};
                    case 6: return {easy(7, 0, 16 * scale, speed, 0.5)};
                    default: return {};
                }
            };
            p.strength = Strength{1.3, 1.6, 0.9, 0.6};
            p.strength_factor = [](int) { return 1.0; };
            p.intake_offset_kcal = [](int) { return 200.0; };
            p.protein_g_per_lb = 0.85;
            p.sleep_mean_h = 7.6;
            p.sleep_spread_h = 0.35;
            p.soreness = [](int, bool trained, Random& r) { return trained ? r.pick(3, 5) : r.pick(2, 4); };
            break;
        case Scenario::new_runner_lifter:
            p.runs = [weeks](int w, int d, Random& r) -> std::vector<RunSpec> {
                if (w < weeks - 4 || (d != 2 && d != 5 && d != 6)) return {};
                return {easy(d == 2 ? 7 : 9, 0, 5, 2.6 + r.noise(0.04), 0.55)};  // steady 5 km: no spike
            };
            // Rising 0.5 % a week while only lifting, 6 % down in the week the running starts, coming back 0.5 % a week.
            p.strength_factor = [weeks](int w) {
                const int start = weeks - 4;
                return w < start ? 1 + 0.005 * w : (1 + 0.005 * (start - 1)) * (0.94 + 0.005 * (w - start));
            };
            p.intake_offset_kcal = [](int) { return 0.0; };
            p.protein_g_per_lb = 0.9;
            p.sleep_mean_h = 7.6;
            break;
        case Scenario::decade:
            p.runs = [](int, int d, Random& r) -> std::vector<RunSpec> {
                const double speed = 2.9 + r.noise(0.05);
                if (d == 2) return {easy(6, 30, 8 * (1 + r.noise(0.03)), speed, 0.52)};
                if (d == 5) return {easy(8, 0, 12 * (1 + r.noise(0.03)), 2.8, 0.55, "Long run")};
                return {};
            };
            p.strength_factor = [](int w) {
                return 1 + 0.0005 * w + 0.03 * std::sin(2 * std::numbers::pi * w / 52.0);
            };
            p.intake_offset_kcal = [](int) { return 100.0; };
            p.protein_g_per_lb = 0.9;
            p.sleep_mean_h = 7.5;
            p.sleep_spread_h = 0.5;
            break;
    }
    return p;
}

domain::LiftingSession session(int weekday, const char* name, int hour, int minute, int duration, bool heavy) {
    domain::LiftingSession s;
    s.weekday = weekday;
    s.name = name;
    s.start = units::TimeOfDay{hour * 60 + minute};
    s.duration_min = duration;
    s.lower_body_heavy = heavy;
    return s;
}

void default_availability(domain::Athlete& a) {
    for (int d = 0; d < kDaysPerWeek; ++d) {
        if (d < 5) {
            a.availability[static_cast<std::size_t>(d)] = {{units::TimeOfDay{6 * 60}, units::TimeOfDay{8 * 60}},
                                                           {units::TimeOfDay{17 * 60}, units::TimeOfDay{20 * 60 + 30}}};
        } else {
            a.availability[static_cast<std::size_t>(d)] = {{units::TimeOfDay{7 * 60}, units::TimeOfDay{12 * 60}}};
        }
    }
}

}  // namespace

std::span<const ScenarioInfo> scenarios() { return kScenarios; }

const ScenarioInfo& info(Scenario scenario) {
    for (const ScenarioInfo& i : kScenarios) {
        if (i.scenario == scenario) return i;
    }
    assert(false && "every scenario is in kScenarios");
    return kScenarios.front();
}

std::optional<Scenario> scenario_from_name(std::string_view name) {
    for (const ScenarioInfo& i : kScenarios) {
        if (i.name == name) return i.scenario;
    }
    return std::nullopt;
}

domain::Athlete scenario_athlete(Scenario scenario) {
    domain::Athlete a;
    a.units = domain::UnitSystem::metric;
    a.lifestyle = domain::Lifestyle::sedentary;
    default_availability(a);
    switch (scenario) {
        case Scenario::cutting_lifter:
            a.name = "Cutting lifter";
            a.sex = domain::Sex::male;
            a.declared_age_years = 28;
            a.height_m = 1.80;
            a.weight_kg = 88;
            a.body_fat_pct = 18;
            a.resting_hr_bpm = 58;
            a.max_hr_bpm = 192;
            a.goal = domain::Goal::physique;
            a.phase = domain::Phase::cut;
            a.rate_pct_per_week = 1.0;
            a.experience = domain::RunningExperience::returning;
            a.longest_recent_run_min = 45;
            a.recent_weekly_run_min = 180;
            a.split_name = "upper/lower";
            a.lifting = {session(0, "Lower A (squat)", 18, 0, 75, true), session(1, "Upper A (bench)", 18, 0, 60, false),
                         session(3, "Lower B (deadlift)", 18, 0, 75, true),
                         session(4, "Upper B (press)", 18, 0, 60, false)};
            a.sleep_target_h = 8;
            break;
        case Scenario::balanced_hybrid:
        case Scenario::decade:
            a.name = scenario == Scenario::decade ? "Decade" : "Balanced hybrid";
            a.sex = domain::Sex::male;
            a.declared_age_years = 31;
            a.height_m = 1.82;
            a.weight_kg = 86;
            a.body_fat_pct = 15;
            a.resting_hr_bpm = 52;
            a.max_hr_bpm = 190;
            a.goal = domain::Goal::hybrid;
            a.phase = domain::Phase::maintain;
            a.experience = domain::RunningExperience::intermediate;
            a.longest_recent_run_min = 85;
            a.recent_weekly_run_min = 180;
            a.split_name = "upper/lower";
            if (scenario == Scenario::decade) {
                a.lifting = {session(0, "Full body A", 17, 30, 70, true), session(3, "Full body B", 17, 30, 70, true)};
            } else {
                a.lifting = {session(0, "Lower A (squat)", 17, 30, 75, true),
                             session(1, "Upper A (bench)", 17, 30, 60, false),
                             session(3, "Lower B (deadlift)", 17, 30, 75, true),
                             session(4, "Upper B (overhead press)", 17, 30, 60, false)};
            }
            a.sleep_target_h = 7.5;
            break;
        case Scenario::beginner:
            a.name = "Beginner";
            a.sex = domain::Sex::female;
            a.declared_age_years = 34;
            a.height_m = 1.65;
            a.weight_kg = 68;
            a.body_fat_pct = 28;
            a.resting_hr_bpm = 66;
            a.goal = domain::Goal::general_health;
            a.phase = domain::Phase::maintain;
            a.experience = domain::RunningExperience::new_runner;
            a.split_name = "full body";
            a.lifting = {session(0, "Full body A", 18, 0, 60, true), session(3, "Full body B", 18, 0, 60, true)};
            a.sleep_target_h = 8;
            break;
        case Scenario::new_runner_lifter:
            a.name = "New runner";
            a.sex = domain::Sex::male;
            a.declared_age_years = 29;
            a.height_m = 1.78;
            a.weight_kg = 84;
            a.body_fat_pct = 14;
            a.resting_hr_bpm = 60;
            a.goal = domain::Goal::physique;
            a.phase = domain::Phase::maintain;
            a.experience = domain::RunningExperience::new_runner;
            a.split_name = "upper/lower";
            a.lifting = {session(0, "Lower A (squat)", 18, 0, 75, true), session(1, "Upper A (bench)", 18, 0, 60, false),
                         session(3, "Lower B (deadlift)", 18, 0, 75, true),
                         session(4, "Upper B (press)", 18, 0, 60, false)};
            a.sleep_target_h = 8;
            break;
        case Scenario::ultra_runner:
            a.name = "Ultra runner";
            a.sex = domain::Sex::male;
            a.declared_age_years = 40;
            a.height_m = 1.75;
            a.weight_kg = 68;
            a.body_fat_pct = 11;
            a.resting_hr_bpm = 45;
            a.max_hr_bpm = 182;
            a.goal = domain::Goal::general_health;
            a.phase = domain::Phase::maintain;
            a.experience = domain::RunningExperience::advanced;
            a.longest_recent_run_min = 180;
            a.recent_weekly_run_min = 540;
            a.max_weekly_increase = 0.10;
            a.split_name = "full body";
            a.lifting = {session(0, "Full body A", 12, 0, 50, true), session(3, "Full body B", 12, 0, 50, true)};
            a.sleep_target_h = 7.5;
            break;
    }
    return a;
}

SyntheticHistory generate(const GeneratorOptions& options) {
    SyntheticHistory h;
    h.scenario = options.scenario;
    h.athlete = options.athlete.value_or(scenario_athlete(options.scenario));
    if (h.athlete.lifting.empty()) h.athlete.lifting = scenario_athlete(options.scenario).lifting;
    const int weeks = options.weeks > 0 ? options.weeks : info(options.scenario).default_weeks;
    const units::CivilDay monday = options.end - days{units::iso_weekday_index(options.end)};
    h.first = monday - days{kDaysPerWeek * (weeks - 1)};
    h.last = options.end;
    const Program p = program(options.scenario, weeks);
    Random random(options.seed);

    const domain::Athlete& a = h.athlete;
    const int age = a.age_on(h.first);
    const Heart heart{resting_hr_bpm(a), science::estimate_max_hr(a.max_hr_bpm, age).bpm};
    std::vector<domain::LiftingSession> lifting = a.lifting;
    std::sort(lifting.begin(), lifting.end(), [](const auto& x, const auto& y) { return x.weekday < y.weekday; });
    std::vector<Template> templates;
    int heavy_seen = 0;
    int light_seen = 0;
    for (std::size_t i = 0; i < lifting.size(); ++i) {
        if (lifting.size() <= 3) {
            templates.push_back(i % 2 == 0 ? Template::full_a : Template::full_b);
        } else if (lifting[i].lower_body_heavy) {
            templates.push_back(heavy_seen++ % 2 == 0 ? Template::lower_a : Template::lower_b);
        } else {
            templates.push_back(light_seen++ % 2 == 0 ? Template::upper_a : Template::upper_b);
        }
    }

    double weight = a.weight_kg;
    double body_fat = a.body_fat_pct.value_or(20.0);
    for (units::CivilDay day = h.first; day <= h.last; day += days{1}) {
        const int index = static_cast<int>((day - h.first).count());
        const int week = index / kDaysPerWeek;
        const int weekday = units::iso_weekday_index(day);
        if (weekday == 0 && index > 0) {
            const double rate =
                week < p.change_week ? p.weight_change_pct_per_week_early : p.weight_change_pct_per_week_late;
            weight *= 1 + rate / kPercent;
            body_fat += p.body_fat_change_per_week;
        }
        std::vector<science::SessionLoad> loads;
        int rpe = 0;

        for (const RunSpec& spec : p.runs(week, weekday, random)) {
            const units::Instant start = units::Instant{day} + std::chrono::hours{spec.hour} + minutes{spec.minute};
            domain::Activity run = make_run(start, spec, heart, options.sample_interval_s, random);
            science::SessionLoad load;
            load.kind = science::SessionLoad::Kind::run;
            load.duration_min = *run.timer_s / units::kSecondsPerMinute;
            load.distance_m = run.distance_m;
            load.intensity = spec.rpe >= 7 ? science::Intensity::high : science::Intensity::easy;
            loads.push_back(load);
            rpe = std::max(rpe, spec.rpe);
            h.runs.push_back(std::move(run));
        }
        for (std::size_t i = 0; i < lifting.size(); ++i) {
            if (lifting[i].weekday != weekday) continue;
            const units::Instant start = units::Instant{day} + minutes{lifting[i].start.minutes};
            const double factor = p.strength_factor(week);
            const Strength strength = p.strength;
            const double body = a.weight_kg;
            h.workouts.push_back(make_workout(
                start, lifting[i].name, templates[i], lifting[i].duration_min,
                [&](Lift lift) { return strength.of(lift) * body * factor; }, random));
            science::SessionLoad load;
            load.kind = science::SessionLoad::Kind::lift;
            load.duration_min = lifting[i].duration_min;
            load.intensity = science::Intensity::moderate;
            load.lower_body_heavy = lifting[i].lower_body_heavy;
            loads.push_back(load);
            rpe = std::max(rpe, 7);
        }

        const double measured = std::round((weight + random.noise(0.3)) * 10) / 10;
        h.body.push_back({day, measured,
                          weekday == 0 ? std::optional<double>{std::round((body_fat + random.noise(0.3)) * 10) / 10}
                                       : std::nullopt,
                          {}});
        const double sleep = std::round((p.sleep_mean_h + random.noise(p.sleep_spread_h * std::sqrt(3.0))) * 10) / 10;
        h.sleep.push_back({day, sleep, {}, {}});

        domain::Athlete on_day = a;
        on_day.weight_kg = weight;
        on_day.body_fat_pct = body_fat;
        const science::DayNutrition need = science::day_nutrition(on_day, age, loads);
        domain::NutritionEntry food;
        food.day = day;
        food.kcal = std::round(need.maintenance_kcal + p.intake_offset_kcal(week) + random.noise(80));
        food.protein_g = std::round(p.protein_g_per_lb * units::kg_to_pounds(weight) * (1 + random.noise(0.05)));
        food.fat_g = std::round(0.9 * weight);
        food.carbs_g = std::max(0.0, std::round((food.kcal - 4 * *food.protein_g - 9 * *food.fat_g) / 4));
        h.nutrition.push_back(food);

        domain::CheckIn checkin;
        checkin.day = day;
        checkin.sleep_h = sleep;
        checkin.soreness = p.soreness(week, !loads.empty(), random);
        checkin.resting_hr_bpm = std::round(resting_hr_bpm(a) + p.resting_hr_rise(week) + random.noise(1.5));
        checkin.hrv_ms = std::round(p.hrv_ms(week) + random.noise(6));
        if (rpe > 0) checkin.rpe = rpe;
        h.checkins.push_back(checkin);
    }
    return h;
}

}  // namespace ironstride::synthetic
