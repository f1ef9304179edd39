#pragma once

// The athlete profile schema, version 1: every key, its range and its unit in one place. docs/profile.md documents
// the same table for people; keep the two in step.
//
// Two kinds of limits live here:
// - *plausibility limits* (errors): values outside them are typing mistakes or units mix-ups (a 900 lb
//   bodyweight), not claims about physiology. They are deliberately wide.
// - *evidence bands* (warnings): each cites its ../shared/evidence.md entry.

#include <array>
#include <cstddef>
#include <string_view>

namespace ironstride::profile {

/// The only schema version this loader reads. A profile names its version in `schema_version`; a later version
/// of the schema gets a new number and a converter, never a silent change of meaning (docs/profile.md,
/// "Versioning").
inline constexpr int kSchemaVersion = 1;

/// Profiles larger than this are rejected before parsing (a profile is a few hundred bytes; this bounds the work
/// done on hostile input).
inline constexpr std::size_t kMaxProfileBytes = 1024 * 1024;

/// Longest `name`, in bytes.
inline constexpr std::size_t kMaxNameBytes = 60;
/// Longest free-text value (split name, session name), in bytes.
inline constexpr std::size_t kMaxLabelBytes = 60;

/// A numeric key: its name, the inclusive range allowed, the unit shown in messages, an example value for hints,
/// and whether only whole numbers are accepted.
struct NumberSpec {
    std::string_view key;
    double min = 0;
    double max = 0;
    std::string_view unit;
    std::string_view example;
    std::string_view hint;  ///< shown when the value is out of range
    bool whole = false;
};

// ---- top level ---------------------------------------------------------------------------------------------------

inline constexpr NumberSpec kSchemaVersionSpec{"schema_version",
                                               kSchemaVersion,
                                               kSchemaVersion,
                                               "",
                                               "1",
                                               "this version of ironstride reads schema_version = 1",
                                               true};

// ---- [body] (plausibility limits for adults and adolescents who train) ---------------------------------------------

inline constexpr NumberSpec kAgeSpec{
    "age", 14, 100, "years", "35", "give your age in whole years (ironstride is meant for people aged 14 to 100)",
    true};
inline constexpr NumberSpec kHeightCmSpec{
    "height_cm", 120, 230, "cm", "170", "give your height in centimetres (for inches use height_in)"};
/// 47–91 in ≈ 119–231 cm, the same range as height_cm.
inline constexpr NumberSpec kHeightInSpec{
    "height_in", 47, 91, "in", "67", "give your height in inches, e.g. 5 ft 7 in = 67 (for cm use height_cm)"};
inline constexpr NumberSpec kWeightKgSpec{
    "weight_kg", 30, 250, "kg", "70", "give your body weight in kilograms (for pounds use weight_lb)"};
/// 66–550 lb ≈ 30–250 kg, the same range as weight_kg.
inline constexpr NumberSpec kWeightLbSpec{
    "weight_lb", 66, 550, "lb", "154", "give your body weight in pounds (for kilograms use weight_kg)"};
inline constexpr NumberSpec kBodyFatSpec{
    "body_fat_pct", 3, 60, "%", "20", "give body fat as a percentage of body weight, or leave the key out"};

// ---- [heart] -----------------------------------------------------------------------------------------------------

inline constexpr NumberSpec kRestingHrSpec{
    "resting_bpm", 30, 110, "beats/min", "60", "measure your pulse for a minute on waking, lying still"};
inline constexpr NumberSpec kMaxHrSpec{
    "max_bpm",   120,   230,
    "beats/min", "185", "give a measured maximum heart rate, or leave the key out to have it estimated"};

// ---- [goal] ------------------------------------------------------------------------------------------------------

/// Custom race distances: from the 1500 m to the marathon, the span the race-time models are used for
/// (evidence.md §2 "Jack Daniels VDOT" table 5K–marathon; "Riegel race-time model", about 3.5 min to 3 h 50 min).
inline constexpr NumberSpec kRaceDistanceSpec{
    "race_distance", 1500,
    42195,           "m",
    "\"10k\"",       "use \"5k\", \"10k\", \"half\", \"marathon\" or metres from 1500 to 42195"};

/// Hard limits on the weekly rate of weight change, % of body weight (plausibility, errors).
inline constexpr NumberSpec kCutRateSpec{
    "rate_pct_per_week",         0.05,  2.0,
    "% of body weight per week", "0.7", "a cut loses 0.5 to 1 % of body weight per week (Helms 2014)"};
inline constexpr NumberSpec kBulkRateSpec{
    "rate_pct_per_week",         0.05,  1.0,
    "% of body weight per week", "0.3", "a lean bulk gains 0.25 to 0.5 % of body weight per week (Iraki 2019)"};

/// Evidence band for loss: 0.5–1 % of body weight per week to retain muscle (evidence.md §5 "Rates of weight
/// change", Helms 2014 [V]). Outside it: a warning.
inline constexpr double kCutRateBandMinPct = 0.5;
inline constexpr double kCutRateBandMaxPct = 1.0;
/// Evidence band for gain: 0.25–0.5 % of body weight per week for novice/intermediate lifters (evidence.md §5
/// "Rates of weight change", Iraki 2019 [V]). Outside it: a warning.
inline constexpr double kBulkRateBandMinPct = 0.25;
inline constexpr double kBulkRateBandMaxPct = 0.5;

/// An event date further ahead than this is taken for a typing mistake (e.g. 2072 for 2027).
inline constexpr int kMaxEventYearsAhead = 3;

// ---- [running] ---------------------------------------------------------------------------------------------------

inline constexpr NumberSpec kLongestRunSpec{"longest_recent_run_min",
                                            0,
                                            600,
                                            "min",
                                            "30",
                                            "the longest single run of the last 30 days, in minutes (0 if none)"};
inline constexpr NumberSpec kWeeklyRunSpec{
    "recent_weekly_run_min", 0, 3000, "min", "90", "running minutes in a typical recent week (0 if none)"};
/// Planned growth of weekly running time. Default 10 % is a convention (Buist 2008 found the 10 % rule prevents
/// nothing); more than 30 % over two weeks may raise the risk of distance-related injuries (Nielsen 2014,
/// HR 1.59). evidence.md §2 "Progression and the 10% rule".
inline constexpr NumberSpec kWeeklyIncreaseSpec{
    "max_weekly_increase_pct",
    0,
    30,
    "%",
    "10",
    "more than 30 % growth over two weeks may raise injury risk (Nielsen 2014); 10 % is the usual convention"};
inline constexpr double kDefaultWeeklyIncreasePct = 10.0;

/// Average speed of a race result, m/s (plausibility): from 1 m/s (3.6 km/h, slower than walking) to 7.5 m/s
/// (faster than any world record from 1500 m to the marathon).
inline constexpr double kMinRaceSpeedMps = 1.0;
inline constexpr double kMaxRaceSpeedMps = 7.5;

// ---- [[lifting.session]] -----------------------------------------------------------------------------------------

inline constexpr NumberSpec kSessionDurationSpec{
    "duration_min", 10, 300, "min", "60", "the session's length in whole minutes", true};
inline constexpr int kDefaultSessionDurationMin = 60;

// ---- [recovery] --------------------------------------------------------------------------------------------------

inline constexpr NumberSpec kSleepTargetSpec{
    "sleep_target_h", 5, 11, "h", "8", "the hours of sleep you aim for each night, e.g. 8"};
inline constexpr double kDefaultSleepTargetH = 8.0;
/// Recommended sleep: 7–9 h for adults, 7–8 h from age 65 (National Sleep Foundation, Hirshkowitz 2015 [V];
/// evidence.md §7 "Sleep"). Outside the band: a warning.
inline constexpr double kSleepBandMinH = 7.0;
inline constexpr double kSleepBandMaxH = 9.0;
inline constexpr double kSleepBandMaxOlderH = 8.0;
inline constexpr int kOlderAdultAge = 65;

// ---- key lists per table (for "unknown key" and "did you mean")
// ------------------------------------------------------

inline constexpr std::array<std::string_view, 14> kRootKeys{
    "schema_version", "name",    "units",        "body",     "heart",     "goal",      "running",
    "equipment",      "lifting", "availability", "recovery", "nutrition", "time_zone", "health"};
inline constexpr std::array<std::string_view, 1> kHealthKeys{"conditions"};
/// In the order of domain::HealthCondition.
inline constexpr std::array<std::string_view, 4> kConditionNames{"knee_osteoarthritis", "hip_osteoarthritis",
                                                                 "osteopenia", "recent_injury"};
/// Longest IANA zone name accepted ("America/Argentina/ComodRivadavia" is 32 bytes).
inline constexpr std::size_t kMaxTimeZoneBytes = 64;
inline constexpr std::array<std::string_view, 8> kBodyKeys{"sex",       "birth_date", "age",       "height_cm",
                                                           "height_in", "weight_kg",  "weight_lb", "body_fat_pct"};
inline constexpr std::array<std::string_view, 2> kHeartKeys{"resting_bpm", "max_bpm"};
inline constexpr std::array<std::string_view, 6> kGoalKeys{"focus", "race_distance", "phase", "rate_pct_per_week",
                                                           "event", "event_date"};
inline constexpr std::array<std::string_view, 5> kRunningKeys{
    "experience", "longest_recent_run_min", "recent_weekly_run_min", "max_weekly_increase_pct", "recent_race"};
inline constexpr std::array<std::string_view, 3> kRecentRaceKeys{"distance", "time", "date"};
inline constexpr std::array<std::string_view, 3> kEquipmentKeys{"treadmill", "pool", "water_treadmill"};
inline constexpr std::array<std::string_view, 2> kLiftingKeys{"split", "session"};
inline constexpr std::array<std::string_view, 5> kSessionKeys{"day", "name", "start", "duration_min",
                                                              "lower_body_heavy"};
inline constexpr std::array<std::string_view, 7> kWeekdayKeys{"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
inline constexpr std::array<std::string_view, 1> kRecoveryKeys{"sleep_target_h"};
inline constexpr std::array<std::string_view, 1> kNutritionKeys{"lifestyle"};

// ---- allowed words ---------------------------------------------------------------------------------------------

inline constexpr std::array<std::string_view, 2> kUnitNames{"metric", "imperial"};
inline constexpr std::array<std::string_view, 2> kSexNames{"female", "male"};
inline constexpr std::array<std::string_view, 5> kFocusNames{"physique", "hybrid", "general_health", "longevity",
                                                             "race"};
inline constexpr std::array<std::string_view, 3> kPhaseNames{"cut", "maintain", "lean_bulk"};
inline constexpr std::array<std::string_view, 2> kEventNames{"show", "race"};
inline constexpr std::array<std::string_view, 4> kExperienceNames{"new", "returning", "intermediate", "advanced"};
inline constexpr std::array<std::string_view, 3> kLifestyleNames{"sedentary", "light", "active"};
inline constexpr std::array<std::string_view, 4> kRaceDistanceNames{"5k", "10k", "half", "marathon"};

}  // namespace ironstride::profile
