#include "ironstride/app/activities.hpp"

#include <fmt/format.h>

#include "ironstride/util/error.hpp"

namespace ironstride::app {

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
