#pragma once

#include <string>

namespace ironstride::units {

/// A duration as a race clock shows it, rounded to the second: "42:05" under an hour, "1:02:05" from an hour.
[[nodiscard]] std::string format_clock_duration(double seconds);

}  // namespace ironstride::units
