#pragma once

#include <filesystem>
#include <optional>

#include "ironstride/units/civil_time.hpp"

namespace ironstride::app {

/// The athlete's calendar day at `now`: the day in the profile's `time_zone` when a profile is given and names one,
/// else in the machine's zone (a 05:30 check-in in Sydney is that morning's, not yesterday's as in UTC). Every
/// use case's "today" comes from here.
[[nodiscard]] units::CivilDay athlete_today(const std::optional<std::filesystem::path>& profile, units::Instant now);

}  // namespace ironstride::app
