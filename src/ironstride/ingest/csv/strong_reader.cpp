#include "ironstride/ingest/csv/strong_reader.hpp"

#include <charconv>
#include <cmath>
#include <optional>

#include <fmt/format.h>

#include "ironstride/ingest/csv/csv_row.hpp"
#include "ironstride/ingest/csv/strength_values.hpp"
#include "ironstride/units/conversions.hpp"
#include "ironstride/util/text.hpp"

namespace ironstride::ingest::csv {

namespace {

enum class WeightUnit { kg, lb, per_row };
enum class DistanceUnit { km, mi, m, per_row };

}  // namespace

util::Result<StrengthCounts> StrongReader::read(std::span<const std::byte> bytes, const std::string& path) {
    const std::string_view text{reinterpret_cast<const char*>(bytes.data()), bytes.size()};  // NOLINT: bytes as text
    const char separator = detect_separator(text);
    const bool decimal_comma = separator == ';';
    CsvTokenizer tokenizer(text, separator, path);
    CsvRecord record;
    auto has = tokenizer.next(record);
    if (!has) return has.failure();
    if (!has.value()) return util::Failure{util::SourcePos::at_line(path, 1), "empty file: expected a Strong header"};
    const CsvHeader header = CsvHeader::from(record);

    const auto require = [&](std::initializer_list<std::string_view> keys,
                             std::string_view name) -> util::Result<std::size_t> {
        if (auto index = header.find(keys)) return *index;
        return util::Failure{util::SourcePos::at_line(path, record.line),
                             fmt::format("Strong header has no \"{}\" column; hint: export again from Strong "
                                         "(Settings → Export Strong Data) without editing the header",
                                         name)};
    };
    const auto date_col = require({"date"}, "Date");
    if (!date_col) return date_col.failure();
    const auto name_col = require({"workout name"}, "Workout Name");
    if (!name_col) return name_col.failure();
    const auto exercise_col = require({"exercise name"}, "Exercise Name");
    if (!exercise_col) return exercise_col.failure();
    const auto order_col = require({"set order"}, "Set Order");
    if (!order_col) return order_col.failure();
    const auto weight_col = require({"weight", "weight (kg)", "weight (lb)", "weight (lbs)"}, "Weight");
    if (!weight_col) return weight_col.failure();
    const auto reps_col = require({"reps"}, "Reps");
    if (!reps_col) return reps_col.failure();
    const auto duration_col = header.find({"duration", "workout duration"});
    const auto distance_col = header.find({"distance", "distance (km)", "distance (mi)", "distance (m)"});
    const auto seconds_col = header.find({"seconds"});
    const auto rpe_col = header.find({"rpe"});
    const auto weight_unit_col = header.find({"weight unit"});
    const auto distance_unit_col = header.find({"distance unit"});
    const auto notes_col = header.find({"workout notes"});

    const bool imperial = m_unlabelled_units == domain::UnitSystem::imperial;
    const std::string& weight_key = header.keys[weight_col.value()];
    WeightUnit weight_unit = imperial ? WeightUnit::lb : WeightUnit::kg;
    if (weight_key == "weight (kg)") weight_unit = WeightUnit::kg;
    if (weight_key == "weight (lb)" || weight_key == "weight (lbs)") weight_unit = WeightUnit::lb;
    if (weight_key == "weight" && weight_unit_col) weight_unit = WeightUnit::per_row;
    DistanceUnit distance_unit = imperial ? DistanceUnit::mi : DistanceUnit::km;
    if (distance_col) {
        const std::string& key = header.keys[*distance_col];
        if (key == "distance (km)") distance_unit = DistanceUnit::km;
        if (key == "distance (mi)") distance_unit = DistanceUnit::mi;
        if (key == "distance (m)") distance_unit = DistanceUnit::m;
        if (key == "distance" && distance_unit_col) distance_unit = DistanceUnit::per_row;
    }

    StrengthCounts counts;
    while (true) {
        has = tokenizer.next(record);
        if (!has) return has.failure();
        if (!has.value()) break;
        const CsvRow row(path, record, header, decimal_comma);
        if (auto bad = row.check_width()) return std::move(*bad);

        StrengthRow set;
        set.line = record.line;
        const std::string_view order = row.text(order_col.value());
        if (order == "Rest Timer" || order == "Note" || order == "Notes") {
            ++counts.skipped;
            continue;
        }
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
                return row.failure(order_col.value(), "a set number, or W (warm-up), D (drop set) or F (failure)");
            }
            set.set_number = number;
        }

