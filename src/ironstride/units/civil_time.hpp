#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

#include "ironstride/util/result.hpp"

namespace ironstride::units {

/// Instants are UTC seconds since the Unix epoch (std::chrono::sys_seconds); civil plan days are sys_days
/// (std::chrono::year_month_day where a calendar view is needed). STYLE habit 15.
using Instant = std::chrono::sys_seconds;
using CivilDay = std::chrono::sys_days;

/// A local time of day, minutes after local midnight, 0..1439.
struct TimeOfDay {
    int minutes = 0;
    friend constexpr auto operator<=>(const TimeOfDay&, const TimeOfDay&) = default;
};

/// Offset of local time from UTC in minutes (east positive), kept beside each activity so its local day and hour
/// survive storage in UTC.
struct UtcOffset {
    int minutes = 0;
    friend constexpr auto operator<=>(const UtcOffset&, const UtcOffset&) = default;
};

/// ISO weekday index used everywhere: Monday = 0 … Sunday = 6.
[[nodiscard]] int iso_weekday_index(CivilDay day);

/// Strict "YYYY-MM-DD"; the failure quotes the input.
[[nodiscard]] util::Result<CivilDay> parse_iso_date(std::string_view text);
/// Strict "HH:MM" (24 h, 00:00–23:59; "24:00" accepted only when allow_end_of_day, for the end of a window).
[[nodiscard]] util::Result<TimeOfDay> parse_time_of_day(std::string_view text, bool allow_end_of_day = false);
/// "YYYY-MM-DDTHH:MM:SS[.fff](Z|±HH:MM)" to a UTC instant; a missing zone is taken as UTC.
[[nodiscard]] util::Result<Instant> parse_iso_instant(std::string_view text);

[[nodiscard]] std::string format_iso_date(CivilDay day);
[[nodiscard]] std::string format_time_of_day(TimeOfDay time);
/// "2024-05-01T06:30:00Z".
[[nodiscard]] std::string format_iso_instant(Instant instant);

/// Whole years between birth and `on` (the birthday counts on its day).
[[nodiscard]] int age_in_years(CivilDay birth, CivilDay on);

/// Today's UTC date from the system clock (front ends only; the core takes dates as arguments).
[[nodiscard]] CivilDay today_utc();

}  // namespace ironstride::units
