#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ironstride/units/civil_time.hpp"

namespace ironstride::ingest {

// Which recorded times can belong to a real activity (issue 12, "Plausibility"; docs/commands/import.md). Shared by
// the GPX, TCX and FIT decoders so that a time is judged the same way in every format, and by `import --recover`.

/// The longest plausible single activity: 7 days. The longest one-stage events people record as one activity end
/// within it (Tor des Géants, 330 km, has a 150-hour cut-off); anything longer is a device clock that jumped, or
/// several activities joined.
inline constexpr std::chrono::seconds kMaxActivityDuration = std::chrono::hours{7 * 24};
/// Points further than this from the rest of a recording (in time, with no points between) are not part of it: a
/// pause longer than a day is not a pause within one activity.
inline constexpr std::chrono::seconds kMaxPauseWithinActivity = std::chrono::hours{24};

/// Times before this are never real: 1970-01-01T00:00:00Z. Devices write earlier ones as "clock not set" sentinels
/// (1901-12-13T20:45:52Z is INT32_MIN seconds; FIT's 0 is 1989-12-31, which stays accepted and is caught as an outlier).
inline constexpr units::Instant kEarliestPlausibleTime{};

/// How every warning about an implausible value begins, so that `import` prints it (the user must see what was
/// dropped or replaced; other warnings stay in the summary's JSON).
inline constexpr std::string_view kImplausibleTag = "implausible: ";

/// The system clock to whole seconds: `now` for decoders called without one (DecodeOptions::now).
[[nodiscard]] units::Instant current_time();

/// The latest plausible time given the current one: tomorrow (now + 1 day), so that any time zone's today passes.
[[nodiscard]] units::Instant latest_plausible_time(units::Instant now);

/// What screen_times found, as indices into the screened times (each list ascending).
struct TimeScreen {
    std::vector<std::size_t> out_of_range;  ///< before 1970 or after tomorrow: a sentinel, not a time
    std::vector<std::size_t> outliers;      ///< in range, but cut off from the recording by more than a day
};

/// Screens one recording's point times (milliseconds since the Unix epoch; `skip` marks points without a time).
/// The recording is the largest group of in-range times in which consecutive times (in time order) are at most
/// kMaxPauseWithinActivity apart; every other in-range time is an outlier. On a tie the earlier group wins.
[[nodiscard]] TimeScreen screen_times(std::span<const std::int64_t> unix_ms, std::int64_t skip, units::Instant now);

/// "2000-01-01T00:00:00Z" (whole seconds, rounding toward the past) for warnings.
[[nodiscard]] std::string describe_unix_ms(std::int64_t unix_ms);

}  // namespace ironstride::ingest
