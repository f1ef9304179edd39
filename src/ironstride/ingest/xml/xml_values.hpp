#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include <pugixml.hpp>

namespace ironstride::ingest::xml {

/// An instant read from an XML timestamp: milliseconds since the Unix epoch (UTC), and the UTC offset in minutes when
/// the text carried a numeric one ("+02:00"); "Z" or no zone leaves it empty.
struct XmlTimestamp {
    std::int64_t unix_ms = 0;
    std::optional<int> offset_minutes;
};

/// The element name without its namespace prefix ("gpxtpx:hr" → "hr"). Namespaces are matched by local name only:
/// exporters bind the Garmin extension namespaces to every prefix imaginable, some forget to declare them.
[[nodiscard]] std::string_view local_name(const pugi::xml_node& node) noexcept;

/// The text content of an element (embedded PCDATA, else its first PCDATA/CDATA child), or empty.
[[nodiscard]] std::string_view text_of(const pugi::xml_node& node) noexcept;

/// The first child element whose local name is `name`, or an empty node.
[[nodiscard]] pugi::xml_node child_named(const pugi::xml_node& parent, std::string_view name) noexcept;

/// A decimal number such as "48.1267258", " -0.3 ", "+12", "1e-5"; surrounding whitespace is ignored. Nothing for
/// empty text, trailing garbage, NaN or infinity.
[[nodiscard]] std::optional<double> parse_number(std::string_view text) noexcept;

/// WGS-84 coordinates in decimal degrees: latitude −90…90, longitude −180…180 (GPX lat/lon, TCX Position).
inline constexpr double kMaxLatitudeDeg = 90.0;
inline constexpr double kMaxLongitudeDeg = 180.0;
[[nodiscard]] constexpr bool is_latitude(double degrees) noexcept {
    return degrees >= -kMaxLatitudeDeg && degrees <= kMaxLatitudeDeg;
}
[[nodiscard]] constexpr bool is_longitude(double degrees) noexcept {
    return degrees >= -kMaxLongitudeDeg && degrees <= kMaxLongitudeDeg;
}

/// An XML Schema dateTime: "YYYY-MM-DDTHH:MM:SS[.f…](Z|±HH:MM|±HHMM|±HH)?", also with a space for the 'T', and
/// surrounding whitespace ignored (units::parse_iso_date_time does the parsing); no zone means UTC (GPX 1.0 writers
/// often omit it). Fractions are kept to the millisecond. Nothing when the text is not such a timestamp.
[[nodiscard]] std::optional<XmlTimestamp> parse_timestamp(std::string_view text);

}  // namespace ironstride::ingest::xml
