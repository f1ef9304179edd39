#include "ironstride/ingest/xml/xml_values.hpp"

#include <charconv>
#include <cmath>
#include <cstring>

#include "ironstride/units/civil_time.hpp"

namespace ironstride::ingest::xml {

namespace {

/// What GPX and TCX exporters write: XML Schema dateTime, plus a space for the 'T' and ±HHMM or ±HH offsets.
constexpr units::IsoDateTimeOptions kXmlDateTime{.space_separator = true, .short_offsets = true};

bool is_space(char c) noexcept { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view trimmed(std::string_view text) noexcept {
    while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
    return text;
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

std::optional<XmlTimestamp> parse_timestamp(std::string_view text) {
    const auto parsed = units::parse_iso_date_time(trimmed(text), kXmlDateTime);
    if (!parsed) return std::nullopt;
    XmlTimestamp result;
    result.unix_ms = parsed->unix_ms();
    if (parsed->offset) result.offset_minutes = parsed->offset->minutes;
    return result;
}

}  // namespace ironstride::ingest::xml
