#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace ironstride::util {

/// Where in an input something was found. One type for TOML profiles, CSV, XML and FIT alike (STYLE habit 7).
/// Text formats fill line and column (1-based); binary formats fill byte_offset (0-based).
struct SourcePos {
    std::string path;
    std::optional<std::uint32_t> line;
    std::optional<std::uint32_t> column;
    std::optional<std::uint64_t> byte_offset;

    static SourcePos at_line(std::string path, std::uint32_t line, std::optional<std::uint32_t> column = {});
    static SourcePos at_byte(std::string path, std::uint64_t byte_offset);

    /// "file:12:5", "file:12", "file: byte 1234" or just "file".
    [[nodiscard]] std::string to_string() const;
};

}  // namespace ironstride::util
