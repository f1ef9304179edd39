#include "ironstride/app/activities.hpp"

#include <chrono>

#include <fmt/format.h>

#include "ironstride/util/error.hpp"

namespace ironstride::app {

domain::ActivityFilter activity_filter(std::optional<units::CivilDay> from, std::optional<units::CivilDay> to,
                                       std::optional<domain::Sport> sport) {
    domain::ActivityFilter filter;
    if (from) filter.from_utc = units::Instant{*from};
    if (to) filter.until_utc = units::Instant{*to + std::chrono::days{1}};
    filter.sport = sport;
    return filter;
}

std::vector<domain::ActivitySummary> list_activities(StoreHandle& store, domain::AthleteId athlete,
                                                     const domain::ActivityFilter& filter) {
    const auto snapshot = store.get().read(athlete);
    return snapshot->activities().list(filter);
}

domain::StoredActivity show_activity(StoreHandle& handle, domain::AthleteId athlete, std::int64_t id) {
    store::Store& store = handle.get();
    const auto snapshot = store.read(athlete);
    std::optional<domain::StoredActivity> stored = snapshot->activities().get(id);
    if (!stored) {
        throw util::Error(util::ErrorCode::usage_not_found, fmt::format("no activity with id {} in {}", id, store.location())).with_hint("list them with: ironstride activities");
    }
    return std::move(*stored);
}

}  // namespace ironstride::app
