#pragma once

#include <cstddef>

#include "ironstride/analysis/history.hpp"
#include "ironstride/analysis/series.hpp"
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

/// The days before `day` (and `day`) a history must cover for the food basis of `day` (the measured expenditure's
/// window, which holds the body weight's).
[[nodiscard]] domain::DayRange expenditure_days(units::CivilDay day);

/// What the food targets of `day` are sized from: the body (planner::body_used: the trend of the recent weigh-ins,
/// else the profile's) and the expenditure (planner::energy_used: the measured estimate of the window ending on
/// `day`, analysis::measured_expenditure, the report's own numbers; else the equations with the reason).
struct FoodBasis {
    planner::BodyUsed body;
    planner::EnergyUsed energy;
};

/// The food basis from a history and its series covering expenditure_days(day). Pure.
[[nodiscard]] FoodBasis food_basis(const analysis::History& history, const analysis::Series& series,
                                   const domain::Athlete& profile, units::CivilDay day);

/// The food basis from the database (one snapshot), when there is one; the profile and the equations otherwise.
[[nodiscard]] FoodBasis logged_food_basis(StoreHandle& handle, domain::AthleteId athlete,
                                          const domain::Athlete& profile, units::CivilDay day);

}  // namespace ironstride::app::detail
