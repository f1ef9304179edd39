#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "ironstride/units/civil_time.hpp"

namespace ironstride::domain {

enum class Sex { female, male };

/// What the athlete trains for; decides how running is weighed against muscle.
enum class Goal { physique, hybrid, general_health, longevity, race };

/// Nutrition phase; the rate is in % of bodyweight per week (evidence.md §5 "Rates of weight change").
enum class Phase { cut, maintain, lean_bulk };

enum class RunningExperience { new_runner, returning, intermediate, advanced };

enum class EventKind { show, race };

enum class UnitSystem { metric, imperial };

/// Everyday movement outside training, as a multiple of BMR (evidence.md §5 "Activity multipliers": BMR × 1.2 plus
/// logged exercise avoids double-counting training).
enum class Lifestyle { sedentary, light, active };

/// A window in which the athlete can train, local time, [start, end), start < end, within one day.
struct TimeWindow {
    units::TimeOfDay start;
    units::TimeOfDay end;
    [[nodiscard]] int minutes() const { return end.minutes - start.minutes; }
};

/// One lifting session of the athlete's own split. The planner never moves or removes these.
struct LiftingSession {
    int weekday = 0;  ///< ISO index, Monday = 0 … Sunday = 6
    std::string name;
    units::TimeOfDay start;
    int duration_min = 60;
    bool lower_body_heavy = false;  ///< heavy squats/deadlifts/leg press: the interference rules protect these
};

struct RaceResult {
    double distance_m = 0;
    double time_s = 0;
    std::optional<units::CivilDay> date;
};

struct Equipment {
    bool treadmill = false;
    bool pool = false;             ///< deep-water running possible
    bool water_treadmill = false;  ///< shallow-water / underwater treadmill
};

/// The athlete profile, validated and in SI units. Built by profile::load_profile; every other module reads it.
struct Athlete {
    int schema_version = 1;
    std::string name;
    Sex sex = Sex::female;
    std::optional<units::CivilDay> birth_date;  ///< one of birth_date / declared_age_years is set
    std::optional<int> declared_age_years;
    double height_m = 0;
    double weight_kg = 0;
    std::optional<double> body_fat_pct;  ///< 0–100
    std::optional<double> resting_hr_bpm;  ///< on waking; the profile requires it, other athletes may lack it
    std::optional<double> max_hr_bpm;  ///< measured; estimated by science::estimate_max_hr when absent

    Goal goal = Goal::general_health;
    std::optional<double> goal_race_distance_m;  ///< set when goal == race
    Phase phase = Phase::maintain;
    double rate_pct_per_week = 0;  ///< magnitude, ≥ 0; direction from phase
    std::optional<units::CivilDay> event_date;
    std::optional<EventKind> event_kind;

    RunningExperience experience = RunningExperience::new_runner;
    std::optional<RaceResult> recent_race;
    /// Longest single run of the last 30 days, minutes (starting point for the 110 % cap, Frandsen 2025).
    std::optional<double> longest_recent_run_min;
    /// Running minutes in a typical recent week.
    std::optional<double> recent_weekly_run_min;
    /// Planned weekly growth of running minutes; 0.10 by convention (Buist 2008 found it prevents nothing),
    /// relaxable up to the evidence limit of 30 % over two weeks (Nielsen 2014). evidence.md "Progression".
    double max_weekly_increase = 0.10;

    Equipment equipment;
    std::string split_name;
    std::vector<LiftingSession> lifting;
    std::array<std::vector<TimeWindow>, 7> availability;  ///< by ISO weekday index
    double sleep_target_h = 8.0;
    Lifestyle lifestyle = Lifestyle::sedentary;
    UnitSystem units = UnitSystem::metric;
    /// IANA time zone of the athlete's calendar day ("Europe/Berlin"); empty: the machine's zone.
    std::string time_zone;

    /// Age on a given day: from birth_date when known, else the declared age.
    [[nodiscard]] int age_on(units::CivilDay day) const;
    [[nodiscard]] std::optional<double> fat_free_mass_kg() const;
};

[[nodiscard]] const char* to_string(Sex sex);
[[nodiscard]] const char* to_string(Goal goal);
[[nodiscard]] const char* to_string(Phase phase);
[[nodiscard]] const char* to_string(RunningExperience experience);
[[nodiscard]] const char* to_string(EventKind kind);
[[nodiscard]] const char* to_string(UnitSystem units);
[[nodiscard]] const char* to_string(Lifestyle lifestyle);
/// "mon" … "sun".
[[nodiscard]] const char* weekday_key(int iso_weekday_index);

}  // namespace ironstride::domain
