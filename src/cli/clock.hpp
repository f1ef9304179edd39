#pragma once

#include "ironstride/units/civil_time.hpp"

namespace ironstride::cli {

/// Today's date for the front end: IRONSTRIDE_TODAY (YYYY-MM-DD, so golden tests and demos are reproducible) when
/// set, else the system's UTC date. Throws util::Error when IRONSTRIDE_TODAY is malformed.
[[nodiscard]] units::CivilDay today();

}  // namespace ironstride::cli
