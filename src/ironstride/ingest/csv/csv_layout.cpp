#include "ironstride/ingest/csv/csv_layout.hpp"

#include <algorithm>

namespace ironstride::ingest::csv {

std::optional<CsvLayout> classify_header(std::span<const std::string> keys) {
    const auto has = [&](std::string_view key) { return std::find(keys.begin(), keys.end(), key) != keys.end(); };
    if (has("exercise_title") && has("set_index")) return CsvLayout::hevy;
    if (has("exercise name") && has("set order")) return CsvLayout::strong;
    if (!has("date")) return std::nullopt;
    if (has("energy (kcal)")) return CsvLayout::cronometer;
    if (has("weight_kg") || has("weight_lb") || has("weight_lbs")) return CsvLayout::body;
    if (has("sleep_h")) return CsvLayout::sleep;
    if (has("kcal")) return CsvLayout::nutrition;
    return std::nullopt;
}

}  // namespace ironstride::ingest::csv
