#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "ironstride/units/civil_time.hpp"
#include "ironstride/util/source_pos.hpp"

namespace ironstride::domain {

/// Outcome of importing one file, as the import log keeps it.
enum class ImportStatus {
    ok,         ///< imported; its activities / days reference this row
    skipped,    ///< readable but nothing to import (e.g. a FIT settings file)
    failed,     ///< invalid content; `error` says where and why; nothing of it is stored
    duplicate,  ///< the same bytes as a file already imported under another path; nothing stored twice
};

[[nodiscard]] const char* to_string(ImportStatus status);
/// The status whose to_string is `text`; nullopt for any other text.
[[nodiscard]] std::optional<ImportStatus> parse_import_status(std::string_view text);

/// One row of the import log: the last import of one path by one athlete (the path is unique per athlete).
struct ImportRecord {
    std::int64_t id = 0;  ///< assigned by the store
    std::string path;
    std::string content_hash;  ///< hex digest chosen by the importer (e.g. XXH3-64 or -128)
    std::uint64_t size_bytes = 0;
    ImportStatus status = ImportStatus::ok;
    std::string format;  ///< detected format ("fit", "strong_csv", "body_csv", …); empty when not recognised
    std::string error;   ///< the full message (position included) for failed files, or a note; else empty
    std::optional<util::SourcePos> error_pos{};  ///< line/column/byte offset of the error (its path is `path`)
    std::int64_t activity_count = 0;
    std::int64_t record_count = 0;  ///< samples over all activities
    std::int64_t set_count = 0;
    std::int64_t day_count = 0;  ///< body/sleep/nutrition days
    units::Instant imported_at{};
};

}  // namespace ironstride::domain
