#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <utility>

#include "ironstride/ingest/decoded_file.hpp"
#include "ironstride/units/civil_time.hpp"
#include "ironstride/util/result.hpp"
#include "ironstride/util/source_pos.hpp"

namespace ironstride::ingest::xml {

/// The decoder of an XML track format (GPX, TCX): `Reader` pushes the file into `Builder`, its handler, whose
/// `finish(counts)` ends the last activity and explains an empty file; the activities and warnings become the
/// DecodedFile of `format`. `now` bounds plausible times (ingest/plausible_times.hpp). Fails with the reader's failure
/// (path:line:column).
template <typename Reader, typename Builder>
[[nodiscard]] util::Result<DecodedFile> decode_track_file(std::span<const std::byte> bytes, const std::string& path,
                                                          FileFormat format, units::Instant now) {
    Builder builder(now);
    Reader reader(builder);
    auto counts = reader.read(bytes, path);
    if (!counts) return counts.error();
    builder.finish(counts.value());
    DecodedFile decoded;
    decoded.format = format;
    decoded.activities = std::move(builder.activities());
    decoded.warnings = std::move(builder.warnings());
    return decoded;
}

/// `label` followed by " (line N)" when `pos` has a line: how warnings name a track, activity or course.
[[nodiscard]] std::string with_line(std::string label, const util::SourcePos& pos);

}  // namespace ironstride::ingest::xml
