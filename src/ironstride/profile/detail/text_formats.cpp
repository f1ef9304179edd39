#include "ironstride/profile/detail/text_formats.hpp"

#include <cmath>
#include <cstdint>
#include <vector>

#include <fmt/format.h>

#include "ironstride/profile/schema.hpp"
#include "ironstride/units/civil_time.hpp"
#include "ironstride/units/conversions.hpp"
#include "ironstride/util/text.hpp"

namespace ironstride::profile::detail {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

/// Splits on ':' into at most four parts.
std::vector<std::string_view> split_colons(std::string_view text) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (parts.size() < 4) {
        const std::size_t colon = text.find(':', start);
        if (colon == std::string_view::npos) {
            parts.push_back(text.substr(start));
            break;
        }
        parts.push_back(text.substr(start, colon - start));
        start = colon + 1;
    }
    return parts;
}

/// 1 to `max_digits` ASCII digits to a number; nothing when empty, too long or not digits.
std::optional<int> whole_number(std::string_view text, std::size_t max_digits) {
    if (text.empty() || text.size() > max_digits) return std::nullopt;
    int value = 0;
    for (const char c : text) {
        if (!is_digit(c)) return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

util::Error failure(std::string message) { return util::Error(util::ErrorCode::profile_bad_value, std::move(message)); }

}  // namespace

util::Result<domain::TimeWindow> parse_window(std::string_view text) {
    const std::size_t dash = text.find('-');
    if (dash == std::string_view::npos || text.find('-', dash + 1) != std::string_view::npos) {
        return failure(fmt::format("{} is not a time window (expected \"HH:MM-HH:MM\", 24-hour)", quote(text)));
    }
    // Spaces around the dash are allowed ("06:00 - 08:00"); the times themselves are strict.
    const auto start = units::parse_time_of_day(util::trim(text.substr(0, dash)));
    const auto end = units::parse_time_of_day(util::trim(text.substr(dash + 1)), /*allow_end_of_day=*/true);
    if (!start || !end) {
        return failure(
            fmt::format("{} is not a time window (expected \"HH:MM-HH:MM\", 24-hour, 00:00 to 24:00)", quote(text)));
    }
    if (end->minutes <= start->minutes) {
        return failure(
            fmt::format("{} ends before it starts (a window must start before it ends, within one day)", quote(text)));
    }
    return domain::TimeWindow{*start, *end};
}

util::Result<double> parse_race_time(std::string_view text) {
    const auto bad = [&] {
        return failure(fmt::format("{} is not a race time (expected M:SS, MM:SS or H:MM:SS)", quote(text)));
    };
    const std::vector<std::string_view> parts = split_colons(text);
    int hours = 0;
    int minutes = 0;
    int seconds = 0;
    if (parts.size() == 2) {
        const auto m = whole_number(parts[0], 3);
        const auto s = parts[1].size() == 2 ? whole_number(parts[1], 2) : std::nullopt;
        if (!m || !s) return bad();
        minutes = *m;
        seconds = *s;
    } else if (parts.size() == 3) {
        const auto h = whole_number(parts[0], 2);
        const auto m = parts[1].size() == 2 ? whole_number(parts[1], 2) : std::nullopt;
        const auto s = parts[2].size() == 2 ? whole_number(parts[2], 2) : std::nullopt;
        if (!h || !m || !s || *m > 59) return bad();
        hours = *h;
        minutes = *m;
        seconds = *s;
    } else {
        return bad();
    }
    if (seconds > 59) return bad();
    const double total = hours * units::kSecondsPerHour + minutes * units::kSecondsPerMinute + seconds;
    if (total <= 0) return failure(fmt::format("{} is not a race time (it is zero)", quote(text)));
    return total;
}

std::optional<double> race_distance_from_name(std::string_view name) {
    if (name == kRaceDistanceNames[0]) return units::k5kMetres;
    if (name == kRaceDistanceNames[1]) return units::k10kMetres;
    if (name == kRaceDistanceNames[2]) return units::kHalfMarathonMetres;
    if (name == kRaceDistanceNames[3]) return units::kMarathonMetres;
    return std::nullopt;
}

std::optional<int> weekday_from_key(std::string_view key) {
    for (std::size_t i = 0; i < kWeekdayKeys.size(); ++i) {
        if (kWeekdayKeys[i] == key) return static_cast<int>(i);
    }
    return std::nullopt;
}

std::string quote(std::string_view text, std::size_t max_bytes) {
    bool cut = false;
    if (text.size() > max_bytes) {
        std::size_t end = max_bytes;
        // Step back over UTF-8 continuation bytes so a character is never split.
        while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0U) == 0x80U) --end;
        text = text.substr(0, end);
        cut = true;
    }
    std::string out = "\"";
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (byte < 0x20U || byte == 0x7FU) {
            out += fmt::format("\\u{:04X}", static_cast<unsigned>(byte));
        } else {
            out += c;
        }
    }
    out += cut ? "...\"" : "\"";
    return out;
}

std::string format_minutes(int minutes) {
    if (minutes < 60) return fmt::format("{} min", minutes);
    if (minutes % 60 == 0) return fmt::format("{} h", minutes / 60);
    return fmt::format("{} h {:02} min", minutes / 60, minutes % 60);
}

}  // namespace ironstride::profile::detail
