#pragma once

#include "ironstride/units/civil_time.hpp"

namespace ironstride::units {

/// The earliest day a training, body or race record can plausibly be of: an earlier date (0000-01-01, 0001-01-01)
/// is a placeholder or a typo, never a measurement.
inline constexpr CivilDay kEarliestPlausibleDay{std::chrono::year{1900} / std::chrono::January / 1};

}  // namespace ironstride::units
