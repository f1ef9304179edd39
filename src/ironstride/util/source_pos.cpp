#include "ironstride/util/source_pos.hpp"

#include <utility>

#include <fmt/format.h>

#include "ironstride/util/echo.hpp"

namespace ironstride::util {

SourcePos SourcePos::at_line(std::string path, std::uint32_t line, std::optional<std::uint32_t> column) {
    return SourcePos{std::move(path), line, column, std::nullopt};
}

SourcePos SourcePos::at_byte(std::string path, std::uint64_t byte_offset) {
    return SourcePos{std::move(path), std::nullopt, std::nullopt, byte_offset};
}

std::string SourcePos::to_string() const {
    // The path as it may be shown: a file name can hold control characters or bytes that are not UTF-8.
    const std::string shown = escape_for_display(path);
    if (line && column) return fmt::format("{}:{}:{}", shown, *line, *column);
    if (line) return fmt::format("{}:{}", shown, *line);
    if (byte_offset) return fmt::format("{}: byte {}", shown, *byte_offset);
    return shown;
}

}  // namespace ironstride::util
