#pragma once

#include <span>
#include <string>

#include "ironstride/ingest/csv/strength_handler.hpp"
#include "ironstride/util/result.hpp"

namespace ironstride::ingest::csv {

/// Reads a Hevy app export (docs/csv-formats.md):
/// `title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,set_index,set_type,weight_kg,reps,
/// distance_km,duration_seconds,rpe`, or weight_lbs / distance_miles for exports in imperial units (the header says
/// which). set_type warmup, dropset and failure mark those sets. Times ("30 Jun 2025, 19:56") are local wall-clock.
/// Fails at the first bad row with path:line:column, the column, what was found and what is expected.
class HevyReader {
public:
    explicit HevyReader(StrengthHandler& handler) noexcept : m_handler(&handler) {}

    [[nodiscard]] util::Result<StrengthCounts> read(std::span<const std::byte> bytes, const std::string& path);

private:
    StrengthHandler* m_handler;
};

}  // namespace ironstride::ingest::csv
