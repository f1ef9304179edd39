#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ironstride/analysis/history.hpp"
#include "ironstride/analysis/training_load.hpp"
#include "ironstride/domain/athlete.hpp"
#include "ironstride/domain/exercise_catalog.hpp"
#include "ironstride/science/activity_guidelines.hpp"
#include "ironstride/science/energy_availability.hpp"
#include "ironstride/units/civil_time.hpp"

namespace ironstride::analysis {

// The time series of a report (issue 5, part 2), computed once from a History. All SI: distances in metres, masses
// in kg, durations in minutes where the name says _min. Every formula is a science:: function; this file only sums,
// averages and classifies.

/// A run counts as high-intensity with at least this much time in zones 4–5 (ACSM upper vigorous and near-maximal
/// %HRR, science::heart_rate_zones) or this much in zone 5, or, without zone times, an average HR at or above the
/// threshold HR (science::threshold_hr_bpm, 88 % HRmax). evidence.md gives no minimum; these are our choice: enough
/// to hold a tempo block or a set of all-out sprints (Hazell 2014's 4–6 × 30 s lift HR into zone 5).
inline constexpr double kHighIntensityZone45Min = 10.0;
inline constexpr double kHighIntensityZone5Min = 2.0;

/// How an activity counts toward the Physical Activity Guidelines (evidence.md §8): MET class by the ACSM running or
/// walking equation at the average speed (science::energy_expenditure), else a Compendium 2011 MET (running 12020
/// jogging 7.0, walking 17190 3.5), else for other sports by HR zones (ACSM classes: Z2 moderate, Z3–Z5 vigorous).
struct GuidelineMinutes {
    double moderate_min = 0;
    double vigorous_min = 0;
};

/// One day of one channel of the session-RPE AU model (analysis/training_load.hpp).
struct ModalityDay {
    double load = 0;  ///< Σ AU of the day's sessions of the channel
    double ctl = 0;   ///< 42-day EWMA, Coggan's additive form (evidence.md §9)
    double atl = 0;   ///< 7-day EWMA
    double tsb = 0;   ///< CTL − ATL
};

/// One ISO week of one channel of the AU model.
struct ModalityWeek {
    double load = 0;                 ///< Σ AU of the week
    std::optional<double> monotony;  ///< Foster 1998 over the week's daily AU (population SD)
    std::optional<double> strain;
};

/// One day of the load series.
struct DayPoint {
    units::CivilDay day{};
    double trimp = 0;      ///< Σ Banister TRIMP of the day's activities (the daily load w of evidence.md §9)
    double srpe_load = 0;  ///< Σ session-RPE load (AU) of the day's activities with a known RPE
    double ctl = 0;        ///< fitness: 42-day EWMA of daily TRIMP, Coggan's additive form
    double atl = 0;        ///< fatigue: 7-day EWMA
    double tsb = 0;        ///< form: CTL − ATL
    std::optional<double> acwr_ewma;  ///< ATL / CTL (information only, evidence.md §7)
    double run_m = 0;
    double run_min = 0;
    /// The session-RPE AU model (evidence.md §17), by Modality: running, lifting, combined.
    std::array<ModalityDay, kModalityCount> au{};
};

/// One ISO week (Monday first).
struct WeekPoint {
    units::CivilDay start{};  ///< Monday
    bool complete = false;    ///< all seven days inside the report's range
    double run_m = 0;
    double run_min = 0;
    int runs = 0;
    int run_days = 0;
    int high_intensity_runs = 0;
    double longest_run_m = 0;
    /// Two-week ramp of running (Nielsen 2014's reading): distance of this and the previous week against the two
    /// weeks before them, as a fraction ((now − before) / before); nothing unless both earlier weeks hold running.
    std::optional<double> ramp_two_weeks;
    double run_m_last_two_weeks = 0;    ///< this and the previous week
    double run_m_two_weeks_before = 0;  ///< the two weeks before those
    double trimp = 0;
    std::optional<double> monotony;  ///< Foster 1998 over the week's daily TRIMP (population SD)
    std::optional<double> strain;
    std::optional<double> acwr_uncoupled;  ///< this week's TRIMP / mean of the 3 weeks before (science::acwr)
    std::array<ModalityWeek, kModalityCount> au{};  ///< the AU model's week, by Modality
    GuidelineMinutes guideline;
    double moderate_equivalent_min = 0;
    int strength_days = 0;
    bool meets_aerobic = false;   ///< science::meets_aerobic_guideline
    bool meets_strength = false;  ///< science::meets_strength_guideline
    double tonnage_kg = 0;        ///< Σ weight × reps of working sets
    double hard_sets = 0;         ///< working sets (all muscles, each set once)
    std::array<double, domain::kMuscleGroupCount> sets_per_muscle{};  ///< direct 1, indirect 0.5 (Pelland 2024)
};

/// A main lift's best estimated 1RM in one session (Epley, sets of 1–10 reps; evidence.md §6).
struct LiftSession {
    units::CivilDay day{};
    double e1rm_kg = 0;
    double weight_kg = 0;
    int reps = 0;
    bool record = false;  ///< above every earlier session of this lift in the loaded history
};

struct LiftTrend {
    std::string key;   ///< catalog key, "squat_barbell"
    std::string name;  ///< "Squat (Barbell)"
    bool lower_body = false;
    std::vector<LiftSession> sessions;  ///< inside the report's range
    std::optional<double> early_best_kg;  ///< best e1RM of the first window (see Windows)
    std::optional<double> late_best_kg;   ///< best e1RM of the last window
    std::optional<double> change_fraction;  ///< (late − early) / early
    std::optional<double> slope_kg_per_week;  ///< least squares over the range's sessions
    int records = 0;
};

struct BodyPoint {
    units::CivilDay day{};
    double weight_kg = 0;
    double smoothed_kg = 0;  ///< 7-day EWMA of the measurements (science::ewma_step, additive form)
    std::optional<double> body_fat_pct;
    std::optional<double> lean_mass_kg;  ///< weight × (1 − body fat), when body fat is known
};

struct BodyTrend {
    std::vector<BodyPoint> points;  ///< inside the range
    std::optional<double> rate_kg_per_week;   ///< least-squares slope of the weights
    std::optional<double> rate_pct_per_week;  ///< of the mean weight
    std::optional<double> lean_change_kg;     ///< least-squares change of lean mass over the range
};

struct SleepPoint {
    units::CivilDay day{};
    double hours = 0;
    bool from_checkin = false;  ///< no imported sleep that day: the check-in's hours
};

struct SleepSummary {
    std::vector<SleepPoint> nights;
    std::optional<double> mean_h;
    int nights_under_7h = 0;  ///< AASM/NSF: ≥ 7 h (evidence.md §7)
    double target_h = 0;      ///< the athlete's own target
};

struct NutritionPoint {
    units::CivilDay day{};
    double intake_kcal = 0;
    std::optional<double> protein_g;
    std::optional<double> protein_g_per_lb;
    double exercise_kcal = 0;      ///< Σ science::session_net_kcal of the day's runs, walks and lifts
    double maintenance_kcal = 0;   ///< science::day_nutrition(...).maintenance_kcal for the day's sessions
    double balance_kcal = 0;       ///< intake − maintenance (< 0: deficit)
    /// The day's energy target for its training and the profile's phase (science::day_nutrition(...).kcal: the same
    /// target `plan` and `today` give), and intake minus it.
    double target_kcal = 0;
    double vs_target_kcal = 0;
    std::optional<double> energy_availability;  ///< kcal/kg FFM/day, when body fat is known
};

struct NutritionSummary {
    std::vector<NutritionPoint> days;
    std::optional<double> mean_intake_kcal;
    std::optional<double> mean_balance_kcal;
    std::optional<double> mean_target_kcal;     ///< mean of the logged days' targets
    std::optional<double> mean_vs_target_kcal;  ///< mean of intake − target
    std::optional<double> mean_protein_g;
    std::optional<double> mean_protein_g_per_lb;
    double protein_target_g_per_lb = 0;  ///< science::protein_g_per_lb(phase)
    std::optional<double> mean_energy_availability;
    int low_ea_days = 0;  ///< below 30 kcal/kg FFM (science::classify_energy_availability)
};

/// The report's first and last windows of complete weeks, for trend comparisons: up to 4 weeks each, at most half
/// of the complete weeks each, so they never overlap.
struct Windows {
    std::vector<std::size_t> early;  ///< indexes into Series::weeks
    std::vector<std::size_t> late;
};

struct Series {
    std::vector<DayPoint> days;    ///< every day of the range
    std::vector<WeekPoint> weeks;  ///< every ISO week touching the range
    Windows windows;
    std::vector<LiftTrend> lifts;  ///< main lifts with a session in the range, most sessions first
    BodyTrend body;
    SleepSummary sleep;
    NutritionSummary nutrition;
    /// The load state at the end of the day before range.first (what `today` reads as this morning's form).
    DayPoint before_range;
    /// Every session's load in AU over the loaded history, and the TRIMP scale used (analysis::training_loads).
    TrainingLoads training;
};

/// Guideline minutes of one activity for an athlete of body mass weight_kg (see GuidelineMinutes).
[[nodiscard]] GuidelineMinutes guideline_minutes(const ActivityRecord& activity);

/// True when a run is high-intensity (see kHighIntensityZone45Min).
[[nodiscard]] bool is_high_intensity_run(const ActivityRecord& activity, double max_hr_bpm);

/// The last complete week of the series, or nullptr.
[[nodiscard]] const WeekPoint* last_complete_week(const Series& series);

/// Builds every series of the report's range from the history. `max_hr_bpm` is the athlete's (measured or
/// estimated) HRmax for the intensity rule.
[[nodiscard]] Series build_series(const History& history, const domain::Athlete& athlete, double max_hr_bpm);

}  // namespace ironstride::analysis
