#pragma once

#include <span>
#include <string>

#include "ironstride/domain/athlete.hpp"
#include "ironstride/ingest/csv/strength_handler.hpp"
#include "ironstride/util/result.hpp"

namespace ironstride::ingest::csv {

/// Reads a Strong app export (docs/csv-formats.md): the comma layout
/// `Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds[,Notes,Workout Notes],RPE` and the
/// older/European `;` layout with decimal commas and `Weight Unit`/`Distance Unit` columns. Columns are found by
/// name, in any order.
///
/// Units: a "Weight Unit"/"Distance Unit" column, or a unit in the header ("Weight (lbs)"), decides per row or per
/// file; a bare "Weight"/"Distance" is in `unlabelled_units` (kg/km or lb/miles), since Strong writes the app's display
/// unit without naming it. Set Order "W", "D", "F" mark warm-up, drop and failure sets; "Rest Timer" and "Note" rows
/// are skipped. Dates ("2024-11-28 17:36:08") are local wall-clock time.
///
/// Fails at the first bad row with path:line:column, the column, what was found and what is expected.
class StrongReader {
public:
    StrongReader(StrengthHandler& handler, domain::UnitSystem unlabelled_units) noexcept
        : m_handler(&handler), m_unlabelled_units(unlabelled_units) {}

    [[nodiscard]] util::Result<StrengthCounts> read(std::span<const std::byte> bytes, const std::string& path);

private:
    StrengthHandler* m_handler;
    domain::UnitSystem m_unlabelled_units;
};

}  // namespace ironstride::ingest::csv
