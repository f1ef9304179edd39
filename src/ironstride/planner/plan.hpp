#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ironstride/domain/workout.hpp"
#include "ironstride/planner/measured_body.hpp"
#include "ironstride/planner/measured_energy.hpp"
#include "ironstride/science/day_nutrition.hpp"
#include "ironstride/units/civil_time.hpp"

namespace ironstride::planner {

/// What a planned session is. `walk` is a brisk walk added to reach the Physical Activity Guidelines; it is not a run
/// and the running rules do not apply to it (docs/plan-json.md).
enum class SessionKind { run, walk_run, walk, lift, rest, event };

/// Effort class of a session: easy = Zone 2 / run-walk, moderate = brisk walking and lifting, high = tempo, intervals
/// and sprints (evidence.md §2 "Intensity classification", ACSM / Garber 2011). The science module's class, so that
/// a planned session's energy is computed for exactly the effort the plan shows.
using science::Intensity;
using science::to_string;  // to_string(Intensity), beside the planner's own overloads below

/// The run types of the session library (planner/session_library.hpp), plus lifting and rest.
enum class SessionType {
    run_walk,           ///< beginner run/walk intervals (NHS Couch to 5K structure)
    easy,               ///< continuous easy run in Zone 2
    long_run,           ///< the week's longest easy run, capped for muscle-priority goals
    tempo,              ///< Daniels T pace
    repeats_800m,       ///< 800 m repeats at Daniels I pace
    sprint_intervals,   ///< Hazell 2014 sprint intervals (on a treadmill when there is one), scaled to the athlete's speeds
    water_run,          ///< deep-water / water-treadmill running, the joint-sparing alternative
    brisk_walk,         ///< moderate walking toward the Physical Activity Guidelines
    lift,               ///< a session of the athlete's own split
    rest,               ///< a full rest day
    race,               ///< the race itself (an `event` session)
    show,               ///< the physique show itself (an `event` session)
};

/// The kind of plan week: normal progression, the deload every 4th week, the taper before a race, the peak week
/// before a physique show, the event week itself, or a recovery week after it.
enum class WeekPhase { base, build, deload, taper, event, recovery, peak };

[[nodiscard]] const char* to_string(SessionKind kind);
[[nodiscard]] const char* to_string(SessionType type);
[[nodiscard]] const char* to_string(WeekPhase phase);

/// A day's food targets (from science::day_nutrition, by the day's actual load).
struct NutritionTarget {
    std::string load;  ///< the day's training-load class (science's naming: rest, light, moderate, high, …)
    double exercise_kcal = 0;
    double kcal = 0;
    double protein_g = 0;
    double carbs_g = 0;
    double fat_g = 0;
    /// On a cut: the carbohydrate left after protein and the fat floor is below the floor of the day's Thomas 2016
    /// band; the deficit is kept (science::DayNutrition::carbs_below_band).
    bool carbs_below_band = false;
    double carbs_band_floor_g = 0;  ///< the floor of the day's Thomas 2016 band (g)
    /// The day's share of the week's energy: maintenance ± the phase's surplus or deficit, before any floor raised
    /// it; the week's days average this (planner/week_food.hpp).
    double phase_kcal = 0;
    double fat_floor_g = 0;  ///< science::fat_floor_g of the day
    /// The day's food is set by the event around it (planner/event_fuel.hpp): carbohydrate loading, race day,
    /// the peak week's last days, show day or the climb back to maintenance after it. Empty on ordinary days.
    std::string event_fuel;
    struct GramRange {
        double low_g = 0;
        double high_g = 0;
    };
    std::optional<GramRange> pre_event_meal_carbs;    ///< race day: 1–4 g/kg, 1–4 h before (Thomas 2016)
    std::optional<GramRange> during_event_carbs_per_h;  ///< race day: 30–60 or 60–90 g/h by race length
};

/// One session on one plan day, at a local wall-clock time.
struct PlannedSession {
    SessionKind kind = SessionKind::rest;
    SessionType type = SessionType::rest;
    std::string title;  ///< "Easy run", "Upper A", …
    Intensity intensity = Intensity::easy;
    units::TimeOfDay start;  ///< local time; rest days hold 00:00
    int duration_min = 0;
    bool lower_body_heavy = false;
    double run_min = 0;    ///< minutes of actual running in the session (walk breaks excluded)
    double walk_min = 0;   ///< minutes of brisk walking in the session
    double moderate_equivalent_min = 0;  ///< Physical Activity Guidelines minutes (vigorous counts double)
    std::vector<std::string> steps;  ///< human-readable workout steps, in order
    std::vector<std::string> why;    ///< reasons: each names a rule id or evidence entry
    std::optional<domain::Workout> workout;  ///< structured steps for runs (FIT export)
    bool treadmill = false;  ///< sprint protocol or run planned on the treadmill
};

struct PlanDay {
    units::CivilDay date{};
    std::vector<PlannedSession> sessions;  ///< in start-time order; a rest day holds one `rest` session
    NutritionTarget nutrition;
    double sleep_target_h = 0;
};

/// A session the planner wanted and could not place: never dropped silently, always listed with what blocked it.
struct UnplacedSession {
    SessionType type = SessionType::easy;
    int duration_min = 0;
    std::string rule;    ///< id of the blocking rule
    std::string window;  ///< the window(s) that rule blocked, e.g. "wed 06:00-07:00"
};

struct PlanWeek {
    int index = 0;  ///< 0-based
    units::CivilDay start{};
    WeekPhase phase = WeekPhase::base;
    double run_minutes = 0;
    double moderate_equivalent_minutes = 0;
    int strength_days = 0;
    std::vector<PlanDay> days;  ///< exactly 7, Monday … Sunday
    std::vector<UnplacedSession> unplaced;
    std::vector<std::string> notes;
};

/// A warning about the plan as a whole or one week: which rule, which window, what happened.
struct PlanWarning {
    std::string rule;
    std::string window;  ///< empty when not about a window
    std::string message;
};

/// What the running rules start from: the athlete's own recent running (evidence.md §2 "Progression").
struct RunningBaseline {
    double longest_run_min = 0;  ///< longest run of the 30 days before the plan
    double weekly_run_min = 0;   ///< typical recent week
    double max_weekly_increase = 0.10;  ///< the athlete's progression setting (10 % by convention)
    double long_run_cap_min = 0;  ///< cap on any single run for this athlete's goal
    std::string source = "profile";  ///< "profile" (self-reported) or "history" (the logged runs set the start)
    std::optional<double> hard_per_week{};  ///< hard runs a week logged over the last 4 weeks ("history" only)
};

/// A finished plan: a pure function of (athlete, start date, weeks).
struct Plan {
    std::string athlete_name;
    units::CivilDay start{};
    int weeks_count = 0;
    std::optional<units::CivilDay> event_date;
    std::string event_kind;
    RunningBaseline baseline;
    BodyUsed body;           ///< the weight the food was sized from (set by the use case)
    EnergyUsed expenditure;  ///< what sized the calories (set with make_plan's expenditure)
    std::vector<PlanWeek> weeks;
    std::vector<PlanWarning> warnings;
    /// Physical Activity Guidelines status at the end of the plan (the last full-volume week).
    double guidelines_final_moderate_equivalent_min = 0;
    int guidelines_final_strength_days = 0;
    bool guidelines_met = false;
};

}  // namespace ironstride::planner
