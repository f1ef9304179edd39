#include "ironstride/ingest/xml/xml_values.hpp"

#include <charconv>
#include <chrono>
#include <cmath>
#include <cstring>

#include "ironstride/units/conversions.hpp"

namespace ironstride::ingest::xml {

namespace {

using units::kMillisecondsPerSecond;
using units::kMinutesPerHour;
using units::kSecondsPerDay;
using units::kSecondsPerHour;
using units::kSecondsPerMinute;

bool is_space(char c) noexcept { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view trimmed(std::string_view text) noexcept {
    while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
    return text;
}

/// Exactly `width` ASCII digits at `pos`, or -1.
int digits(std::string_view text, std::size_t pos, std::size_t width) noexcept {
    if (pos + width > text.size()) return -1;
    int value = 0;
    for (std::size_t i = pos; i < pos + width; ++i) {
        const char c = text[i];
        if (c < '0' || c > '9') return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

}  // namespace

std::string_view local_name(const pugi::xml_node& node) noexcept {
    const char* name = node.name();
    const char* colon = std::strchr(name, ':');
    return colon == nullptr ? std::string_view{name} : std::string_view{colon + 1};
}

std::string_view text_of(const pugi::xml_node& node) noexcept {
    const char* embedded = node.value();
    if (*embedded != '\0') return embedded;
    return node.text().get();
}

pugi::xml_node child_named(const pugi::xml_node& parent, std::string_view name) noexcept {
    for (pugi::xml_node child = parent.first_child(); child; child = child.next_sibling()) {
        if (child.type() == pugi::node_element && local_name(child) == name) return child;
    }
    return {};
}

std::optional<double> parse_number(std::string_view text) noexcept {
    text = trimmed(text);
    if (!text.empty() && text.front() == '+') text.remove_prefix(1);
    if (text.empty()) return std::nullopt;
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc{} || end != text.data() + text.size() || !std::isfinite(value)) return std::nullopt;
    return value;
}

std::optional<XmlTimestamp> parse_timestamp(std::string_view text) noexcept {
    text = trimmed(text);
    // Fixed layout "YYYY-MM-DDTHH:MM:SS" (a space instead of T is tolerated, as some exporters write it).
    if (text.size() < 19 || text[4] != '-' || text[7] != '-' || (text[10] != 'T' && text[10] != ' ') ||
        text[13] != ':' || text[16] != ':') {
        return std::nullopt;
    }
    const int year_value = digits(text, 0, 4);
    const int month_value = digits(text, 5, 2);
    const int day_value = digits(text, 8, 2);
    const int hour = digits(text, 11, 2);
    const int minute = digits(text, 14, 2);
    const int second = digits(text, 17, 2);
    if (year_value < 0 || month_value < 1 || day_value < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59 ||
        second < 0 || second > 60) {
        return std::nullopt;
    }
    const std::chrono::year_month_day ymd{std::chrono::year{year_value},
                                          std::chrono::month{static_cast<unsigned>(month_value)},
                                          std::chrono::day{static_cast<unsigned>(day_value)}};
    if (!ymd.ok()) return std::nullopt;

    std::size_t pos = 19;
    std::int64_t millis = 0;
    if (pos < text.size() && text[pos] == '.') {
        ++pos;
        const std::size_t first = pos;
        std::int64_t scale = 100;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
            millis += scale * (text[pos] - '0');  // digits past the millisecond add 0
            scale /= 10;
            ++pos;
        }
        if (pos == first) return std::nullopt;
    }
    XmlTimestamp result;
    std::int64_t offset_seconds = 0;
    if (pos < text.size()) {
        const char zone = text[pos];
        if (zone == 'Z' && pos + 1 == text.size()) {
            // UTC
        } else if (zone == '+' || zone == '-') {
            const std::string_view rest = text.substr(pos + 1);
            int offset_hours = -1;
            int offset_minutes = -1;
            if (rest.size() == 5 && rest[2] == ':') {
                offset_hours = digits(rest, 0, 2);
                offset_minutes = digits(rest, 3, 2);
            } else if (rest.size() == 4) {
                offset_hours = digits(rest, 0, 2);
                offset_minutes = digits(rest, 2, 2);
            } else if (rest.size() == 2) {
                offset_hours = digits(rest, 0, 2);
                offset_minutes = 0;
            }
            if (offset_hours < 0 || offset_hours > 14 || offset_minutes < 0 || offset_minutes > 59) return std::nullopt;
            const int signed_minutes = (zone == '-' ? -1 : 1) * (offset_hours * kMinutesPerHour + offset_minutes);
            result.offset_minutes = signed_minutes;
            offset_seconds = std::int64_t{signed_minutes} * kSecondsPerMinute;
        } else {
            return std::nullopt;
        }
    }
    const std::int64_t days = std::chrono::sys_days{ymd}.time_since_epoch().count();
    const std::int64_t seconds = days * kSecondsPerDay + hour * kSecondsPerHour + minute * kSecondsPerMinute + second -
                                 offset_seconds;
    result.unix_ms = seconds * kMillisecondsPerSecond + millis;
    return result;
}

}  // namespace ironstride::ingest::xml
