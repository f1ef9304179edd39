#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>

#include "ironstride/ingest/decoded_file.hpp"

namespace ironstride::ingest {

/// How many leading bytes detect_format needs to see every format (a Cronometer header is long).
inline constexpr std::size_t kDetectHeadBytes = 8192;

/// The format of a file from its first bytes (STYLE habit 4: content, never the extension):
/// - FIT: header size 12 or 14 and ".FIT" at bytes 8–11 (FIT protocol, "File Header");
/// - XML: after a BOM, whitespace, the declaration, comments and DOCTYPE, a root element `gpx` or
///   `TrainingCenterDatabase` (any namespace prefix);
/// - CSV: a header line whose column names match a layout (csv::classify_header).
/// FileFormat::unknown otherwise.
[[nodiscard]] FileFormat detect_format(std::span<const std::byte> head);

/// What a file of no known format is, for "unknown format" messages, from its first bytes and its size — never any
/// of its bytes, since it may be anything (a link into /etc, a key file): "a text file, 1,234 bytes", "binary,
/// 4,096 bytes, starts with a zip header", "an XML document with root <kml>, 812 bytes", "an empty file".
[[nodiscard]] std::string describe_content(std::span<const std::byte> head, std::uint64_t size);

}  // namespace ironstride::ingest
