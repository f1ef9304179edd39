#include "ironstride/ingest/csv/hevy_reader.hpp"

#include <cmath>

#include <fmt/format.h>

#include "ironstride/ingest/csv/csv_row.hpp"
#include "ironstride/ingest/csv/strength_values.hpp"
#include "ironstride/units/conversions.hpp"

namespace ironstride::ingest::csv {

util::Result<StrengthCounts> HevyReader::read(std::span<const std::byte> bytes, const std::string& path) {
    const std::string_view text{reinterpret_cast<const char*>(bytes.data()), bytes.size()};  // NOLINT: bytes as text
    const char separator = detect_separator(text);
    CsvTokenizer tokenizer(text, separator, path);
    CsvRecord record;
    auto has = tokenizer.next(record);
    if (!has) return has.failure();
    if (!has.value()) return util::Failure{util::SourcePos::at_line(path, 1), "empty file: expected a Hevy header"};
    const CsvHeader header = CsvHeader::from(record);
    const auto require = [&](std::initializer_list<std::string_view> keys) -> util::Result<std::size_t> {
        if (auto index = header.find(keys)) return *index;
        return util::Failure{util::SourcePos::at_line(path, record.line),
                             fmt::format("Hevy header has no \"{}\" column; hint: export again from Hevy "
                                         "(Settings → Export & Import Data) without editing the header",
                                         *keys.begin())};
    };
    const auto title_col = require({"title"});
    if (!title_col) return title_col.failure();
    const auto start_col = require({"start_time"});
    if (!start_col) return start_col.failure();
    const auto exercise_col = require({"exercise_title"});
    if (!exercise_col) return exercise_col.failure();
    const auto weight_col = require({"weight_kg", "weight_lbs", "weight_lb"});
    if (!weight_col) return weight_col.failure();
    const auto reps_col = require({"reps"});
    if (!reps_col) return reps_col.failure();
    const auto end_col = header.find({"end_time"});
    const auto notes_col = header.find({"description"});
    const auto index_col = header.find({"set_index"});
    const auto type_col = header.find({"set_type"});
    const auto distance_col = header.find({"distance_km", "distance_miles", "distance_mi"});
    const auto duration_col = header.find({"duration_seconds"});
    const auto rpe_col = header.find({"rpe"});
    const bool pounds = header.keys[weight_col.value()] != "weight_kg";
    const bool miles = distance_col && header.keys[*distance_col] != "distance_km";
    constexpr std::string_view kTimeExpected = "a time like 30 Jun 2025, 19:56";

    StrengthCounts counts;
    while (true) {
        has = tokenizer.next(record);
        if (!has) return has.failure();
        if (!has.value()) break;
        const CsvRow row(path, record, header, separator == ';');
        if (auto bad = row.check_width()) return std::move(*bad);

        StrengthRow set;
        set.line = record.line;
        set.workout_name = row.text(title_col.value());
        const auto start = parse_hevy_date_time(row.text(start_col.value()));
        if (!start) return row.failure(start_col.value(), kTimeExpected);
        set.start_local = *start;
        if (end_col && !row.text(*end_col).empty()) {
            set.end_local = parse_hevy_date_time(row.text(*end_col));
            if (!set.end_local) return row.failure(*end_col, kTimeExpected);
        }
        if (notes_col) set.workout_notes = row.text(*notes_col);
        set.exercise = row.text(exercise_col.value());
        if (set.exercise.empty()) return row.failure(exercise_col.value(), "an exercise name");
        if (index_col) {
            auto index = row.number(*index_col, "a set index (0, 1, 2, …)");
            if (!index) return index.failure();
            if (index.value()) {
                const double value = *index.value();
                if (value < 0 || value != std::floor(value) || value > 10000) {
                    return row.failure(*index_col, "a set index (0, 1, 2, …)");
                }
                set.set_number = static_cast<int>(value);
            }
        }
        if (type_col) {
            const std::string_view type = row.text(*type_col);
            if (type == "warmup") {
                set.kind = SetKind::warmup;
            } else if (type == "dropset") {
                set.kind = SetKind::drop;
            } else if (type == "failure") {
                set.kind = SetKind::failure;
            } else if (type != "normal" && !type.empty()) {
                return row.failure(*type_col, "normal, warmup, dropset or failure");
            }
        }
        auto weight = row.number(weight_col.value(), pounds ? "a weight in pounds" : "a weight in kilograms");
        if (!weight) return weight.failure();
        if (weight.value()) set.weight_kg = pounds ? units::pounds_to_kg(*weight.value()) : *weight.value();
        auto reps = row.number(reps_col.value(), "a whole number of repetitions");
        if (!reps) return reps.failure();
        if (reps.value()) {
            const double value = *reps.value();
            if (value < 0 || value != std::floor(value) || value > 10000) {
                return row.failure(reps_col.value(), "a whole number of repetitions (0 or more)");
            }
            if (value > 0) set.reps = static_cast<int>(value);
        }
        if (distance_col) {
            auto distance = row.number(*distance_col, miles ? "a distance in miles" : "a distance in kilometres");
            if (!distance) return distance.failure();
            if (distance.value() && *distance.value() > 0) {
                set.distance_m = *distance.value() * (miles ? units::kMetresPerMile : units::kMetresPerKilometre);
            }
        }
        if (duration_col) {
            auto seconds = row.number(*duration_col, "a number of seconds");
            if (!seconds) return seconds.failure();
            if (seconds.value() && *seconds.value() > 0) set.duration_s = seconds.value();
        }
        if (rpe_col) {
            auto rpe = row.number(*rpe_col, "an RPE from 1 to 10");
            if (!rpe) return rpe.failure();
            if (rpe.value()) {
                if (*rpe.value() < 1 || *rpe.value() > 10) return row.failure(*rpe_col, "an RPE from 1 to 10");
                set.rpe = rpe.value();
            }
        }
        ++counts.sets;
        m_handler->on_set(set);
    }
    return counts;
}

}  // namespace ironstride::ingest::csv
