#pragma once

#include <filesystem>
#include <optional>

#include "ironstride/app/store_access.hpp"
#include "ironstride/domain/athlete.hpp"
#include "ironstride/domain/athlete_id.hpp"
#include "ironstride/planner/targets_report.hpp"
#include "ironstride/units/civil_time.hpp"

namespace ironstride::app {

struct TargetsRequest {
    std::filesystem::path profile_path;
    std::optional<domain::UnitSystem> units;  ///< display units; default the profile's
    units::CivilDay today{};
};

/// The use case `targets`: HR zones, paces, predictions, BMR and the day targets for the profile
/// (planner::build_targets_report), sized from the latest trend of the logged weigh-ins when the database has
/// enough recent ones (planner::body_used; read only when the database exists). profile::load_profile's errors.
[[nodiscard]] planner::TargetsReport targets(StoreHandle& store, domain::AthleteId athlete,
                                             const TargetsRequest& request);

}  // namespace ironstride::app
