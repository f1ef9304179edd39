#pragma once

#include <filesystem>
#include <optional>

#include "ironstride/app/store_access.hpp"
#include "ironstride/domain/athlete_id.hpp"
#include "ironstride/planner/today.hpp"
#include "ironstride/units/civil_time.hpp"

namespace ironstride::app {

struct TodayRequest {
    std::filesystem::path profile_path;
    std::optional<units::CivilDay> day;  ///< default today
    units::CivilDay today{};
};

/// The use case `today`: readiness from the check-ins and form, the day's planned session adapted to it, and the
/// day's food and sleep targets (planner::build_today). Steps: load the profile; cache missing metrics (a write
/// unit); read the 28 days before the day in one snapshot; build.
[[nodiscard]] planner::TodayReport today(StoreHandle& store, domain::AthleteId athlete, const TodayRequest& request);

}  // namespace ironstride::app
