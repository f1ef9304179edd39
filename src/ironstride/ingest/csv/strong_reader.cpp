#include "ironstride/ingest/csv/strong_reader.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <optional>

#include <fmt/format.h>

#include "ironstride/ingest/csv/csv_header_check.hpp"
#include "ironstride/ingest/csv/csv_row.hpp"
#include "ironstride/ingest/csv/strength_values.hpp"
#include "ironstride/units/conversions.hpp"
#include "ironstride/util/text.hpp"

namespace ironstride::ingest::csv {

namespace {

/// The columns read from a Strong export: none of them may repeat (the others may).
constexpr std::array<std::string_view, 20> kStrongReadKeys{
    "date",          "workout name",  "exercise name",    "set order",
    "weight",        "weight (kg)",   "weight (lb)",      "weight (lbs)",
    "reps",          "duration",      "workout duration", "distance",
    "distance (km)", "distance (mi)", "distance (m)",     "seconds",
    "rpe",           "weight unit",   "distance unit",    "workout notes"};

enum class WeightUnit { kg, lb, per_row };
enum class DistanceUnit { km, mi, m, per_row };

/// Where a Strong export keeps each value, and in which unit (per file, or per row from a unit column).
struct StrongColumns {
    std::size_t date = 0;
    std::size_t name = 0;
    std::size_t exercise = 0;
    std::size_t order = 0;
    std::size_t weight = 0;
    std::size_t reps = 0;
    std::optional<std::size_t> duration;
    std::optional<std::size_t> distance;
    std::optional<std::size_t> seconds;
    std::optional<std::size_t> rpe;
    std::optional<std::size_t> weight_unit_column;
    std::optional<std::size_t> distance_unit_column;
    std::optional<std::size_t> notes;
    WeightUnit weight_unit = WeightUnit::kg;
    DistanceUnit distance_unit = DistanceUnit::km;
};

/// A row's outcome: a failure, or nothing (the row was read into the set, or is to be skipped).
using RowProblem = std::optional<util::Error>;

/// The columns by name (in any order); fails naming the first required one that is missing.
util::Result<StrongColumns> find_columns(const CsvHeader& header, const util::SourcePos& pos) {
    const auto missing = [&pos](std::string_view name) {
        return util::Error(util::ErrorCode::csv_missing_column, pos,
                           fmt::format("Strong header has no \"{}\" column", name))
            .with_hint("export again from Strong (Settings → Export Strong Data) without editing the header");
    };
    StrongColumns c;
    const auto date = header.find({"date"});
    if (!date) return missing("Date");
    const auto name = header.find({"workout name"});
    if (!name) return missing("Workout Name");
    const auto exercise = header.find({"exercise name"});
    if (!exercise) return missing("Exercise Name");
    const auto order = header.find({"set order"});
    if (!order) return missing("Set Order");
    const auto weight = header.find({"weight", "weight (kg)", "weight (lb)", "weight (lbs)"});
    if (!weight) return missing("Weight");
    const auto reps = header.find({"reps"});
    if (!reps) return missing("Reps");
    c.date = *date;
    c.name = *name;
    c.exercise = *exercise;
    c.order = *order;
    c.weight = *weight;
    c.reps = *reps;
    c.duration = header.find({"duration", "workout duration"});
    c.distance = header.find({"distance", "distance (km)", "distance (mi)", "distance (m)"});
    c.seconds = header.find({"seconds"});
    c.rpe = header.find({"rpe"});
    c.weight_unit_column = header.find({"weight unit"});
    c.distance_unit_column = header.find({"distance unit"});
    c.notes = header.find({"workout notes"});
    return c;
}

/// The units of the weight and distance columns: named in the header ("Weight (lbs)"), per row from a unit column,
/// or the app's display unit for a bare "Weight"/"Distance".
void choose_units(const CsvHeader& header, domain::UnitSystem unlabelled_units, StrongColumns& c) {
    const bool imperial = unlabelled_units == domain::UnitSystem::imperial;
    const std::string& weight_key = header.keys[c.weight];
    c.weight_unit = imperial ? WeightUnit::lb : WeightUnit::kg;
    if (weight_key == "weight (kg)") c.weight_unit = WeightUnit::kg;
    if (weight_key == "weight (lb)" || weight_key == "weight (lbs)") c.weight_unit = WeightUnit::lb;
    if (weight_key == "weight" && c.weight_unit_column) c.weight_unit = WeightUnit::per_row;
    c.distance_unit = imperial ? DistanceUnit::mi : DistanceUnit::km;
    if (c.distance) {
        const std::string& key = header.keys[*c.distance];
        if (key == "distance (km)") c.distance_unit = DistanceUnit::km;
        if (key == "distance (mi)") c.distance_unit = DistanceUnit::mi;
        if (key == "distance (m)") c.distance_unit = DistanceUnit::m;
        if (key == "distance" && c.distance_unit_column) c.distance_unit = DistanceUnit::per_row;
    }
}

/// True for Strong's rows that are no set ("Rest Timer", notes).
bool is_non_set_row(std::string_view order) { return order == "Rest Timer" || order == "Note" || order == "Notes"; }

/// "Set Order": a set number, or W/D/F for warm-up, drop and failure sets.
RowProblem read_set_order(const CsvRow& row, std::size_t column, StrengthRow& set) {
    const std::string_view order = row.text(column);
    if (order == "W" || order == "w") {
        set.kind = SetKind::warmup;
    } else if (order == "D" || order == "d") {
        set.kind = SetKind::drop;
    } else if (order == "F" || order == "f") {
        set.kind = SetKind::failure;
    } else {
        int number = 0;
        const auto [end, error] = std::from_chars(order.data(), order.data() + order.size(), number);
        if (error != std::errc{} || end != order.data() + order.size() || number < 0) {
            return row.failure(column, "a set number, or W (warm-up), D (drop set) or F (failure)");
        }
        set.set_number = number;
    }
    return std::nullopt;
}

/// The workout's columns: start (local time), name, exercise, notes, duration.
RowProblem read_workout(const CsvRow& row, const StrongColumns& c, StrengthRow& set) {
    auto start = parse_local_date_time(row.text(c.date));
    if (!start) {
        return row.failure(c.date, "a date and time like 2024-11-28 17:36:08",
                           "keep Strong's date format, local time, 24-hour clock");
    }
    set.start_local = *start;
    set.workout_name = row.text(c.name);
    set.exercise = row.text(c.exercise);
    if (set.exercise.empty()) return row.failure(c.exercise, "an exercise name");
    if (c.notes) set.workout_notes = row.text(*c.notes);
    if (c.duration && !row.text(*c.duration).empty()) {
        set.workout_duration_s = parse_strong_duration(row.text(*c.duration));
        if (!set.workout_duration_s) return row.failure(*c.duration, "a duration like 1h 8m, 35m or 45s");
    }
    return std::nullopt;
}

/// "Weight", in kg after the file's or the row's unit.
RowProblem read_weight(const CsvRow& row, const StrongColumns& c, StrengthRow& set) {
    auto weight = row.number(c.weight, "a weight (a number, e.g. 62.5)");
    if (!weight) return weight.error();
    if (!weight.value()) return std::nullopt;
    WeightUnit unit = c.weight_unit;
    if (unit == WeightUnit::per_row) {
        const std::string lowered = util::to_lower(row.text(*c.weight_unit_column));
        if (lowered == "kg" || lowered == "kgs") {
            unit = WeightUnit::kg;
        } else if (lowered == "lb" || lowered == "lbs") {
            unit = WeightUnit::lb;
        } else {
            return row.failure(*c.weight_unit_column, "kg or lbs");
        }
    }
    set.weight_kg = unit == WeightUnit::lb ? units::pounds_to_kg(*weight.value()) : *weight.value();
    return std::nullopt;
}

/// "Reps": a whole number; 0 (Strong's value for timed and cardio sets) means none.
RowProblem read_reps(const CsvRow& row, std::size_t column, StrengthRow& set) {
    auto reps = row.number(column, "a whole number of repetitions");
    if (!reps) return reps.error();
    if (!reps.value()) return std::nullopt;
    const double value = *reps.value();
    if (value < 0 || value != std::floor(value) || value > 10000) {
        return row.failure(column, "a whole number of repetitions (0 or more)");
    }
    if (value > 0) set.reps = static_cast<int>(value);
    return std::nullopt;
}

/// "Distance", in metres after the file's or the row's unit; 0 means none.
RowProblem read_distance(const CsvRow& row, const StrongColumns& c, StrengthRow& set) {
    if (!c.distance) return std::nullopt;
    auto distance = row.number(*c.distance, "a distance (a number)");
    if (!distance) return distance.error();
    if (!distance.value() || *distance.value() <= 0) return std::nullopt;
    DistanceUnit unit = c.distance_unit;
    if (unit == DistanceUnit::per_row) {
        const std::string lowered = util::to_lower(row.text(*c.distance_unit_column));
        if (lowered == "km" || lowered.empty()) {
            unit = DistanceUnit::km;
        } else if (lowered == "mi" || lowered == "miles") {
            unit = DistanceUnit::mi;
        } else if (lowered == "m") {
            unit = DistanceUnit::m;
        } else {
            return row.failure(*c.distance_unit_column, "km, mi or m");
        }
    }
    const double value = *distance.value();
    set.distance_m = unit == DistanceUnit::km   ? value * units::kMetresPerKilometre
                     : unit == DistanceUnit::mi ? value * units::kMetresPerMile
                                                : value;
    return std::nullopt;
}

/// "Seconds" (0 means none) and "RPE" (1 to 10, or empty).
RowProblem read_seconds_and_rpe(const CsvRow& row, const StrongColumns& c, StrengthRow& set) {
    if (c.seconds) {
        auto seconds = row.number(*c.seconds, "a number of seconds");
        if (!seconds) return seconds.error();
        if (seconds.value() && *seconds.value() > 0) set.duration_s = *seconds.value();
    }
    if (c.rpe) {
        constexpr std::string_view kExpected = "an RPE from 1 to 10";
        constexpr std::string_view kHint = "leave the field empty when no RPE was logged";
        auto rpe = row.number(*c.rpe, kExpected, kHint);
        if (!rpe) return rpe.error();
        if (rpe.value()) {
            if (*rpe.value() < 1 || *rpe.value() > 10) return row.failure(*c.rpe, kExpected, kHint);
            set.rpe = rpe.value();
        }
    }
    return std::nullopt;
}

/// One set row, column by column in the order the checks have always run (the first bad column fails).
RowProblem read_set(const CsvRow& row, const StrongColumns& c, StrengthRow& set) {
    if (RowProblem problem = read_set_order(row, c.order, set)) return problem;
    if (RowProblem problem = read_workout(row, c, set)) return problem;
    if (RowProblem problem = read_weight(row, c, set)) return problem;
    if (RowProblem problem = read_reps(row, c.reps, set)) return problem;
    if (RowProblem problem = read_distance(row, c, set)) return problem;
    return read_seconds_and_rpe(row, c, set);
}

}  // namespace

util::Result<StrengthCounts> StrongReader::read(std::span<const std::byte> bytes, const std::string& path) {
    const std::string_view text{reinterpret_cast<const char*>(bytes.data()), bytes.size()};  // NOLINT: bytes as text
    const char separator = detect_separator(text);
    const bool decimal_comma = separator == ';';
    CsvTokenizer tokenizer(text, separator, path);
    CsvRecord record;
    auto has = tokenizer.next(record);
    if (!has) return has.error();
    if (!has.value()) return util::Error(util::ErrorCode::csv_empty, util::SourcePos::at_line(path, 1), "empty file: expected a Strong header");
    const CsvHeader header = CsvHeader::from(record);
    if (auto bad = check_header_columns(path, record, header,
                                        {{"weight", "weight (kg)", "weight (lb)", "weight (lbs)"},
                                         {"distance", "distance (km)", "distance (mi)", "distance (m)"}},
                                        kStrongReadKeys))
        return std::move(*bad);
    auto columns = find_columns(header, util::SourcePos::at_line(path, record.line));
    if (!columns) return columns.error();
    choose_units(header, m_unlabelled_units, columns.value());

    StrengthCounts counts;
    counts.weight_unit_unlabelled = header.keys[columns->weight] == "weight" && !columns->weight_unit_column;
    while (true) {
        has = tokenizer.next(record);
        if (!has) return has.error();
        if (!has.value()) break;
        const CsvRow row(path, record, header, decimal_comma);
        if (auto bad = row.check_width()) return std::move(*bad);
        if (is_non_set_row(row.text(columns->order))) {
            ++counts.skipped;
            continue;
        }
        StrengthRow set;
        set.line = record.line;
        if (RowProblem problem = read_set(row, columns.value(), set)) return std::move(*problem);
        ++counts.sets;
        m_handler->on_set(set);
    }
    return counts;
}

}  // namespace ironstride::ingest::csv
