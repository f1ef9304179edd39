#include "ironstride/app/detail/athlete_history.hpp"

#include <chrono>

#include <limits>
#include <vector>

#include <fmt/format.h>

#include "ironstride/analysis/activity_metrics.hpp"
#include "ironstride/analysis/expenditure.hpp"
#include "ironstride/analysis/series.hpp"
#include "ironstride/util/error.hpp"

namespace ironstride::app::detail {

std::size_t refresh_metrics(store::Store& store, domain::AthleteId athlete, const science::HeartRateProfile& heart,
                            bool recompute_all) {
    if (store.read_only()) return 0;
    // Every cached row is older than INT_MAX, so that version selects all activities.
    const int version = recompute_all ? std::numeric_limits<int>::max() : analysis::kMetricsVersion;
    {
        // Most reports find nothing to do: ask a read snapshot first, so they never wait for an import's lock.
        const auto probe = store.read(athlete);
        if (probe->metrics().stale(version).empty()) return 0;
    }
    const auto unit = store.write(athlete);
    // Under the write lock the list cannot change while the metrics are computed.
    const std::vector<std::int64_t> ids = unit->metrics().stale(version);
    for (const std::int64_t id : ids) {
        const std::optional<domain::StoredActivity> stored = unit->activities().get(id);
        if (!stored) {
            throw util::Error(util::ErrorCode::storage_changed_meanwhile, fmt::format("{}: activity {} vanished while its metrics were computed",
                                                  store.location(), id));
        }
        unit->metrics().write(analysis::compute_activity_metrics(id, stored->activity, heart));
    }
    unit->commit();
    return ids.size();
}

namespace {

/// Computes, in memory, the metrics the cache lacks; the activity is read in the same snapshot.
void fill_missing_metrics(store::UnitOfWork& unit, std::vector<domain::ActivityWithMetrics>& rows,
                          const science::HeartRateProfile& heart) {
    for (domain::ActivityWithMetrics& row : rows) {
        if (row.metrics && row.metrics->computed_version >= analysis::kMetricsVersion) continue;
        const std::optional<domain::StoredActivity> stored = unit.activities().get(row.activity.id);
        if (stored) row.metrics = analysis::compute_activity_metrics(row.activity.id, stored->activity, heart);
    }
}

}  // namespace

analysis::History load_history(store::UnitOfWork& unit, domain::DayRange range, const science::HeartRateProfile& heart) {
    const domain::DayRange days = analysis::history_days(range);
    const domain::ActivityFilter filter = analysis::history_activity_filter(range);
    analysis::HistoryRows rows;
    rows.activities = unit.metrics().list_with_activities(filter);
    fill_missing_metrics(unit, rows.activities, heart);
    rows.sets = unit.activities().strength_sets(filter);
    rows.body = unit.daily_logs().body(days);
    rows.sleep = unit.daily_logs().sleep(days);
    rows.nutrition = unit.daily_logs().nutrition(days);
    rows.checkins = unit.checkins().list(days);
    return analysis::history_from_rows(range, std::move(rows));
}

analysis::History load_activities_and_checkins(store::UnitOfWork& unit, domain::DayRange range) {
    analysis::HistoryRows rows;
    rows.activities = unit.metrics().list_with_activities(analysis::history_activity_filter(range));
    rows.checkins = unit.checkins().list(analysis::history_days(range));
    return analysis::history_from_rows(range, std::move(rows));
}

domain::DayRange expenditure_days(units::CivilDay day) {
    return {day - std::chrono::days{science::kExpenditureWindowDays - 1}, day};
}

FoodBasis food_basis(const analysis::History& history, const analysis::Series& series,
                     const domain::Athlete& profile, units::CivilDay day) {
    return {planner::body_used(profile, history.body, day),
            planner::energy_used(analysis::measured_expenditure(series.nutrition, series.body, profile, day))};
}

FoodBasis logged_food_basis(StoreHandle& handle, domain::AthleteId athlete, const domain::Athlete& profile,
                            units::CivilDay day) {
    store::Store* store = handle.find();
    if (store == nullptr) {
        return {planner::body_used(profile, {}, day),
                planner::equation_energy("no database with logged intake and weigh-ins yet")};
    }
    const science::HeartRateProfile heart = science::heart_rate_profile(profile, day);
    const analysis::History history = [&] {
        const auto snapshot = store->read(athlete);
        return load_history(*snapshot, expenditure_days(day), heart);
    }();
    return food_basis(history, analysis::build_series(history, profile, heart.max_hr_bpm), profile, day);
}

}  // namespace ironstride::app::detail
