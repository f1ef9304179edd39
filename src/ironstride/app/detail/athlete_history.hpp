#pragma once

#include <cstddef>

#include "ironstride/analysis/history.hpp"
#include "ironstride/app/store_access.hpp"
#include "ironstride/planner/measured_body.hpp"
#include "ironstride/planner/measured_energy.hpp"
#include "ironstride/domain/athlete_id.hpp"
#include "ironstride/domain/day_range.hpp"
#include "ironstride/science/heart_rate_profile.hpp"
#include "ironstride/store/store.hpp"

namespace ironstride::app::detail {

/// The metrics-cache step of a use case that reads history: computes (analysis::compute_activity_metrics) and
/// caches the metrics of every activity of `athlete` that lacks them or has an older analysis::kMetricsVersion
/// (every one with `recompute_all`), in one write unit. Returns how many it computed. A read-only store (a database
/// this user may not write) caches nothing: load_history then computes what is missing in memory.
std::size_t refresh_metrics(store::Store& store, domain::AthleteId athlete, const science::HeartRateProfile& heart,
                            bool recompute_all = false);

/// The history of `range` with its warm-up (analysis::history_days), read in `unit` (one snapshot). Activities
/// whose cached metrics are missing or stale (only in a read-only store) get them computed here, not cached.
[[nodiscard]] analysis::History load_history(store::UnitOfWork& unit, domain::DayRange range,
                                             const science::HeartRateProfile& heart);

/// The activities and check-ins of `range` with its warm-up, read in `unit`, with the metrics as cached (none are
/// computed): what the planner reads (planner::training_history).
[[nodiscard]] analysis::History load_activities_and_checkins(store::UnitOfWork& unit, domain::DayRange range);

/// The body the targets use on `day` (planner::body_used) from the weigh-ins of the database, when there is one.
[[nodiscard]] planner::BodyUsed logged_body(StoreHandle& handle, domain::AthleteId athlete,
                                            const domain::Athlete& profile, units::CivilDay day);

/// The days before `day` (and `day`) a history must cover for the measured expenditure of `day`.
[[nodiscard]] domain::DayRange expenditure_days(units::CivilDay day);

/// The expenditure the food targets use on `day` (planner::energy_used): the measured estimate of the window ending
/// on `day` (analysis::measured_expenditure over the logged intake, weigh-ins and activities, the report's own
/// numbers), or the equations with the reason; read only when the database exists.
[[nodiscard]] planner::EnergyUsed logged_energy(StoreHandle& handle, domain::AthleteId athlete,
                                                const domain::Athlete& profile, units::CivilDay day);

}  // namespace ironstride::app::detail
