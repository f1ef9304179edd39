#include "ironstride/analysis/history.hpp"

#include <algorithm>
#include <chrono>

#include <utility>

#include "ironstride/units/conversions.hpp"

namespace ironstride::analysis {

std::optional<double> ActivityRecord::minutes() const {
    if (timer_s && *timer_s > 0) return *timer_s / units::kSecondsPerMinute;
    if (elapsed_s && *elapsed_s > 0) return *elapsed_s / units::kSecondsPerMinute;
    return std::nullopt;
}

std::optional<double> ActivityRecord::speed_mps() const {
    const std::optional<double> moving_s = timer_s && *timer_s > 0 ? timer_s : elapsed_s;
    if (!distance_m || !moving_s || *distance_m <= 0 || *moving_s <= 0) return std::nullopt;
    return *distance_m / *moving_s;
}

units::Instant ActivityRecord::end_utc() const {
    const double seconds = elapsed_s.value_or(timer_s.value_or(0.0));
    return start_utc + std::chrono::seconds{static_cast<std::int64_t>(std::max(0.0, seconds))};
}

units::CivilDay local_day(units::Instant start_utc, int utc_offset_min) {
    return std::chrono::floor<std::chrono::days>(start_utc + std::chrono::minutes{utc_offset_min});
}

namespace {

/// The record of an activity with a start (the caller skips the others).
ActivityRecord activity_record(domain::ActivityWithMetrics& row) {
    const domain::ActivitySummary& a = row.activity;
    const units::Instant start_utc = a.start_utc.value();
    ActivityRecord record;
    record.id = a.id;
    record.sport = a.sport;
    record.name = a.name;
    record.start_utc = start_utc;
    record.day = local_day(start_utc, a.utc_offset ? a.utc_offset->minutes : 0);
    record.elapsed_s = a.elapsed_s;
    record.timer_s = a.timer_s;
    record.distance_m = a.distance_m;
    record.avg_hr_bpm = a.avg_hr_bpm;
    record.max_hr_bpm = a.max_hr_bpm;
    record.ascent_m = a.ascent_m;
    record.rpe = a.rpe;
    record.metrics = std::move(row.metrics);
    return record;
}

/// A working set of one of the kept activities (sorted ids), or nothing for warm-ups and sets without reps.
std::optional<WorkingSet> working_set(const domain::StoredStrengthSet& stored, const std::vector<std::int64_t>& kept) {
    if (!std::binary_search(kept.begin(), kept.end(), stored.activity_id)) return std::nullopt;
    const domain::StrengthSet& set = stored.set;
    if (set.warmup || !set.reps || *set.reps < 1) return std::nullopt;
    WorkingSet working;
    working.activity_id = stored.activity_id;
    working.start_utc = stored.activity_start_utc;
    working.day = local_day(stored.activity_start_utc, stored.utc_offset ? stored.utc_offset->minutes : 0);
    working.exercise = &domain::find_exercise(stored.exercise_key);
    if (set.weight_kg && *set.weight_kg > 0) working.weight_kg = set.weight_kg;
    working.reps = *set.reps;
    working.rpe = set.rpe;
    return working;
}

}  // namespace

domain::DayRange history_days(domain::DayRange range) {
    return {range.first - std::chrono::days{kWarmupDays}, range.last};
}

domain::ActivityFilter history_activity_filter(domain::DayRange range) {
    // A day's activities may start up to 14 h either side of its UTC midnight (UTC offsets are −12 h … +14 h).
    domain::ActivityFilter filter;
    filter.from_utc = units::Instant{history_days(range).first - std::chrono::days{1}};
    filter.until_utc = units::Instant{range.last + std::chrono::days{2}};
    return filter;
}

History history_from_rows(domain::DayRange range, HistoryRows rows) {
    History history;
    history.range = range;
    history.loaded_from = history_days(range).first;
    std::vector<std::int64_t> kept_ids;
    for (domain::ActivityWithMetrics& row : rows.activities) {
        if (!row.activity.start_utc) continue;  // a file without times has no day in a history
        ActivityRecord record = activity_record(row);
        if (record.day < history.loaded_from || record.day > range.last) continue;
        if (row.activity.set_count > 0) kept_ids.push_back(record.id);
        history.activities.push_back(std::move(record));
    }
    std::sort(kept_ids.begin(), kept_ids.end());
    for (const domain::StoredStrengthSet& stored : rows.sets) {
        if (auto working = working_set(stored, kept_ids)) history.sets.push_back(*working);
    }
    history.body = std::move(rows.body);
    history.sleep = std::move(rows.sleep);
    history.nutrition = std::move(rows.nutrition);
    history.checkins = std::move(rows.checkins);
    return history;
}

}  // namespace ironstride::analysis
