#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "ironstride/app/store_access.hpp"
#include "ironstride/domain/athlete_id.hpp"
#include "ironstride/domain/stored_activity.hpp"

namespace ironstride::app {

/// The activities starting on the local days from … to (each inclusive, either open) of one sport or all: the days
/// are read as UTC days, as the listing shows start times in UTC.
[[nodiscard]] domain::ActivityFilter activity_filter(std::optional<units::CivilDay> from,
                                                     std::optional<units::CivilDay> to,
                                                     std::optional<domain::Sport> sport);

/// The use case `activities`: the athlete's imported activities the filter selects, by start time (one snapshot).
[[nodiscard]] std::vector<domain::ActivitySummary> list_activities(StoreHandle& store, domain::AthleteId athlete,
                                                                   const domain::ActivityFilter& filter);

/// The use case `show`: one activity with its laps, sets and samples. util::Error when the athlete has no
/// activity with that id.
[[nodiscard]] domain::StoredActivity show_activity(StoreHandle& store, domain::AthleteId athlete, std::int64_t id);

}  // namespace ironstride::app
