#include "ironstride/util/source_pos.hpp"

#include <utility>

#include <fmt/format.h>

namespace ironstride::util {

SourcePos SourcePos::at_line(std::string path, std::uint32_t line, std::optional<std::uint32_t> column) {
    return SourcePos{std::move(path), line, column, std::nullopt};
}

SourcePos SourcePos::at_byte(std::string path, std::uint64_t byte_offset) {
    return SourcePos{std::move(path), std::nullopt, std::nullopt, byte_offset};
}

std::string SourcePos::to_string() const {
    if (line && column) return fmt::format("{}:{}:{}", path, *line, *column);
    if (line) return fmt::format("{}:{}", path, *line);
    if (byte_offset) return fmt::format("{}: byte {}", path, *byte_offset);
    return path;
}

}  // namespace ironstride::util
