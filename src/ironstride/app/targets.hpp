#pragma once

#include <filesystem>
#include <optional>

#include "ironstride/domain/athlete.hpp"
#include "ironstride/planner/targets_report.hpp"
#include "ironstride/units/civil_time.hpp"

namespace ironstride::app {

struct TargetsRequest {
    std::filesystem::path profile_path;
    std::optional<domain::UnitSystem> units;  ///< display units; default the profile's
    units::CivilDay today{};
};

/// The use case `targets`: HR zones, paces, predictions, BMR and the day targets for the profile
/// (planner::build_targets_report). profile::load_profile's errors.
[[nodiscard]] planner::TargetsReport targets(const TargetsRequest& request);

}  // namespace ironstride::app
