#include "ironstride/units/civil_time.hpp"

#include <charconv>

#include <fmt/format.h>

#include "ironstride/units/conversions.hpp"

namespace ironstride::units {

namespace {

using std::chrono::day;
using std::chrono::month;
using std::chrono::year;
using std::chrono::year_month_day;

/// Reads exactly `width` ASCII digits at `pos`; false when any is not a digit.
bool read_digits(std::string_view text, std::size_t pos, std::size_t width, int& out) {
    if (pos + width > text.size()) return false;
    int value = 0;
    for (std::size_t i = pos; i < pos + width; ++i) {
        const char c = text[i];
        if (c < '0' || c > '9') return false;
        value = value * 10 + (c - '0');
    }
    out = value;
    return true;
}

util::Error bad(util::ErrorCode code, std::string_view text, std::string_view expected) {
    return util::Error(code, fmt::format("\"{}\" is not a valid {}", text, expected)).with_found(std::string(text));
}

/// Why a text is not what a reader expected (for the failure message); nullptr when it is.
using Problem = const char*;

constexpr std::size_t kDateLength = 10;     // "YYYY-MM-DD"
constexpr std::size_t kClockLength = 5;     // "HH:MM"
constexpr int kMaxOffsetHours = 14;         // UTC+14:00 (Line Islands) is the furthest offset in use
constexpr int kLastSecond = 59;
constexpr int kLeapSecond = 60;
constexpr Problem kNotYearMonthDay = "the date is not YYYY-MM-DD";
constexpr Problem kNotInCalendar = "the date is not in the calendar";

/// "YYYY-MM-DD" in the first 10 characters of `text`, a date of the proleptic Gregorian calendar.
Problem read_date(std::string_view text, CivilDay& out) {
    int y = 0;
    int m = 0;
    int d = 0;
    if (text.size() < kDateLength || text[4] != '-' || text[7] != '-' || !read_digits(text, 0, 4, y) ||
        !read_digits(text, 5, 2, m) || !read_digits(text, 8, 2, d)) {
        return kNotYearMonthDay;
    }
    const year_month_day ymd{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}};
    if (!ymd.ok()) return kNotInCalendar;
    out = CivilDay{ymd};
    return nullptr;
}

/// The 'T' (or, with space_separator, ' ') after the date.
Problem check_separator(std::string_view text, const IsoDateTimeOptions& options) {
    if (text.size() > kDateLength &&
        (text[kDateLength] == 'T' || (options.space_separator && text[kDateLength] == ' '))) {
        return nullptr;
    }
    return options.space_separator ? "no 'T' or space between date and time" : "no 'T' between date and time";
}

/// The clock of a date-time: hours, minutes, seconds.
struct Clock {
    int hour = 0;
    int minute = 0;
    int second = 0;
};

/// "HH:MM[:SS]" at `pos`, advancing `pos` past it. Seconds may be left out when `options.optional_seconds`; ":60" is
/// a leap second except in a local time.
Problem read_clock(std::string_view text, std::size_t& pos, const IsoDateTimeOptions& options, Clock& out) {
    if (pos + kClockLength > text.size() || text[pos + 2] != ':' || !read_digits(text, pos, 2, out.hour) ||
        !read_digits(text, pos + 3, 2, out.minute)) {
        return "the time is not HH:MM:SS";
    }
    pos += kClockLength;
    out.second = 0;
    if (pos < text.size() && text[pos] == ':') {
        if (!read_digits(text, pos + 1, 2, out.second)) return "the seconds are not two digits";
        pos += 3;
    } else if (!options.optional_seconds) {
        return "the time has no seconds";
    }
    if (out.hour > 23) return "the hour is above 23 (24:00 is no time of a date-time)";
    if (out.minute > 59) return "the minute is above 59";
    if (out.second > (options.local_time ? kLastSecond : kLeapSecond)) return "the second is out of range";
    return nullptr;
}

/// ".f…" at `pos` (one or more digits), truncated to milliseconds; nothing when there is no '.'.
Problem read_fraction(std::string_view text, std::size_t& pos, std::chrono::milliseconds& out) {
    if (pos >= text.size() || text[pos] != '.') return nullptr;
    const std::size_t first = ++pos;
    int millis = 0;
    int weight = 100;
    while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
        millis += weight * (text[pos] - '0');  // digits past the millisecond add 0
        weight /= 10;
        ++pos;
    }
    if (pos == first) return "the '.' of the fraction has no digits";
    out = std::chrono::milliseconds{millis};
    return nullptr;
}

/// The zone at `pos`, which must end the text: "Z", "±HH:MM" (also "±HHMM", "±HH" with short_offsets) or nothing.
Problem read_zone(std::string_view text, std::size_t pos, const IsoDateTimeOptions& options, IsoDateTime& out) {
    if (pos == text.size()) return nullptr;
    const char sign = text[pos];
    if (sign == 'Z' && pos + 1 == text.size()) {
        out.zone = IsoZone::utc;
        return nullptr;
    }
    if (sign != '+' && sign != '-') return "unexpected text after the time (expected Z or ±HH:MM)";
    const std::string_view rest = text.substr(pos + 1);
    int hours = 0;
    int minutes = 0;
    bool read = false;
    if (rest.size() == 5 && rest[2] == ':') {
        read = read_digits(rest, 0, 2, hours) && read_digits(rest, 3, 2, minutes);
    } else if (options.short_offsets && rest.size() == 4) {
        read = read_digits(rest, 0, 2, hours) && read_digits(rest, 2, 2, minutes);
    } else if (options.short_offsets && rest.size() == 2) {
        read = read_digits(rest, 0, 2, hours);
    }
    if (!read) return "the UTC offset is not ±HH:MM";
    if (hours > kMaxOffsetHours || minutes > 59) return "the UTC offset is beyond ±14:59";
    out.zone = IsoZone::offset;
    out.offset = UtcOffset{(sign == '-' ? -1 : 1) * (hours * kMinutesPerHour + minutes)};
    return nullptr;
}

