#pragma once

#include <cstdint>
#include <vector>

#include "ironstride/app/store_access.hpp"
#include "ironstride/domain/athlete_id.hpp"
#include "ironstride/domain/stored_activity.hpp"

namespace ironstride::app {

/// The use case `activities`: the athlete's imported activities the filter selects, by start time (one snapshot).
[[nodiscard]] std::vector<domain::ActivitySummary> list_activities(StoreHandle& store, domain::AthleteId athlete,
                                                                   const domain::ActivityFilter& filter);

/// The use case `show`: one activity with its laps, sets and samples. util::Error when the athlete has no
/// activity with that id.
[[nodiscard]] domain::StoredActivity show_activity(StoreHandle& store, domain::AthleteId athlete, std::int64_t id);

}  // namespace ironstride::app
