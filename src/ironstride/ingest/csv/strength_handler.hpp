#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "ironstride/units/civil_time.hpp"

namespace ironstride::ingest::csv {

/// What a set row says about its set. Strong marks warm-up, drop and failure sets with W, D and F in "Set Order";
/// Hevy writes set_type normal, warmup, dropset or failure.
enum class SetKind { normal, warmup, drop, failure };

/// One set row of a Strong or Hevy export, in SI units (weights already converted from lb where the export is in
/// pounds). Views are valid during the callback only.
struct StrengthRow {
    std::uint32_t line = 0;           ///< 1-based line of the row, for messages
    units::Instant start_local{};     ///< the workout's start, local wall-clock time (the exports carry no zone)
    std::optional<units::Instant> end_local;  ///< Hevy's end_time
    std::optional<double> workout_duration_s;  ///< Strong's "Duration"
    std::string_view workout_name;
    std::string_view workout_notes;
    std::string_view exercise;
    std::optional<int> set_number;  ///< as written (Strong 1-based, Hevy 0-based)
    SetKind kind = SetKind::normal;
    std::optional<double> weight_kg;
    std::optional<int> reps;
    std::optional<double> distance_m;
    std::optional<double> duration_s;
    std::optional<double> rpe;
};

/// Receives set rows (STYLE habit 3).
class StrengthHandler {
public:
    StrengthHandler() = default;
    StrengthHandler(const StrengthHandler&) = default;
    StrengthHandler(StrengthHandler&&) = default;
    StrengthHandler& operator=(const StrengthHandler&) = default;
    StrengthHandler& operator=(StrengthHandler&&) = default;
    virtual ~StrengthHandler() = default;

    virtual void on_set(const StrengthRow& /*row*/) {}
};

/// Rows read, and rows that are not sets (Strong's "Rest Timer" and note rows).
struct StrengthCounts {
    std::size_t sets = 0;
    std::size_t skipped = 0;
    /// Strong's bare "Weight" column without a unit column: read in the unlabelled units (DecodeOptions).
    bool weight_unit_unlabelled = false;
};

}  // namespace ironstride::ingest::csv
