#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
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

// ISO 8601 parsing (STYLE habit 15): the one parser family of the program. Strict: fixed-width digits, calendar
// dates checked (2024-02-29 yes, 2023-02-29 no), hours 00–23 (never 24:00 in a date-time), no surrounding
// whitespace. Every failure quotes the input.

/// Strict "YYYY-MM-DD"; the failure quotes the input.
[[nodiscard]] util::Result<CivilDay> parse_iso_date(std::string_view text);
/// Strict "HH:MM" (24 h, 00:00–23:59; "24:00" accepted only when allow_end_of_day, for the end of a window).
[[nodiscard]] util::Result<TimeOfDay> parse_time_of_day(std::string_view text, bool allow_end_of_day = false);

/// How a date-time text gave its zone.
enum class IsoZone : std::uint8_t {
    none,    ///< no zone designator
    utc,     ///< "Z"
    offset,  ///< a numeric offset such as "+02:00" (also "+00:00")
};

/// A date-time as read by parse_iso_date_time.
struct IsoDateTime {
    /// The instant, UTC seconds: the wall-clock time minus the offset. Without a zone in the text, the wall-clock time
    /// itself read as UTC (what GPX 1.0 writers mean; for a local time, the caller knows it is local). A leap second
    /// (":60") is the first second of the next minute.
    Instant instant{};
    /// The fraction of the second, truncated to whole milliseconds (0–999).
    std::chrono::milliseconds subsecond{0};
    IsoZone zone = IsoZone::none;
    /// The numeric offset, east positive (zone == IsoZone::offset only).
    std::optional<UtcOffset> offset;

    /// instant + subsecond in milliseconds since the Unix epoch.
    [[nodiscard]] std::int64_t unix_ms() const noexcept;
};

/// The variations of the ISO 8601 extended form a caller accepts. The default is the strict form
/// "YYYY-MM-DDTHH:MM:SS[.f…][Z|±HH:MM]": seconds present, a fraction of one or more digits after '.', a zone of Z or
/// ±HH:MM with HH 00–14 and MM 00–59, or no zone.
struct IsoDateTimeOptions {
    /// A space between date and time as well as 'T' (RFC 3339 §5.6 allows it; Strong and some GPX/TCX exporters
    /// write it).
    bool space_separator = false;
    /// "HH:MM" without seconds (Strong).
    bool optional_seconds = false;
    /// Offsets also written ±HHMM or ±HH (GPX/TCX exporters).
    bool short_offsets = false;
    /// A local wall-clock time: no fraction, no zone and no leap second (there is none outside UTC) (Strong).
    bool local_time = false;
};

/// "YYYY-MM-DDTHH:MM:SS[.f…][Z|±HH:MM]" (or a variation allowed by `options`) to its instant, sub-second
/// milliseconds and zone. Fails, quoting the input and saying what is wrong and which form is expected, for anything
/// else: another layout, a date not in the calendar, hour 24, minute or second out of range, an offset beyond
/// ±14:59, trailing text.
[[nodiscard]] util::Result<IsoDateTime> parse_iso_date_time(std::string_view text, const IsoDateTimeOptions& options = {});
/// parse_iso_date_time(text).instant: the strict form to a UTC instant (a fraction is truncated; no zone means UTC).
[[nodiscard]] util::Result<Instant> parse_iso_instant(std::string_view text);

[[nodiscard]] std::string format_iso_date(CivilDay day);
[[nodiscard]] std::string format_time_of_day(TimeOfDay time);
/// "2024-05-01T06:30:00Z".
[[nodiscard]] std::string format_iso_instant(Instant instant);

/// Whole years between birth and `on` (the birthday counts on its day).
[[nodiscard]] int age_in_years(CivilDay birth, CivilDay on);


}  // namespace ironstride::units
