#pragma once

#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "ironstride/ingest/csv/csv_row.hpp"
#include "ironstride/util/error.hpp"

namespace ironstride::ingest::csv {

/// Column keys of which a header may have one at most: the same value in two units (weight_kg and weight_lb).
using ColumnAlternatives = std::initializer_list<std::string_view>;

/// Fails on a header that names a column twice (csv.duplicate_column: which value would be read is a guess) or
/// that has two of the same `alternatives` (csv.conflicting_columns: "use one of weight_kg, weight_lb"), naming
/// both columns by position and name. Checked before any column is looked up, so the first failure is the real one.
/// With `read_keys`, only those columns may not repeat: an app's export (Cronometer, Strong, Hevy) may repeat a
/// column ironstride does not read, and that must not refuse the file.
[[nodiscard]] std::optional<util::Error> check_header_columns(const std::string& path, const CsvRecord& record,
                                                              const CsvHeader& header,
                                                              std::initializer_list<ColumnAlternatives> alternatives,
                                                              std::span<const std::string_view> read_keys = {});

}  // namespace ironstride::ingest::csv
