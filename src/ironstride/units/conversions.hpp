#pragma once

#include <cstdint>

namespace ironstride::units {

// SI inside; these factors exist for the edges (profile input, report output). STYLE habit 14.

/// International avoirdupois pound (international yard and pound agreement, 1959); evidence.md "Units".
inline constexpr double kKilogramsPerPound = 0.45359237;
/// International inch, exactly 25.4 mm.
inline constexpr double kMetresPerInch = 0.0254;
/// International mile, exactly 1609.344 m.
inline constexpr double kMetresPerMile = 1609.344;
inline constexpr double kMetresPerKilometre = 1000.0;

// Time, exact by definition (SI second; a civil day of 86,400 s: instants are POSIX time, without leap seconds).
// Whole counts, defined here once for every module. Clock and calendar counts are int (they mix with the int minutes
// of TimeOfDay and the planner); the factors that scale a count since the epoch are std::int64_t, so the product
// cannot overflow. Each converts exactly where the other operand is a double (seconds / kSecondsPerMinute).

inline constexpr int kSecondsPerMinute = 60;
inline constexpr int kMinutesPerHour = 60;
inline constexpr int kHoursPerDay = 24;
inline constexpr int kDaysPerWeek = 7;
inline constexpr int kSecondsPerHour = kSecondsPerMinute * kMinutesPerHour;
inline constexpr int kMinutesPerDay = kMinutesPerHour * kHoursPerDay;
inline constexpr int kMinutesPerWeek = kMinutesPerDay * kDaysPerWeek;
/// Scales days since the epoch to seconds.
inline constexpr std::int64_t kSecondsPerDay = std::int64_t{kSecondsPerHour} * kHoursPerDay;
/// Scales seconds since the epoch to milliseconds.
inline constexpr std::int64_t kMillisecondsPerSecond = 1000;

/// Road race distances used throughout (evidence.md, "Jack Daniels VDOT": HM = 21,097.5 m; M = 42,195 m).
inline constexpr double k5kMetres = 5000.0;
inline constexpr double k10kMetres = 10000.0;
inline constexpr double kHalfMarathonMetres = 21097.5;
inline constexpr double kMarathonMetres = 42195.0;

[[nodiscard]] constexpr double pounds_to_kg(double pounds) { return pounds * kKilogramsPerPound; }
[[nodiscard]] constexpr double kg_to_pounds(double kilograms) { return kilograms / kKilogramsPerPound; }
[[nodiscard]] constexpr double inches_to_m(double inches) { return inches * kMetresPerInch; }
[[nodiscard]] constexpr double mps_to_kmh(double speed_mps) { return speed_mps * kSecondsPerHour / kMetresPerKilometre; }
[[nodiscard]] constexpr double mps_to_mph(double speed_mps) { return speed_mps * kSecondsPerHour / kMetresPerMile; }
[[nodiscard]] constexpr double mps_to_m_per_min(double speed_mps) { return speed_mps * kSecondsPerMinute; }

}  // namespace ironstride::units
