#include "ironstride/units/civil_time.hpp"

#include <charconv>

#include <fmt/format.h>

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

util::Failure bad(std::string_view text, std::string_view expected) {
    return util::Failure{{}, fmt::format("\"{}\" is not a valid {}", text, expected)};
}

}  // namespace

int iso_weekday_index(CivilDay day_value) {
    const std::chrono::weekday weekday{day_value};
    return static_cast<int>(weekday.iso_encoding()) - 1;
}

util::Result<CivilDay> parse_iso_date(std::string_view text) {
    int y = 0;
    int m = 0;
    int d = 0;
    if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !read_digits(text, 0, 4, y) ||
        !read_digits(text, 5, 2, m) || !read_digits(text, 8, 2, d)) {
        return bad(text, "date (expected YYYY-MM-DD)");
    }
    const year_month_day ymd{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}};
    if (!ymd.ok()) return bad(text, "calendar date");
    return CivilDay{ymd};
}

util::Result<TimeOfDay> parse_time_of_day(std::string_view text, bool allow_end_of_day) {
    int h = 0;
    int m = 0;
    if (text.size() != 5 || text[2] != ':' || !read_digits(text, 0, 2, h) || !read_digits(text, 3, 2, m)) {
        return bad(text, "time of day (expected HH:MM, 24-hour)");
    }
    if (allow_end_of_day && h == 24 && m == 0) return TimeOfDay{24 * 60};
    if (h > 23 || m > 59) return bad(text, "time of day (00:00 to 23:59)");
    return TimeOfDay{h * 60 + m};
}

util::Result<Instant> parse_iso_instant(std::string_view text) {
    if (text.size() < 19 || text[10] != 'T') return bad(text, "timestamp (expected YYYY-MM-DDTHH:MM:SSZ)");
    auto date = parse_iso_date(text.substr(0, 10));
    if (!date) return bad(text, "timestamp date");
    int h = 0;
    int mi = 0;
    int s = 0;
    if (text[13] != ':' || text[16] != ':' || !read_digits(text, 11, 2, h) || !read_digits(text, 14, 2, mi) ||
        !read_digits(text, 17, 2, s) || h > 23 || mi > 59 || s > 60) {
        return bad(text, "timestamp time of day");
    }
    std::size_t pos = 19;
    if (pos < text.size() && (text[pos] == '.' || text[pos] == ',')) {
        ++pos;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') ++pos;  // fractions are truncated
    }
    int offset_minutes = 0;
    if (pos < text.size()) {
        const char zone = text[pos];
        if (zone == 'Z' && pos + 1 == text.size()) {
            // UTC
        } else if ((zone == '+' || zone == '-') && text.size() == pos + 6 && text[pos + 3] == ':') {
            int oh = 0;
            int om = 0;
            if (!read_digits(text, pos + 1, 2, oh) || !read_digits(text, pos + 4, 2, om)) return bad(text, "UTC offset");
            offset_minutes = (zone == '-' ? -1 : 1) * (oh * 60 + om);
        } else {
            return bad(text, "timestamp zone (expected Z or ±HH:MM)");
        }
    }
    const auto local = std::chrono::sys_seconds{date.value()} + std::chrono::hours{h} + std::chrono::minutes{mi} +
                       std::chrono::seconds{s};
    return Instant{local - std::chrono::minutes{offset_minutes}};
}

std::string format_iso_date(CivilDay day_value) {
    const year_month_day ymd{day_value};
    return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                       static_cast<unsigned>(ymd.day()));
}

std::string format_time_of_day(TimeOfDay time) { return fmt::format("{:02}:{:02}", time.minutes / 60, time.minutes % 60); }

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

CivilDay today_utc() { return std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()); }

}  // namespace ironstride::units
