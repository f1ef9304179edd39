#include "ironstride/ingest/csv/csv_tokenizer.hpp"

#include <algorithm>
#include <utility>

#include <fmt/format.h>

#include "ironstride/util/echo.hpp"
#include "ironstride/util/text.hpp"

namespace ironstride::ingest::csv {

namespace {
constexpr const char* kDoubledQuoteHint = "a quote inside a quoted field is written twice (\"\")";
}  // namespace

std::string_view strip_bom(std::string_view text) noexcept {
    constexpr std::string_view kBom = "\xEF\xBB\xBF";
    if (text.substr(0, kBom.size()) == kBom) text.remove_prefix(kBom.size());
    return text;
}

char detect_separator(std::string_view text) noexcept {
    text = strip_bom(text);
    std::size_t commas = 0;
    std::size_t semicolons = 0;
    std::size_t tabs = 0;
    bool quoted = false;
    for (const char c : text) {
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted) {
            if (c == '\n') break;
            if (c == ',') ++commas;
            if (c == ';') ++semicolons;
            if (c == '\t') ++tabs;
        }
    }
    if (semicolons > commas && semicolons >= tabs) return ';';
    if (tabs > commas && tabs > semicolons) return '\t';
    return ',';
}

std::vector<std::string> header_keys(const CsvRecord& header) {
    std::vector<std::string> keys;
    keys.reserve(header.size());
    for (const std::string_view field : header.fields) keys.push_back(util::to_lower(util::trim(field)));
    return keys;
}

CsvTokenizer::CsvTokenizer(std::string_view text, char separator, std::string path)
    : m_text(text), m_separator(separator), m_path(std::move(path)) {
    const std::string_view stripped = strip_bom(text);
    m_pos = text.size() - stripped.size();
    m_line_start = m_pos;  // columns count from after the BOM
}

void CsvTokenizer::skip_blank_lines() noexcept {
    const std::size_t n = m_text.size();
    while (m_pos < n) {
        if (m_text[m_pos] == '\n') {
            ++m_pos;
            ++m_line;
            m_line_start = m_pos;
        } else if (m_text[m_pos] == '\r' && (m_pos + 1 == n || m_text[m_pos + 1] == '\n')) {
            ++m_pos;
        } else {
            break;
        }
    }
}

std::optional<util::Error> CsvTokenizer::read_quoted_field(CsvRecord& record) {
    const std::size_t n = m_text.size();
    const std::uint32_t open_line = m_line;
    const auto open_column = static_cast<std::uint32_t>(m_pos - m_line_start + 1);
    ++m_pos;
    const std::size_t start = m_pos;
    bool doubled = false;
    while (true) {
        if (m_pos >= n) {
            return util::Error(util::ErrorCode::csv_quote, util::SourcePos::at_line(m_path, open_line, open_column),
                               "quoted field never closed: found the end of the file, expected a closing quote (\")")
                .with_hint(kDoubledQuoteHint);
        }
        const char c = m_text[m_pos];
        if (c == '"') {
            if (m_pos + 1 < n && m_text[m_pos + 1] == '"') {
                doubled = true;
                m_pos += 2;
                continue;
            }
            break;
        }
        if (c == '\n') {
            ++m_line;
            m_line_start = m_pos + 1;
        }
        ++m_pos;
    }
    const std::string_view field = m_text.substr(start, m_pos - start);
    ++m_pos;  // closing quote
    record.fields.push_back(doubled ? unescape(field) : field);
    return check_after_closing_quote();
}

std::string_view CsvTokenizer::unescape(std::string_view field) {
    std::string& unescaped = m_unescaped.emplace_back();
    unescaped.reserve(field.size());
    for (std::size_t i = 0; i < field.size(); ++i) {
        unescaped.push_back(field[i]);
        if (field[i] == '"') ++i;  // "" → "
    }
    return unescaped;
}

std::optional<util::Error> CsvTokenizer::check_after_closing_quote() {
    // After the closing quote: a separator, the end of the record, or spaces before either.
    const std::size_t n = m_text.size();
    while (m_pos < n && (m_text[m_pos] == ' ' || m_text[m_pos] == '\t') && m_text[m_pos] != m_separator) ++m_pos;
    if (m_pos >= n || m_text[m_pos] == m_separator || m_text[m_pos] == '\n' || m_text[m_pos] == '\r') {
        return std::nullopt;
    }
    const std::size_t end = std::min(n, m_pos + 10);
    std::string_view found = m_text.substr(m_pos, end - m_pos);
    found = found.substr(0, found.find_first_of("\r\n"));
    const std::string separator = m_separator == '\t' ? std::string("\\t") : std::string(1, m_separator);
    return util::Error(util::ErrorCode::csv_quote,
                       util::SourcePos::at_line(m_path, m_line, static_cast<std::uint32_t>(m_pos - m_line_start + 1)),
                       fmt::format("text after a closing quote: found {}, expected '{}' or the end of the line",
                                   util::quote_for_display(found), separator))
        .with_found(std::string(found))
        .with_hint(kDoubledQuoteHint);
}

void CsvTokenizer::read_plain_field(CsvRecord& record) {
    const std::size_t n = m_text.size();
    const std::size_t start = m_pos;
    while (m_pos < n && m_text[m_pos] != m_separator && m_text[m_pos] != '\n') ++m_pos;
    std::size_t end = m_pos;
    if (end > start && m_text[end - 1] == '\r' && (m_pos >= n || m_text[m_pos] == '\n')) --end;
    record.fields.push_back(m_text.substr(start, end - start));
}

void CsvTokenizer::end_record() noexcept {
    const std::size_t n = m_text.size();
    if (m_pos < n && m_text[m_pos] == '\r') ++m_pos;
    if (m_pos < n && m_text[m_pos] == '\n') {
        ++m_pos;
        ++m_line;
        m_line_start = m_pos;
    }
}

util::Result<bool> CsvTokenizer::next(CsvRecord& record) {
    record.fields.clear();
    record.field_lines.clear();
    record.field_columns.clear();
    m_unescaped.clear();
    skip_blank_lines();
    if (m_pos >= m_text.size()) return false;
    record.line = m_line;
    while (true) {
        record.field_lines.push_back(m_line);
        record.field_columns.push_back(static_cast<std::uint32_t>(m_pos - m_line_start + 1));
        if (m_pos < m_text.size() && m_text[m_pos] == '"') {
            if (auto failure = read_quoted_field(record)) return std::move(*failure);
        } else {
            read_plain_field(record);
        }
        if (m_pos < m_text.size() && m_text[m_pos] == m_separator) {
            ++m_pos;
            continue;
        }
        end_record();
        return true;
    }
}

}  // namespace ironstride::ingest::csv