/// The form `options` accept, for failure messages.
std::string expected_form(const IsoDateTimeOptions& options) {
    const char* separator = options.space_separator ? "(T| )" : "T";
    const char* clock = options.optional_seconds ? "HH:MM[:SS]" : "HH:MM:SS";
    const char* rest = options.local_time        ? ""
                       : options.short_offsets ? "[.fff][Z|±HH:MM|±HHMM|±HH]"
                                               : "[.fff][Z|±HH:MM]";
    return fmt::format("YYYY-MM-DD{}{}{}", separator, clock, rest);
}

}  // namespace

int iso_weekday_index(CivilDay day_value) {
    const std::chrono::weekday weekday{day_value};
    return static_cast<int>(weekday.iso_encoding()) - 1;
}

util::Result<CivilDay> parse_iso_date(std::string_view text) {
    CivilDay date;
    if (text.size() != kDateLength) return bad(util::ErrorCode::value_bad_date, text, "date (expected YYYY-MM-DD)");
    if (const Problem problem = read_date(text, date)) {
        return bad(util::ErrorCode::value_bad_date, text, problem == kNotInCalendar ? "calendar date" : "date (expected YYYY-MM-DD)");
    }
    return date;
}

util::Result<TimeOfDay> parse_time_of_day(std::string_view text, bool allow_end_of_day) {
    int h = 0;
    int m = 0;
    if (text.size() != 5 || text[2] != ':' || !read_digits(text, 0, 2, h) || !read_digits(text, 3, 2, m)) {
        return bad(util::ErrorCode::value_bad_time, text, "time of day (expected HH:MM, 24-hour)");
    }
    if (allow_end_of_day && h == 24 && m == 0) return TimeOfDay{kMinutesPerDay};
    if (h > 23 || m > 59) return bad(util::ErrorCode::value_bad_time, text, "time of day (00:00 to 23:59)");
    return TimeOfDay{h * kMinutesPerHour + m};
}

std::int64_t IsoDateTime::unix_ms() const noexcept {
    return std::chrono::duration_cast<std::chrono::milliseconds>(instant.time_since_epoch()).count() + subsecond.count();
}

util::Result<IsoDateTime> parse_iso_date_time(std::string_view text, const IsoDateTimeOptions& options) {
    IsoDateTime out;
    CivilDay date;
    Clock clock;
    std::size_t pos = kDateLength + 1;  // past the date and the separator
    Problem problem = read_date(text, date);
    if (problem == nullptr) problem = check_separator(text, options);
    if (problem == nullptr) problem = read_clock(text, pos, options, clock);
    if (problem == nullptr && options.local_time && pos != text.size()) {
        problem = "unexpected text after the time (a local time has no fraction or zone)";
    }
    if (problem == nullptr && !options.local_time) problem = read_fraction(text, pos, out.subsecond);
    if (problem == nullptr && !options.local_time) problem = read_zone(text, pos, options, out);
    if (problem != nullptr) {
        return util::Error(util::ErrorCode::value_bad_date_time,
                           fmt::format("\"{}\" is not a valid ISO 8601 date-time: {} (expected {})", text, problem,
                                       expected_form(options)))
            .with_found(std::string(text))
            .with_allowed(expected_form(options));
    }
    const int offset_minutes = out.offset ? out.offset->minutes : 0;
    out.instant = Instant{date} + std::chrono::hours{clock.hour} + std::chrono::minutes{clock.minute - offset_minutes} +
                  std::chrono::seconds{clock.second};
    return out;
}

util::Result<Instant> parse_iso_instant(std::string_view text) {
    auto parsed = parse_iso_date_time(text);
    if (!parsed) return parsed.error();
    return parsed->instant;
}

std::string format_iso_date(CivilDay day_value) {
    const year_month_day ymd{day_value};
    return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                       static_cast<unsigned>(ymd.day()));
}

std::string format_time_of_day(TimeOfDay time) { return fmt::format("{:02}:{:02}", time.minutes / kMinutesPerHour, time.minutes % kMinutesPerHour); }

std::string format_iso_instant(Instant instant) {
    const auto day_value = std::chrono::floor<std::chrono::days>(instant);
    const std::chrono::hh_mm_ss clock{instant - day_value};
    return fmt::format("{}T{:02}:{:02}:{:02}Z", format_iso_date(day_value), clock.hours().count(),
                       clock.minutes().count(), clock.seconds().count());
}

int age_in_years(CivilDay birth, CivilDay on) {
    const year_month_day b{birth};
    const year_month_day o{on};
    int age = static_cast<int>(o.year()) - static_cast<int>(b.year());
    if (std::chrono::month_day{o.month(), o.day()} < std::chrono::month_day{b.month(), b.day()}) --age;
    return age;
}


}  // namespace ironstride::units
