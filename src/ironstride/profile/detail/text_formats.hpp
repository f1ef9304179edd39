#pragma once

// Small text formats inside profile values, each strict and quoting the bad input on failure.

#include <optional>
#include <string>
#include <string_view>

#include "ironstride/domain/athlete.hpp"
#include "ironstride/util/result.hpp"

namespace ironstride::profile::detail {

/// "HH:MM-HH:MM", local time, start before end, end may be "24:00". Failures say what is wrong (malformed,
/// reversed, empty) and quote the input; their position is left for the caller to fill.
[[nodiscard]] util::Result<domain::TimeWindow> parse_window(std::string_view text);

/// A race time "M:SS", "MM:SS", "MMM:SS" (minutes may exceed 59) or "H:MM:SS", to seconds (> 0).
[[nodiscard]] util::Result<double> parse_race_time(std::string_view text);

/// Metres for "5k", "10k", "half", "marathon" (evidence.md §2: HM = 21,097.5 m, M = 42,195 m); nothing otherwise.
[[nodiscard]] std::optional<double> race_distance_from_name(std::string_view name);

/// ISO weekday index (Monday = 0) for "mon" … "sun"; nothing otherwise.
[[nodiscard]] std::optional<int> weekday_from_key(std::string_view key);

/// A string value as shown in a message: in double quotes, control characters and quotes escaped, cut to
/// `max_bytes` (on a UTF-8 boundary) with "..." when longer. Safe to print on a terminal.
[[nodiscard]] std::string quote(std::string_view text, std::size_t max_bytes = 40);

/// "1 h 05 min", "45 min": a number of minutes for people.
[[nodiscard]] std::string format_minutes(int minutes);

}  // namespace ironstride::profile::detail
