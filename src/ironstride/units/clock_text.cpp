#include "ironstride/units/clock_text.hpp"

#include <cmath>
#include <cstdint>

#include <fmt/format.h>

#include "ironstride/units/conversions.hpp"

namespace ironstride::units {

std::string format_clock_duration(double seconds) {
    const std::int64_t total = std::llround(seconds);
    const std::int64_t minutes = total / kSecondsPerMinute % kMinutesPerHour;
    const std::int64_t rest = total % kSecondsPerMinute;
    if (total >= kSecondsPerHour) return fmt::format("{}:{:02}:{:02}", total / kSecondsPerHour, minutes, rest);
    return fmt::format("{}:{:02}", total / kSecondsPerMinute, rest);
}

}  // namespace ironstride::units
