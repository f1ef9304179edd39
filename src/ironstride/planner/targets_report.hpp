#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "ironstride/domain/athlete.hpp"
#include "ironstride/planner/measured_body.hpp"
#include "ironstride/planner/measured_energy.hpp"
#include "ironstride/science/day_nutrition.hpp"
#include "ironstride/science/protein_distribution.hpp"
#include "ironstride/units/civil_time.hpp"

namespace ironstride::planner {

// The result model of `ironstride targets` (STYLE habit 12): everything the command prints, computed once, in SI
// units, with the source of each number. Writers (targets_text, targets_json) only format it. Absent values are
// empty optionals, never made up.

/// The athlete as read from the profile.
struct TargetsAthlete {
    std::string name;
    domain::Sex sex = domain::Sex::female;
    int age_years = 0;
    double height_m = 0;
    double weight_kg = 0;
    std::optional<double> body_fat_pct;
    std::optional<double> resting_hr_bpm;  ///< empty when the profile has none (≤ 0)
    domain::Phase phase = domain::Phase::maintain;
    double rate_pct_per_week = 0;
    domain::Lifestyle lifestyle = domain::Lifestyle::sedentary;
    domain::RunningExperience experience = domain::RunningExperience::new_runner;
};

struct TargetsHrZone {
    std::string name;   ///< "Z1" … "Z5"
    std::string label;  ///< "moderate", …
    double low_pct = 0;   ///< of HRR or HRmax (see TargetsHeartRate::zone_basis)
    double high_pct = 0;  ///< exclusive upper edge, except for the last zone (100)
    int low_bpm = 0;
    int high_bpm = 0;
};

struct TargetsHeartRate {
    double max_bpm = 0;
    std::string max_source;    ///< "measured", "tanaka", …
    std::string max_citation;  ///< the study, or "measured (athlete profile)"
    std::string zone_model;    ///< "acsm_hrr" / "acsm_hrmax"
    std::string zone_model_description;
    std::string zone_basis;  ///< "hrr" or "hrmax"
    std::string zone_source;
    std::vector<TargetsHrZone> zones;  ///< five; zones[1] is Z2
};

struct TargetsPaceZone {
    std::string name;  ///< "E", "M", "T", "I", "R"
    std::optional<double> low_pct_vo2max;
    std::optional<double> high_pct_vo2max;
    double slow_speed_mps = 0;
    double fast_speed_mps = 0;
};

struct TargetsRace {
    double distance_m = 0;
    double time_s = 0;
};

struct TargetsPace {
    std::optional<double> vdot;            ///< from the profile's recent race, else empty
    std::optional<TargetsRace> from_race;  ///< that race
    std::optional<units::CivilDay> race_date;
    std::vector<TargetsPaceZone> zones;  ///< E, M, T, I, R; empty without a VDOT
    double treadmill_grade_pct = 0;      ///< treadmill setting: the same speed at this grade
};

struct TargetsPrediction {
    double distance_m = 0;
    double time_s = 0;                    ///< Daniels VDOT prediction
    std::optional<double> riegel_time_s;  ///< Riegel 1981 from the same race, for comparison
};

struct TargetsEnergy {
    double bmr_kcal = 0;
    std::string bmr_equation;  ///< "katch_mcardle" / "mifflin_st_jeor"
    std::string bmr_source;
    double neat_factor = 0;
};

/// One reference day: the sessions assumed and the day's targets.
struct TargetsDay {
    std::string key;          ///< "rest", "easy", "lift", "hard"
    std::string description;  ///< e.g. "45 min easy run + nothing else"
    std::vector<science::SessionLoad> sessions;
    science::DayNutrition nutrition;
};

/// The day's protein spread over meals (science::protein_distribution), with the leucine each meal should hold.
struct TargetsProtein {
    double daily_g = 0;
    science::ProteinDistribution distribution;
};

struct TargetsSource {
    std::string topic;     ///< "BMR", "HR max", …
    std::string citation;  ///< study / organisation
};

struct TargetsReport {
    units::CivilDay date{};
    domain::UnitSystem units = domain::UnitSystem::metric;  ///< for display
    TargetsAthlete athlete;
    TargetsHeartRate hr;
    TargetsPace pace;
    std::vector<TargetsPrediction> predictions;  ///< 5K, 10K, HM, M; empty without a recent race
    TargetsEnergy energy;
    std::array<TargetsDay, 4> days;  ///< rest, easy, lift, hard
    TargetsProtein protein;
    std::vector<TargetsSource> sources;
    std::vector<std::string> notes;  ///< caveats the reader must see (estimated HRmax, carb floor, low EA …)
    BodyUsed body;  ///< the weight everything was sized from (planner/measured_body.hpp), set by the use case
    EnergyUsed expenditure;  ///< what sized the calories: the equations or the measured expenditure
};

/// The reference days (documented in docs/commands/targets.md):
/// - rest: no training;
/// - easy: a 45-min easy run at the middle of Daniels E pace (without a race: no speed, Compendium jogging); a new
///   runner gets a 30-min run/walk instead (Couch-to-5K style);
/// - lift: the athlete's first lower-body-heavy lifting session from the profile (else the first session, else
///   60 min), at moderate intensity;
/// - hard: that lifting session plus a 40-min quality run at high intensity (at the middle of T pace when known);
///   a new runner gets a brisk 30-min run/walk instead.
[[nodiscard]] std::array<TargetsDay, 4> reference_days(const domain::Athlete& athlete,
                                                       const std::optional<double>& vdot);

/// Builds the whole report for an athlete on a day (ages from birth dates are taken on `today`), to be shown in
/// `display_units`, with each day's need moved by the measured `expenditure`'s offset. Pure: no I/O.
[[nodiscard]] TargetsReport build_targets_report(const domain::Athlete& athlete, units::CivilDay today,
                                                 domain::UnitSystem display_units, const EnergyUsed& expenditure = {});

}  // namespace ironstride::planner
