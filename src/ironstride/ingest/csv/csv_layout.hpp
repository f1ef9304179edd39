#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace ironstride::ingest::csv {

/// The CSV layouts ironstride reads, told apart by their header's column names (docs/csv-formats.md).
enum class CsvLayout { strong, hevy, body, sleep, nutrition, cronometer };

/// The layout a header names, from its keys (trimmed, lower-case). Hevy: exercise_title and set_index; Strong:
/// "exercise name" and "set order"; Cronometer: date and "energy (kcal)"; the simple daily CSVs: date with
/// weight_kg/weight_lb, sleep_h, or kcal.
[[nodiscard]] std::optional<CsvLayout> classify_header(std::span<const std::string> keys);

}  // namespace ironstride::ingest::csv
