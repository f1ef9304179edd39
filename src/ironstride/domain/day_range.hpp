#pragma once

#include "ironstride/units/civil_time.hpp"

namespace ironstride::domain {

/// The civil days first … last, both included (local calendar days of the athlete).
struct DayRange {
    units::CivilDay first{};
    units::CivilDay last{};
};

}  // namespace ironstride::domain
