#include "ironstride/ingest/csv/daily_csv_reader.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "ironstride/ingest/csv/csv_header_check.hpp"
#include "ironstride/ingest/csv/csv_layout.hpp"
#include "ironstride/ingest/csv/csv_row.hpp"
#include "ironstride/units/conversions.hpp"
#include "ironstride/units/plausible_dates.hpp"
#include "ironstride/util/echo.hpp"
#include "ironstride/util/text.hpp"

namespace ironstride::ingest::csv {

namespace {

/// Plausibility limits: a value outside is a typo or a unit mix-up, not a measurement.
constexpr double kMaxWeightKg = 500.0;
constexpr double kMaxPercent = 100.0;
constexpr double kMaxSleepH = 24.0;
constexpr double kMaxKcal = 30000.0;
constexpr double kMaxMacroG = 5000.0;

constexpr std::array<std::string_view, 3> kBodyKeys{"date", "weight_kg", "body_fat_pct"};
constexpr std::array<std::string_view, 3> kBodyLbKeys{"date", "weight_lb", "body_fat_pct"};
constexpr std::array<std::string_view, 3> kSleepKeys{"date", "sleep_h", "quality_pct"};
constexpr std::array<std::string_view, 5> kNutritionKeys{"date", "kcal", "protein_g", "carbs_g", "fat_g"};
constexpr std::array<std::string_view, 5> kCronometerReadKeys{"date", "energy (kcal)", "protein (g)", "carbs (g)",
                                                              "fat (g)"};

/// Fails on a header column the simple layout does not know, suggesting the closest known one.
std::optional<util::Error> check_known(const std::string& path, const CsvRecord& record, const CsvHeader& header,
                                         std::span<const std::string_view> known, std::string_view layout) {
    for (std::size_t i = 0; i < header.keys.size(); ++i) {
        const std::string& key = header.keys[i];
        if (key == "weight_lbs" && layout == "body") continue;
        if (std::find(known.begin(), known.end(), key) != known.end()) continue;
        std::string message =
            fmt::format("unknown column {} in a {} CSV; expected ", util::quote_for_display(header.names[i]), layout);
        for (std::size_t k = 0; k < known.size(); ++k) message += fmt::format("{}{}", k == 0 ? "" : ", ", known[k]);
        const auto suggestion = util::closest_match(key, known);
        return util::Error(util::ErrorCode::csv_unknown_column,
                           util::SourcePos::at_line(path, record.line, record.field_columns[i]), std::move(message))
            .with_hint(suggestion ? fmt::format("did you mean \"{}\"?", *suggestion) : "see docs/csv-formats.md");
    }
    return std::nullopt;
}

/// A number within [low, high], or nothing when empty.
util::Result<std::optional<double>> ranged(const CsvRow& row, std::optional<std::size_t> column, double low,
                                           double high, std::string_view expected, std::string_view hint = {}) {
    if (!column) return std::optional<double>{};
    auto value = row.number(*column, expected, hint);
    if (!value) return value.error();
    if (value.value() && (*value.value() < low || *value.value() > high)) return row.failure(*column, expected, hint);
    return value.value();
}

/// The layout a header stands for, with the columns each layout reads.
struct DailyColumns {
    CsvLayout layout = CsvLayout::body;
    std::size_t date = 0;
    bool pounds = false;  ///< body: weight_lb(s) instead of weight_kg
    std::optional<std::size_t> weight;
    std::optional<std::size_t> fat;
    std::optional<std::size_t> sleep;
    std::optional<std::size_t> quality;
    std::optional<std::size_t> kcal;
    std::optional<std::size_t> protein;
    std::optional<std::size_t> carbs;
    std::optional<std::size_t> fat_g;
};

/// The daily layout of the header, failing for a header of no daily layout (Strong and Hevy included) and for an
/// unknown column in a simple layout.
util::Result<DailyColumns> find_columns(const std::string& path, const CsvRecord& record, const CsvHeader& header) {
    const auto layout = classify_header(header.keys);
    if (!layout || *layout == CsvLayout::strong || *layout == CsvLayout::hevy) {
        return util::Error(util::ErrorCode::csv_unknown_layout, util::SourcePos::at_line(path, record.line),
                           "header matches no daily CSV layout; expected date,weight_kg[,body_fat_pct] or "
                           "date,sleep_h or date,kcal,protein_g,carbs_g,fat_g (docs/csv-formats.md)");
    }
    // Before the unknown-column check: weight_kg beside weight_lb is a conflict, not a misspelling of weight_lb.
    const bool cronometer = *layout == CsvLayout::cronometer;
    if (auto bad = check_header_columns(path, record, header, {{"weight_kg", "weight_lb", "weight_lbs"}},
                                        cronometer ? std::span<const std::string_view>{kCronometerReadKeys}
                                                   : std::span<const std::string_view>{})) {
        return std::move(*bad);
    }
    DailyColumns c;
    c.layout = *layout;
    c.date = *header.find({"date"});
    std::optional<util::Error> unknown;
    switch (c.layout) {
    case CsvLayout::body:
        c.pounds = header.find({"weight_lb", "weight_lbs"}).has_value();
        unknown = check_known(path, record, header, c.pounds ? std::span<const std::string_view>{kBodyLbKeys}
                                                             : std::span<const std::string_view>{kBodyKeys},
                              "body");
        break;
    case CsvLayout::sleep: unknown = check_known(path, record, header, kSleepKeys, "sleep"); break;
    case CsvLayout::nutrition: unknown = check_known(path, record, header, kNutritionKeys, "nutrition"); break;
    default: break;
    }
    if (unknown) return std::move(*unknown);
    c.weight = header.find({"weight_kg", "weight_lb", "weight_lbs"});
    c.fat = header.find({"body_fat_pct"});
    c.sleep = header.find({"sleep_h"});
    c.quality = header.find({"quality_pct"});
    c.kcal = header.find({"kcal", "energy (kcal)"});
    c.protein = header.find({"protein_g", "protein (g)"});
    c.carbs = header.find({"carbs_g", "carbs (g)"});
    c.fat_g = header.find({"fat_g", "fat (g)"});
    return c;
}

/// A row's outcome: a failure, or nothing (the row was read and handed on, or skipped).
using RowProblem = std::optional<util::Error>;

RowProblem read_body_row(const CsvRow& row, const DailyColumns& c, units::CivilDay day, DailyHandler& handler) {
    const double max = c.pounds ? units::kg_to_pounds(kMaxWeightKg) : kMaxWeightKg;
    const std::string expected = c.pounds ? "a body weight in pounds, more than 0 and at most 1102"
                                          : "a body weight in kilograms, more than 0 and at most 500";
    auto weight = ranged(row, c.weight, 0, max, expected, c.pounds ? "" : "for pounds, name the column weight_lb");
    if (!weight) return weight.error();
    if (!weight.value() || *weight.value() <= 0) return row.failure(*c.weight, expected, "every row needs a weight");
    domain::BodyEntry entry;
    entry.day = day;
    entry.weight_kg = c.pounds ? units::pounds_to_kg(*weight.value()) : *weight.value();
    auto fat = ranged(row, c.fat, 0, kMaxPercent, "a body-fat percentage from 0 to 100",
                      "write 18.5 for 18.5 %, without the % sign");
    if (!fat) return fat.error();
    entry.body_fat_pct = fat.value();
    handler.on_body(row.line(), entry);
    return std::nullopt;
}

RowProblem read_sleep_row(const CsvRow& row, const DailyColumns& c, units::CivilDay day, DailyHandler& handler) {
    auto hours = ranged(row, c.sleep, 0, kMaxSleepH, "hours of sleep from 0 to 24", "write 7.5 for seven and a half hours");
    if (!hours) return hours.error();
    if (!hours.value()) return row.failure(*c.sleep, "hours of sleep from 0 to 24", "every row needs a value");
    auto quality = ranged(row, c.quality, 0, kMaxPercent, "a sleep quality from 0 to 100");
    if (!quality) return quality.error();
    handler.on_sleep(row.line(), domain::SleepEntry{day, *hours.value(), quality.value(), row.line()});
    return std::nullopt;
}

/// A nutrition (or Cronometer) row; a Cronometer day with no energy logged sets `unlogged` and is not handed on.
RowProblem read_nutrition_row(const CsvRow& row, const DailyColumns& c, units::CivilDay day, DailyHandler& handler,
                              bool& unlogged) {
    auto kcal = ranged(row, c.kcal, 0, kMaxKcal, "energy in kcal from 0 to 30000");
    if (!kcal) return kcal.error();
    if (c.layout == CsvLayout::cronometer && (!kcal.value() || *kcal.value() <= 0)) {
        unlogged = true;  // Cronometer lists days with nothing logged
        return std::nullopt;
    }
    if (!kcal.value()) return row.failure(*c.kcal, "energy in kcal from 0 to 30000", "every row needs kcal");
    domain::NutritionEntry entry;
    entry.day = day;
    entry.kcal = *kcal.value();
    auto protein = ranged(row, c.protein, 0, kMaxMacroG, "grams of protein from 0 to 5000");
    if (!protein) return protein.error();
    auto carbs = ranged(row, c.carbs, 0, kMaxMacroG, "grams of carbohydrate from 0 to 5000");
    if (!carbs) return carbs.error();
    auto fat = ranged(row, c.fat_g, 0, kMaxMacroG, "grams of fat from 0 to 5000");
    if (!fat) return fat.error();
    entry.protein_g = protein.value();
    entry.carbs_g = carbs.value();
    entry.fat_g = fat.value();
    handler.on_nutrition(row.line(), entry);
    return std::nullopt;
}

/// The row's day, refused when it is before units::kEarliestPlausibleDay or after `latest` (a typo, a placeholder
/// such as 0000-01-01, or a date in the future), like `checkin` refuses a future --date.
util::Result<units::CivilDay> plausible_day(const CsvRow& row, std::size_t column,
                                            std::optional<units::CivilDay> latest) {
    const auto day = row.date(column);
    if (!day) return day.error();
    const bool too_late = latest && day.value() > *latest;
    if (day.value() < units::kEarliestPlausibleDay || too_late) {
        const std::string expected =
            latest ? fmt::format("a date from {} to {} (tomorrow)",
                                 units::format_iso_date(units::kEarliestPlausibleDay), units::format_iso_date(*latest))
                   : fmt::format("a date from {} on", units::format_iso_date(units::kEarliestPlausibleDay));
        return row.failure(column, expected,
                           too_late ? "a day in the future cannot be logged yet; check the year"
                                    : "check the year; a placeholder date is not a day");
    }
    return day.value();
}

/// The lines each day was on so far: a second row for a day is refused, naming both lines, instead of one of the
/// two values silently winning.
class DaysSeen {
public:
    std::optional<util::Error> add(const CsvRow& row, std::size_t column, units::CivilDay day) {
        const auto [it, added] = m_lines.emplace(day, row.line());
        if (added) return std::nullopt;
        return util::Error(util::ErrorCode::csv_duplicate_day, row.position(column),
                           fmt::format("{} is given twice, on lines {} and {}; which value is right is a guess",
                                       units::format_iso_date(day), it->second, row.line()))
            .with_hint("keep one row per day: remove or correct one of the two");
    }

private:
    std::map<units::CivilDay, std::uint32_t> m_lines;
};

class EntryCollector : public DailyHandler {
public:
    DecodedFile decoded;
    void on_body(std::uint32_t line, const domain::BodyEntry& entry) override {
        decoded.body.push_back(entry);
        decoded.body.back().source_line = line;
    }
    void on_sleep(std::uint32_t line, const domain::SleepEntry& entry) override {
        decoded.sleep.push_back(entry);
        decoded.sleep.back().source_line = line;
    }
    void on_nutrition(std::uint32_t line, const domain::NutritionEntry& entry) override {
        decoded.nutrition.push_back(entry);
        decoded.nutrition.back().source_line = line;
    }
};

}  // namespace

util::Result<DailyCounts> DailyCsvReader::read(std::span<const std::byte> bytes, const std::string& path) {
    const std::string_view text{reinterpret_cast<const char*>(bytes.data()), bytes.size()};  // NOLINT: bytes as text
    const char separator = detect_separator(text);
    CsvTokenizer tokenizer(text, separator, path);
    CsvRecord record;
    auto has = tokenizer.next(record);
    if (!has) return has.error();
    if (!has.value()) return util::Error(util::ErrorCode::csv_empty, util::SourcePos::at_line(path, 1), "empty file: expected a header line");
    const CsvHeader header = CsvHeader::from(record);
    const auto columns = find_columns(path, record, header);
    if (!columns) return columns.error();
    const DailyColumns& c = columns.value();

    DailyCounts counts;
    counts.layout = c.layout;
    DaysSeen days_seen;
    while (true) {
        has = tokenizer.next(record);
        if (!has) return has.error();
        if (!has.value()) break;
        const CsvRow row(path, record, header, separator == ';');
        if (auto bad = row.check_width()) return std::move(*bad);
        const auto day = plausible_day(row, c.date, m_latest_day);
        if (!day) return day.error();
        if (auto twice = days_seen.add(row, c.date, day.value())) return std::move(*twice);
        RowProblem problem;
        bool unlogged = false;
        switch (c.layout) {
        case CsvLayout::body: problem = read_body_row(row, c, day.value(), *m_handler); break;
        case CsvLayout::sleep: problem = read_sleep_row(row, c, day.value(), *m_handler); break;
        case CsvLayout::nutrition:
        case CsvLayout::cronometer: problem = read_nutrition_row(row, c, day.value(), *m_handler, unlogged); break;
        default: break;
        }
        if (problem) return std::move(*problem);
        if (unlogged) {
            ++counts.unlogged_days;
            continue;
        }
        ++counts.rows;
    }
    return counts;
}

util::Result<DecodedFile> decode_daily(std::span<const std::byte> bytes, const std::string& path,
                                       std::optional<units::CivilDay> latest_day) {
    EntryCollector collector;
    DailyCsvReader reader(collector, latest_day);
    const auto counts = reader.read(bytes, path);
    if (!counts) return counts.error();
    DecodedFile& decoded = collector.decoded;
    switch (counts->layout) {
    case CsvLayout::body: decoded.format = FileFormat::body_csv; break;
    case CsvLayout::sleep: decoded.format = FileFormat::sleep_csv; break;
    case CsvLayout::nutrition: decoded.format = FileFormat::nutrition_csv; break;
    case CsvLayout::cronometer: decoded.format = FileFormat::cronometer_csv; break;
    default: break;
    }
    if (counts->unlogged_days > 0) {
        decoded.warnings.push_back(fmt::format("{} days with no energy logged were skipped", counts->unlogged_days));
    }
    if (counts->rows == 0 && counts->unlogged_days == 0) decoded.warnings.emplace_back("no rows: the file has only a header");
    return std::move(decoded);
}

}  // namespace ironstride::ingest::csv
