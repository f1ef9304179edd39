#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "ironstride/domain/activity.hpp"
#include "ironstride/domain/activity_metrics.hpp"
#include "ironstride/domain/daily_log.hpp"
#include "ironstride/domain/day_range.hpp"
#include "ironstride/domain/exercise_catalog.hpp"
#include "ironstride/domain/stored_activity.hpp"
#include "ironstride/units/civil_time.hpp"

namespace ironstride::analysis {

/// Days of history read before a report's first day, so that the 42-day fitness average has settled (after 365 days
/// a load's weight in CTL is e^(−365/42) < 0.02 %), the 30-day longest run and the 7/28-day baselines exist, and
/// e1RM records are judged against a year of sessions.
inline constexpr int kWarmupDays = 365;

/// One activity as the analysis sees it: the stored summary, the cached metrics and its local day.
struct ActivityRecord {
    std::int64_t id = 0;
    domain::Sport sport = domain::Sport::other;
    std::string name;
    units::Instant start_utc{};
    units::CivilDay day{};  ///< local day: start_utc + the activity's UTC offset (UTC when the source has none)
    std::optional<double> elapsed_s;
    std::optional<double> timer_s;
    std::optional<double> distance_m;
    std::optional<double> avg_hr_bpm;
    std::optional<double> max_hr_bpm;
    std::optional<double> ascent_m;
    std::optional<double> rpe;  ///< session RPE (CR-10) stored with the activity
    std::optional<domain::ActivityMetrics> metrics;

    /// Moving (timer) minutes, else elapsed minutes.
    [[nodiscard]] std::optional<double> minutes() const;
    /// Distance over moving time, m/s, when both are known and positive.
    [[nodiscard]] std::optional<double> speed_mps() const;
    /// start_utc plus the elapsed (else moving) time.
    [[nodiscard]] units::Instant end_utc() const;
    [[nodiscard]] bool is_run() const { return sport == domain::Sport::running; }
};

/// A working set: not a warm-up, at least one repetition.
struct WorkingSet {
    std::int64_t activity_id = 0;
    units::Instant start_utc{};  ///< the workout's start
    units::CivilDay day{};       ///< the workout's local day
    const domain::ExerciseInfo* exercise = nullptr;  ///< the catalog entry (never null; "other" when unknown)
    std::optional<double> weight_kg;
    int reps = 0;
    std::optional<double> rpe;
};

/// Everything a report or `today` reads from the database, once.
struct History {
    domain::DayRange range;             ///< the report's days
    units::CivilDay loaded_from{};      ///< range.first − kWarmupDays
    std::vector<ActivityRecord> activities;  ///< local days in [loaded_from, range.last], by start time
    std::vector<WorkingSet> sets;            ///< of those activities, by start time then order
    std::vector<domain::BodyEntry> body;     ///< days in [loaded_from, range.last]
    std::vector<domain::SleepEntry> sleep;
    std::vector<domain::NutritionEntry> nutrition;
    std::vector<domain::CheckIn> checkins;
};

/// The local day of an instant with an offset in minutes.
[[nodiscard]] units::CivilDay local_day(units::Instant start_utc, int utc_offset_min);

/// The days a history for `range` reads: range.first − kWarmupDays … range.last.
[[nodiscard]] domain::DayRange history_days(domain::DayRange range);

/// The activities a history for `range` reads from the store: those starting within 14 h of the loaded days (local
/// days are UTC ± up to 14 h), by start time; history_from_rows keeps those whose local day falls in them.
[[nodiscard]] domain::ActivityFilter history_activity_filter(domain::DayRange range);

/// What the store gave for history_days(range) and history_activity_filter(range).
struct HistoryRows {
    std::vector<domain::ActivityWithMetrics> activities;  ///< with the metrics cache as it is
    std::vector<domain::StoredStrengthSet> sets;
    std::vector<domain::BodyEntry> body;
    std::vector<domain::SleepEntry> sleep;
    std::vector<domain::NutritionEntry> nutrition;
    std::vector<domain::CheckIn> checkins;
};

/// The history of a report over `range` (range.first ≤ range.last) from the stored rows: activities on their local
/// days, working sets (no warm-ups, at least one rep) of the kept activities. Pure.
[[nodiscard]] History history_from_rows(domain::DayRange range, HistoryRows rows);

}  // namespace ironstride::analysis
