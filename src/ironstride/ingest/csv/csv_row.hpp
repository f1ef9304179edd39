#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ironstride/ingest/csv/csv_tokenizer.hpp"
#include "ironstride/units/civil_time.hpp"
#include "ironstride/util/result.hpp"

namespace ironstride::ingest::csv {

/// A header: column names as written and their matching keys (trimmed, lower-case).
struct CsvHeader {
    std::vector<std::string> names;
    std::vector<std::string> keys;

    [[nodiscard]] static CsvHeader from(const CsvRecord& record);
    /// Index of the first column whose key is one of `keys`, or nothing.
    [[nodiscard]] std::optional<std::size_t> find(std::initializer_list<std::string_view> keys) const;
};

/// Typed access to one data record, with DuckDB-style failures (STYLE habit 7): path:line:column, the column's name,
/// what was found, what was expected, and a hint how to fix it.
class CsvRow {
public:
    CsvRow(const std::string& path, const CsvRecord& record, const CsvHeader& header, bool decimal_comma) noexcept
        : m_path(path), m_record(record), m_header(header), m_decimal_comma(decimal_comma) {}

    /// Fails when the record has fewer fields than the header, or more that are not empty.
    [[nodiscard]] std::optional<util::Error> check_width() const;

    /// The trimmed text of a column (empty when the record is short).
    [[nodiscard]] std::string_view text(std::size_t column) const noexcept;
    /// A number; empty text gives nothing. With decimal_comma, "62,5" reads as 62.5 (Strong's `;` exports).
    [[nodiscard]] util::Result<std::optional<double>> number(std::size_t column, std::string_view expected,
                                                             std::string_view hint = {}) const;
    /// A number that must be there.
    [[nodiscard]] util::Result<double> required_number(std::size_t column, std::string_view expected,
                                                       std::string_view hint = {}) const;
    /// A civil date "YYYY-MM-DD".
    [[nodiscard]] util::Result<units::CivilDay> date(std::size_t column) const;

    /// A failure at a column: `column 3 "Weight": found "abc", expected …; hint: …`.
    [[nodiscard]] util::Error failure(std::size_t column, std::string_view expected, std::string_view hint = {}) const;
    [[nodiscard]] util::SourcePos position(std::size_t column) const;
    [[nodiscard]] std::uint32_t line() const noexcept { return m_record.line; }

private:
    const std::string& m_path;
    const CsvRecord& m_record;
    const CsvHeader& m_header;
    bool m_decimal_comma;
};

/// Parses a decimal number ("62.5", "1e3", "+3"); with decimal_comma also "62,5". Nothing on failure.
[[nodiscard]] std::optional<double> parse_decimal(std::string_view text, bool decimal_comma) noexcept;

}  // namespace ironstride::ingest::csv