        auto start = parse_local_date_time(row.text(date_col.value()));
        if (!start) {
            return row.failure(date_col.value(), "a date and time like 2024-11-28 17:36:08",
                               "keep Strong's date format, local time, 24-hour clock");
        }
        set.start_local = *start;
        set.workout_name = row.text(name_col.value());
        set.exercise = row.text(exercise_col.value());
        if (set.exercise.empty()) return row.failure(exercise_col.value(), "an exercise name");
        if (notes_col) set.workout_notes = row.text(*notes_col);
        if (duration_col && !row.text(*duration_col).empty()) {
            set.workout_duration_s = parse_strong_duration(row.text(*duration_col));
            if (!set.workout_duration_s) {
                return row.failure(*duration_col, "a duration like 1h 8m, 35m or 45s");
            }
        }

        auto weight = row.number(weight_col.value(), "a weight (a number, e.g. 62.5)");
        if (!weight) return weight.failure();
        if (weight.value()) {
            WeightUnit unit = weight_unit;
            if (unit == WeightUnit::per_row) {
                const std::string lowered = util::to_lower(row.text(*weight_unit_col));
                if (lowered == "kg" || lowered == "kgs") {
                    unit = WeightUnit::kg;
                } else if (lowered == "lb" || lowered == "lbs") {
                    unit = WeightUnit::lb;
                } else {
                    return row.failure(*weight_unit_col, "kg or lbs");
                }
            }
            set.weight_kg = unit == WeightUnit::lb ? units::pounds_to_kg(*weight.value()) : *weight.value();
        }

        auto reps = row.number(reps_col.value(), "a whole number of repetitions");
        if (!reps) return reps.failure();
        if (reps.value()) {
            const double value = *reps.value();
            if (value < 0 || value != std::floor(value) || value > 10000) {
                return row.failure(reps_col.value(), "a whole number of repetitions (0 or more)");
            }
            if (value > 0) set.reps = static_cast<int>(value);  // Strong writes 0 reps for timed/cardio sets
        }

        if (distance_col) {
            auto distance = row.number(*distance_col, "a distance (a number)");
            if (!distance) return distance.failure();
            if (distance.value() && *distance.value() > 0) {
                DistanceUnit unit = distance_unit;
                if (unit == DistanceUnit::per_row) {
                    const std::string lowered = util::to_lower(row.text(*distance_unit_col));
                    if (lowered == "km" || lowered.empty()) {
                        unit = DistanceUnit::km;
                    } else if (lowered == "mi" || lowered == "miles") {
                        unit = DistanceUnit::mi;
                    } else if (lowered == "m") {
                        unit = DistanceUnit::m;
                    } else {
                        return row.failure(*distance_unit_col, "km, mi or m");
                    }
                }
                const double value = *distance.value();
                set.distance_m = unit == DistanceUnit::km   ? value * units::kMetresPerKilometre
                                 : unit == DistanceUnit::mi ? value * units::kMetresPerMile
                                                            : value;
            }
        }
        if (seconds_col) {
            auto seconds = row.number(*seconds_col, "a number of seconds");
            if (!seconds) return seconds.failure();
            if (seconds.value() && *seconds.value() > 0) set.duration_s = *seconds.value();
        }
        if (rpe_col) {
            auto rpe = row.number(*rpe_col, "an RPE from 1 to 10", "leave the field empty when no RPE was logged");
            if (!rpe) return rpe.failure();
            if (rpe.value()) {
                if (*rpe.value() < 1 || *rpe.value() > 10) {
                    return row.failure(*rpe_col, "an RPE from 1 to 10", "leave the field empty when no RPE was logged");
                }
                set.rpe = rpe.value();
            }
        }
        ++counts.sets;
        m_handler->on_set(set);
    }
    return counts;
}

}  // namespace ironstride::ingest::csv
