#include "ironstride/ingest/csv/csv_header_check.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "ironstride/util/echo.hpp"

namespace ironstride::ingest::csv {

namespace {

util::SourcePos column_pos(const std::string& path, const CsvRecord& record, std::size_t column) {
    return util::SourcePos::at_line(path, record.field_lines[column], record.field_columns[column]);
}

std::string column_label(const CsvHeader& header, std::size_t column) {
    return fmt::format("column {} {}", column + 1, util::quote_for_display(header.names[column]));
}

std::optional<util::Error> find_duplicate(const std::string& path, const CsvRecord& record, const CsvHeader& header,
                                          std::span<const std::string_view> read_keys) {
    const auto checked = [&](const std::string& key) {
        if (key.empty()) return false;  // unnamed columns are ignored, however many
        return read_keys.empty() || std::find(read_keys.begin(), read_keys.end(), key) != read_keys.end();
    };
    for (std::size_t later = 1; later < header.keys.size(); ++later) {
        if (!checked(header.keys[later])) continue;
        const auto first = std::find(header.keys.begin(), header.keys.begin() + static_cast<std::ptrdiff_t>(later),
                                     header.keys[later]);
        if (first == header.keys.begin() + static_cast<std::ptrdiff_t>(later)) continue;
        const auto earlier = static_cast<std::size_t>(first - header.keys.begin());
        return util::Error(util::ErrorCode::csv_duplicate_column, column_pos(path, record, later),
                           fmt::format("{} and {} name the same column; which one to read is a guess",
                                       column_label(header, earlier), column_label(header, later)))
            .with_hint("remove or rename one of them");
    }
    return std::nullopt;
}

std::optional<util::Error> find_conflict(const std::string& path, const CsvRecord& record, const CsvHeader& header,
                                         ColumnAlternatives alternatives) {
    std::optional<std::size_t> first;
    for (std::size_t column = 0; column < header.keys.size(); ++column) {
        if (std::find(alternatives.begin(), alternatives.end(), header.keys[column]) == alternatives.end()) continue;
        if (!first) {
            first = column;
            continue;
        }
        return util::Error(util::ErrorCode::csv_conflicting_columns, column_pos(path, record, column),
                           fmt::format("{} and {} conflict: they give the same value in different units",
                                       column_label(header, *first), column_label(header, column)))
            .with_hint(fmt::format("use one of {}", fmt::join(alternatives, ", ")));
    }
    return std::nullopt;
}

}  // namespace

std::optional<util::Error> check_header_columns(const std::string& path, const CsvRecord& record,
                                                const CsvHeader& header,
                                                std::initializer_list<ColumnAlternatives> alternatives,
                                                std::span<const std::string_view> read_keys) {
    if (auto duplicate = find_duplicate(path, record, header, read_keys)) return duplicate;
    for (const ColumnAlternatives& group : alternatives) {
        if (auto conflict = find_conflict(path, record, header, group)) return conflict;
    }
    return std::nullopt;
}

}  // namespace ironstride::ingest::csv
