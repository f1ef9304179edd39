#pragma once

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ironstride/util/result.hpp"

namespace ironstride::ingest::csv {

/// One record of a CSV file. Fields are views into the input (or into the tokenizer for quoted fields with doubled
/// quotes), valid until the next call to CsvTokenizer::next.
struct CsvRecord {
    std::uint32_t line = 0;  ///< 1-based line where the record starts
    std::vector<std::string_view> fields;
    std::vector<std::uint32_t> field_lines;    ///< 1-based line where each field starts
    std::vector<std::uint32_t> field_columns;  ///< 1-based column (bytes) where each field starts

    [[nodiscard]] std::size_t size() const noexcept { return fields.size(); }
};

/// Splits RFC 4180 CSV into records, with the separator given (',' ';' or '\t'): quoted fields may hold the
/// separator, doubled quotes and line breaks; CRLF and LF both end a record; blank lines are skipped. A UTF-8 BOM at
/// the start is skipped. Positions count lines and byte columns for error messages.
class CsvTokenizer {
public:
    CsvTokenizer(std::string_view text, char separator, std::string path);

    /// Reads the next non-blank record into `record`: true when there was one, false at the end. Fails on a quoted
    /// field without its closing quote, or text right after a closing quote.
    [[nodiscard]] util::Result<bool> next(CsvRecord& record);

private:
    void skip_blank_lines() noexcept;
    /// A field in quotes, from its opening quote; fails when it never closes or text follows the closing quote.
    [[nodiscard]] std::optional<util::Error> read_quoted_field(CsvRecord& record);
    /// A quoted field's text with each doubled quote made single, kept in m_unescaped.
    [[nodiscard]] std::string_view unescape(std::string_view field);
    [[nodiscard]] std::optional<util::Error> check_after_closing_quote();
    /// A field without quotes, up to the separator or the end of the line (without a CR before LF).
    void read_plain_field(CsvRecord& record);
    /// Past the record's CR LF or LF.
    void end_record() noexcept;

    std::string_view m_text;
    char m_separator;
    std::string m_path;
    std::size_t m_pos = 0;
    std::uint32_t m_line = 1;
    std::size_t m_line_start = 0;
    std::deque<std::string> m_unescaped;  ///< storage for fields with doubled quotes (rare)
};

/// Strips a UTF-8 byte-order mark.
[[nodiscard]] std::string_view strip_bom(std::string_view text) noexcept;

/// The separator a header line uses: the most frequent of ',', ';' and tab outside quotes (',' on a tie or none).
[[nodiscard]] char detect_separator(std::string_view text) noexcept;

/// The header's column names: trimmed, lower-case, for matching ("Weight (kg)" → "weight (kg)").
[[nodiscard]] std::vector<std::string> header_keys(const CsvRecord& header);

}  // namespace ironstride::ingest::csv
