#pragma once

#include <optional>
#include <string_view>

#include "ironstride/units/civil_time.hpp"

namespace ironstride::ingest::csv {

/// "2024-11-28 17:36:08" or "2024-11-28 17:36" (also with 'T'), a local wall-clock time (two-digit fields, no
/// fraction, no zone; units::parse_iso_date_time does the parsing), returned as if it were UTC.
[[nodiscard]] std::optional<units::Instant> parse_local_date_time(std::string_view text);

/// Hevy's "30 Jun 2025, 19:56" (English month abbreviations), or the forms parse_local_date_time takes.
[[nodiscard]] std::optional<units::Instant> parse_hevy_date_time(std::string_view text);

/// Strong's workout duration: "1h 8m", "35m", "45s", "1h", "2h 3m 4s"; seconds. Nothing for anything else.
[[nodiscard]] std::optional<double> parse_strong_duration(std::string_view text) noexcept;

}  // namespace ironstride::ingest::csv
