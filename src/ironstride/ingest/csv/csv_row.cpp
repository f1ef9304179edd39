#include "ironstride/ingest/csv/csv_row.hpp"

#include <charconv>
#include <cmath>
#include <string>

#include <fmt/format.h>

#include "ironstride/util/echo.hpp"
#include "ironstride/util/text.hpp"

namespace ironstride::ingest::csv {

CsvHeader CsvHeader::from(const CsvRecord& record) {
    CsvHeader header;
    for (const std::string_view field : record.fields) header.names.emplace_back(util::trim(field));
    header.keys = header_keys(record);
    return header;
}

std::optional<std::size_t> CsvHeader::find(std::initializer_list<std::string_view> wanted) const {
    for (std::size_t i = 0; i < keys.size(); ++i) {
        for (const std::string_view key : wanted) {
            if (keys[i] == key) return i;
        }
    }
    return std::nullopt;
}

std::optional<double> parse_decimal(std::string_view text, bool decimal_comma) noexcept {
    text = util::trim(text);
    if (!text.empty() && text.front() == '+') text.remove_prefix(1);
    if (text.empty()) return std::nullopt;
    double value = 0;
    if (decimal_comma && text.find(',') != std::string_view::npos) {
        if (text.find('.') != std::string_view::npos || text.find(',') != text.rfind(',')) return std::nullopt;
        char buffer[64];
        if (text.size() >= sizeof buffer) return std::nullopt;
        for (std::size_t i = 0; i < text.size(); ++i) buffer[i] = text[i] == ',' ? '.' : text[i];
        const auto [end, error] = std::from_chars(buffer, buffer + text.size(), value);
        if (error != std::errc{} || end != buffer + text.size() || !std::isfinite(value)) return std::nullopt;
        return value;
    }
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc{} || end != text.data() + text.size() || !std::isfinite(value)) return std::nullopt;
    return value;
}

util::SourcePos CsvRow::position(std::size_t column) const {
    if (column < m_record.size()) {
        return util::SourcePos::at_line(m_path, m_record.field_lines[column], m_record.field_columns[column]);
    }
    return util::SourcePos::at_line(m_path, m_record.line);
}

std::string_view CsvRow::text(std::size_t column) const noexcept {
    return column < m_record.size() ? util::trim(m_record.fields[column]) : std::string_view{};
}

util::Error CsvRow::failure(std::size_t column, std::string_view expected, std::string_view hint) const {
    const std::string name = column < m_header.names.size() ? m_header.names[column] : std::string{};
    return util::Error(util::ErrorCode::csv_bad_value, position(column),
                       fmt::format("column {} {}: found {}, expected {}", column + 1, util::quote_for_display(name),
                                   util::quote_for_display(text(column)), expected))
        .with_found(std::string(text(column)))
        .with_allowed(std::string(expected))
        .with_hint(std::string(hint));
}

std::optional<util::Error> CsvRow::check_width() const {
    const std::size_t want = m_header.names.size();
    const std::size_t have = m_record.size();
    if (have < want) {
        return util::Error(util::ErrorCode::csv_field_count, util::SourcePos::at_line(m_path, m_record.line),
                           fmt::format("found {} fields, expected {} as in the header", have, want))
            .with_hint("fill missing values with an empty field between separators");
    }
    for (std::size_t i = want; i < have; ++i) {
        if (!util::trim(m_record.fields[i]).empty()) {
            return util::Error(util::ErrorCode::csv_field_count, position(i),
                               fmt::format("found {} fields, expected {} as in the header", have, want))
                .with_hint("quote values that contain the separator");
        }
    }
    return std::nullopt;
}

util::Result<std::optional<double>> CsvRow::number(std::size_t column, std::string_view expected,
                                                    std::string_view hint) const {
    const std::string_view value = text(column);
    if (value.empty()) return std::optional<double>{};
    const auto parsed = parse_decimal(value, m_decimal_comma);
    if (!parsed) {
        const std::string default_hint = m_decimal_comma ? "write numbers without units, with ',' or '.' as the decimal mark"
                                                         : "write numbers without units, with '.' as the decimal mark";
        return failure(column, expected, hint.empty() ? std::string_view{default_hint} : hint);
    }
    return std::optional<double>{*parsed};
}

util::Result<double> CsvRow::required_number(std::size_t column, std::string_view expected, std::string_view hint) const {
    auto value = number(column, expected, hint);
    if (!value) return value.error();
    if (!value.value()) return failure(column, expected, hint.empty() ? "this column needs a value on every row" : hint);
    return *value.value();
}

util::Result<units::CivilDay> CsvRow::date(std::size_t column) const {
    auto parsed = units::parse_iso_date(text(column));
    if (!parsed) return failure(column, "a date YYYY-MM-DD", "write dates like 2024-05-01");
    return parsed.value();
}

}  // namespace ironstride::ingest::csv
