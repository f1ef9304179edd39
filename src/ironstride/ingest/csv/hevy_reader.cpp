#include "ironstride/ingest/csv/hevy_reader.hpp"

#include <array>
#include <cmath>
#include <optional>

#include <fmt/format.h>

#include "ironstride/ingest/csv/csv_header_check.hpp"
#include "ironstride/ingest/csv/csv_row.hpp"
#include "ironstride/ingest/csv/strength_values.hpp"
#include "ironstride/units/conversions.hpp"

namespace ironstride::ingest::csv {

namespace {

/// The columns read from a Hevy export: none of them may repeat (the others may).
constexpr std::array<std::string_view, 16> kHevyReadKeys{
    "title",          "start_time",  "end_time",         "description", "exercise_title", "set_index",
    "set_type",       "weight_kg",   "weight_lbs",       "weight_lb",   "reps",           "distance_km",
    "distance_miles", "distance_mi", "duration_seconds", "rpe"};

constexpr std::string_view kTimeExpected = "a time like 30 Jun 2025, 19:56";
constexpr double kMaxSetIndexOrReps = 10000;

/// Where a Hevy export keeps each value; the header says whether weights are in pounds and distances in miles.
struct HevyColumns {
    std::size_t title = 0;
    std::size_t start = 0;
    std::size_t exercise = 0;
    std::size_t weight = 0;
    std::size_t reps = 0;
    std::optional<std::size_t> end;
    std::optional<std::size_t> notes;
    std::optional<std::size_t> index;
    std::optional<std::size_t> type;
    std::optional<std::size_t> distance;
    std::optional<std::size_t> duration;
    std::optional<std::size_t> rpe;
    bool pounds = false;
    bool miles = false;
};

/// A row's outcome: a failure, or nothing (the columns were read into the set).
using RowProblem = std::optional<util::Error>;

/// The columns by name (in any order); fails naming the first required one that is missing.
util::Result<HevyColumns> find_columns(const CsvHeader& header, const util::SourcePos& pos) {
    const auto missing = [&pos](std::string_view name) {
        return util::Error(util::ErrorCode::csv_missing_column, pos,
                           fmt::format("Hevy header has no \"{}\" column", name))
            .with_hint("export again from Hevy (Settings → Export & Import Data) without editing the header");
    };
    HevyColumns c;
    const auto title = header.find({"title"});
    if (!title) return missing("title");
    const auto start = header.find({"start_time"});
    if (!start) return missing("start_time");
    const auto exercise = header.find({"exercise_title"});
    if (!exercise) return missing("exercise_title");
    const auto weight = header.find({"weight_kg", "weight_lbs", "weight_lb"});
    if (!weight) return missing("weight_kg");
    const auto reps = header.find({"reps"});
    if (!reps) return missing("reps");
    c.title = *title;
    c.start = *start;
    c.exercise = *exercise;
    c.weight = *weight;
    c.reps = *reps;
    c.end = header.find({"end_time"});
    c.notes = header.find({"description"});
    c.index = header.find({"set_index"});
    c.type = header.find({"set_type"});
    c.distance = header.find({"distance_km", "distance_miles", "distance_mi"});
    c.duration = header.find({"duration_seconds"});
    c.rpe = header.find({"rpe"});
    c.pounds = header.keys[c.weight] != "weight_kg";
    c.miles = c.distance && header.keys[*c.distance] != "distance_km";
    return c;
}

/// The workout's columns: title, start and end (local time), description, exercise.
RowProblem read_workout(const CsvRow& row, const HevyColumns& c, StrengthRow& set) {
    set.workout_name = row.text(c.title);
    const auto start = parse_hevy_date_time(row.text(c.start));
    if (!start) return row.failure(c.start, kTimeExpected);
    set.start_local = *start;
    if (c.end && !row.text(*c.end).empty()) {
        set.end_local = parse_hevy_date_time(row.text(*c.end));
        if (!set.end_local) return row.failure(*c.end, kTimeExpected);
    }
    if (c.notes) set.workout_notes = row.text(*c.notes);
    set.exercise = row.text(c.exercise);
    if (set.exercise.empty()) return row.failure(c.exercise, "an exercise name");
    return std::nullopt;
}

/// set_index (0-based) and set_type (normal, warmup, dropset, failure).
RowProblem read_set_index_and_type(const CsvRow& row, const HevyColumns& c, StrengthRow& set) {
    if (c.index) {
        auto index = row.number(*c.index, "a set index (0, 1, 2, …)");
        if (!index) return index.error();
        if (index.value()) {
            const double value = *index.value();
            if (value < 0 || value != std::floor(value) || value > kMaxSetIndexOrReps) {
                return row.failure(*c.index, "a set index (0, 1, 2, …)");
            }
            set.set_number = static_cast<int>(value);
        }
    }
    if (c.type) {
        const std::string_view type = row.text(*c.type);
        if (type == "warmup") {
            set.kind = SetKind::warmup;
        } else if (type == "dropset") {
            set.kind = SetKind::drop;
        } else if (type == "failure") {
            set.kind = SetKind::failure;
        } else if (type != "normal" && !type.empty()) {
            return row.failure(*c.type, "normal, warmup, dropset or failure");
        }
    }
    return std::nullopt;
}

/// Weight (kg or lb by the header) and reps (a whole number; 0 means none).
RowProblem read_weight_and_reps(const CsvRow& row, const HevyColumns& c, StrengthRow& set) {
    auto weight = row.number(c.weight, c.pounds ? "a weight in pounds" : "a weight in kilograms");
    if (!weight) return weight.error();
    if (weight.value()) set.weight_kg = c.pounds ? units::pounds_to_kg(*weight.value()) : *weight.value();
    auto reps = row.number(c.reps, "a whole number of repetitions");
    if (!reps) return reps.error();
    if (reps.value()) {
        const double value = *reps.value();
        if (value < 0 || value != std::floor(value) || value > kMaxSetIndexOrReps) {
            return row.failure(c.reps, "a whole number of repetitions (0 or more)");
        }
        if (value > 0) set.reps = static_cast<int>(value);
    }
    return std::nullopt;
}

/// Distance (km or miles by the header) and duration (0 means none), RPE (1 to 10, or empty).
RowProblem read_distance_duration_rpe(const CsvRow& row, const HevyColumns& c, StrengthRow& set) {
    if (c.distance) {
        auto distance = row.number(*c.distance, c.miles ? "a distance in miles" : "a distance in kilometres");
        if (!distance) return distance.error();
        if (distance.value() && *distance.value() > 0) {
            set.distance_m = *distance.value() * (c.miles ? units::kMetresPerMile : units::kMetresPerKilometre);
        }
    }
    if (c.duration) {
        auto seconds = row.number(*c.duration, "a number of seconds");
        if (!seconds) return seconds.error();
        if (seconds.value() && *seconds.value() > 0) set.duration_s = seconds.value();
    }
    if (c.rpe) {
        auto rpe = row.number(*c.rpe, "an RPE from 1 to 10");
        if (!rpe) return rpe.error();
        if (rpe.value()) {
            if (*rpe.value() < 1 || *rpe.value() > 10) return row.failure(*c.rpe, "an RPE from 1 to 10");
            set.rpe = rpe.value();
        }
    }
    return std::nullopt;
}

/// One set row, column by column in the order the checks have always run (the first bad column fails).
RowProblem read_set(const CsvRow& row, const HevyColumns& c, StrengthRow& set) {
    if (RowProblem problem = read_workout(row, c, set)) return problem;
    if (RowProblem problem = read_set_index_and_type(row, c, set)) return problem;
    if (RowProblem problem = read_weight_and_reps(row, c, set)) return problem;
    return read_distance_duration_rpe(row, c, set);
}

}  // namespace

util::Result<StrengthCounts> HevyReader::read(std::span<const std::byte> bytes, const std::string& path) {
    const std::string_view text{reinterpret_cast<const char*>(bytes.data()), bytes.size()};  // NOLINT: bytes as text
    const char separator = detect_separator(text);
    CsvTokenizer tokenizer(text, separator, path);
    CsvRecord record;
    auto has = tokenizer.next(record);
    if (!has) return has.error();
    if (!has.value()) return util::Error(util::ErrorCode::csv_empty, util::SourcePos::at_line(path, 1), "empty file: expected a Hevy header");
    const CsvHeader header = CsvHeader::from(record);
    if (auto bad = check_header_columns(
            path, record, header,
            {{"weight_kg", "weight_lbs", "weight_lb"}, {"distance_km", "distance_miles", "distance_mi"}},
            kHevyReadKeys))
        return std::move(*bad);
    const auto columns = find_columns(header, util::SourcePos::at_line(path, record.line));
    if (!columns) return columns.error();

    StrengthCounts counts;
    while (true) {
        has = tokenizer.next(record);
        if (!has) return has.error();
        if (!has.value()) break;
        const CsvRow row(path, record, header, separator == ';');
        if (auto bad = row.check_width()) return std::move(*bad);
        StrengthRow set;
        set.line = record.line;
        if (RowProblem problem = read_set(row, columns.value(), set)) return std::move(*problem);
        ++counts.sets;
        m_handler->on_set(set);
    }
    return counts;
}

}  // namespace ironstride::ingest::csv
