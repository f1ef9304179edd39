#pragma once

#include <cstddef>
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

/// A short description of what the first bytes look like, for "unknown format" messages: "an XML document with
/// root <kml>", "a CSV header \"a,b,c\"", "binary data starting 50 4b 03 04", "an empty file".
[[nodiscard]] std::string describe_content(std::span<const std::byte> head);

}  // namespace ironstride::ingest
