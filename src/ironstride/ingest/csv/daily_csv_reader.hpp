#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>

#include "ironstride/domain/daily_log.hpp"
#include "ironstride/ingest/csv/csv_layout.hpp"
#include "ironstride/ingest/decoded_file.hpp"
#include "ironstride/util/result.hpp"

namespace ironstride::ingest::csv {

/// Receives the rows of the daily CSVs (STYLE habit 3), each with its 1-based line.
class DailyHandler {
public:
    DailyHandler() = default;
    DailyHandler(const DailyHandler&) = default;
    DailyHandler(DailyHandler&&) = default;
    DailyHandler& operator=(const DailyHandler&) = default;
    DailyHandler& operator=(DailyHandler&&) = default;
    virtual ~DailyHandler() = default;

    virtual void on_body(std::uint32_t /*line*/, const domain::BodyEntry& /*entry*/) {}
    virtual void on_sleep(std::uint32_t /*line*/, const domain::SleepEntry& /*entry*/) {}
    virtual void on_nutrition(std::uint32_t /*line*/, const domain::NutritionEntry& /*entry*/) {}
};

struct DailyCounts {
    CsvLayout layout = CsvLayout::body;
    std::size_t rows = 0;
    std::size_t unlogged_days = 0;  ///< Cronometer days with no energy logged, skipped
};

/// Reads the daily CSVs of docs/csv-formats.md, choosing the layout from the header:
/// - body:      `date,weight_kg[,body_fat_pct]` or `date,weight_lb[,body_fat_pct]`
/// - sleep:     `date,sleep_h[,quality_pct]`
/// - nutrition: `date,kcal[,protein_g][,carbs_g][,fat_g]`
/// - Cronometer "Daily Nutrition" export: `Date,Energy (kcal),…,Carbs (g),…,Fat (g),…,Protein (g),…` (other
///   columns ignored; days with no energy logged are skipped).
/// Separators ',' ';' or tab (with ';', decimal commas are accepted). Columns in any order; an unknown column in the
/// simple layouts fails with a "did you mean" hint; a column named twice, or weight_kg beside weight_lb, fails
/// naming both. Values are range-checked (weight 0–500 kg, sleep 0–24 h, …); dates before 1900 or after
/// `latest_day` (when given) fail, and so does a second row for a day, naming both lines.
class DailyCsvReader {
public:
    explicit DailyCsvReader(DailyHandler& handler, std::optional<units::CivilDay> latest_day = {}) noexcept
        : m_handler(&handler), m_latest_day(latest_day) {}

    [[nodiscard]] util::Result<DailyCounts> read(std::span<const std::byte> bytes, const std::string& path);

private:
    DailyHandler* m_handler;
    std::optional<units::CivilDay> m_latest_day;
};

/// A daily CSV into body, sleep or nutrition entries (DailyCsvReader); FileFormat body_csv, sleep_csv,
/// nutrition_csv and cronometer_csv.
[[nodiscard]] util::Result<DecodedFile> decode_daily(std::span<const std::byte> bytes, const std::string& path,
                                                     std::optional<units::CivilDay> latest_day = {});

}  // namespace ironstride::ingest::csv
