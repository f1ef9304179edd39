#include "ironstride/analysis/history.hpp"

#include <algorithm>
#include <chrono>

#include "ironstride/analysis/detail/activity_extras.hpp"
#include "ironstride/store/activity_repository.hpp"
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

History load_history(store::Database& db, store::DayRange range) {
    History history;
    history.range = range;
    history.loaded_from = range.first - std::chrono::days{kWarmupDays};

    // A day's activities may start up to 14 h either side of its UTC midnight (UTC offsets are −12 h … +14 h).
    store::ActivityFilter filter;
    filter.from_utc = units::Instant{history.loaded_from - std::chrono::days{1}};
    filter.until_utc = units::Instant{range.last + std::chrono::days{2}};
    const auto extras = detail::activity_extras(db, *filter.from_utc, *filter.until_utc);
    std::vector<std::int64_t> kept_ids;
    for (store::ActivityWithMetrics& row : store::list_activities_with_metrics(db, filter)) {
        const store::ActivitySummary& a = row.activity;
        ActivityRecord record;
        record.id = a.id;
        record.sport = a.sport;
        record.name = a.name;
        record.start_utc = a.start_utc;
        record.day = local_day(a.start_utc, a.utc_offset ? a.utc_offset->minutes : 0);
        if (record.day < history.loaded_from || record.day > range.last) continue;
        record.elapsed_s = a.elapsed_s;
        record.timer_s = a.timer_s;
        record.distance_m = a.distance_m;
        record.avg_hr_bpm = a.avg_hr_bpm;
        record.max_hr_bpm = a.max_hr_bpm;
        if (const auto found = extras.find(a.id); found != extras.end()) {
            record.ascent_m = found->second.ascent_m;
            record.rpe = found->second.rpe;
        }
        record.metrics = std::move(row.metrics);
        if (a.set_count > 0) kept_ids.push_back(a.id);
        history.activities.push_back(std::move(record));
    }
    std::sort(kept_ids.begin(), kept_ids.end());

    for (const store::StoredStrengthSet& stored : store::list_strength_sets(db, filter)) {
        if (!std::binary_search(kept_ids.begin(), kept_ids.end(), stored.activity_id)) continue;
        const domain::StrengthSet& set = stored.set;
        if (set.warmup || !set.reps || *set.reps < 1) continue;
        WorkingSet working;
        working.activity_id = stored.activity_id;
        working.start_utc = stored.activity_start_utc;
        working.day = local_day(stored.activity_start_utc, stored.utc_offset ? stored.utc_offset->minutes : 0);
        working.exercise = &domain::find_exercise(stored.exercise_key);
        if (set.weight_kg && *set.weight_kg > 0) working.weight_kg = set.weight_kg;
        working.reps = *set.reps;
        working.rpe = set.rpe;
        history.sets.push_back(working);
    }

    const store::DayRange days{history.loaded_from, range.last};
    history.body = store::body_days(db, days);
    history.sleep = store::sleep_days(db, days);
    history.nutrition = store::nutrition_days(db, days);
    history.checkins = store::checkins(db, days);
    return history;
}

}  // namespace ironstride::analysis
