#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ironstride/units/civil_time.hpp"
#include "ironstride/util/source_pos.hpp"

namespace ironstride::store {

class Database;

/// Outcome of importing one file.
enum class ImportStatus {
    ok,         ///< imported; its activities / days reference this row
    skipped,    ///< readable but nothing to import (e.g. a FIT settings file)
    failed,     ///< invalid content; `error` says where and why; nothing of it is stored
    duplicate,  ///< the same bytes as a file already imported under another path; nothing stored twice
};

[[nodiscard]] const char* to_string(ImportStatus status);

/// One row of import_log: the last import of one path (the path is unique).
struct ImportRecord {
    std::int64_t id = 0;  ///< assigned by record_import
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

/// Inserts the import_log row for `record.path` and returns its id. An earlier row for the same path is deleted
/// first, and with it (ON DELETE CASCADE) every activity, sample stream, lap, set, cached metric and body/sleep/
/// nutrition day that came from it: call it inside the importer's per-file Transaction, before inserting the
/// file's new rows, and a changed file is replaced atomically.
std::int64_t record_import(Database& db, const ImportRecord& record);

/// A row with this content hash: the earliest with status ok if there is one (the original, when later copies were
/// recorded as duplicates), else the earliest of any status.
[[nodiscard]] std::optional<ImportRecord> find_import_by_hash(Database& db, std::string_view content_hash);
[[nodiscard]] std::optional<ImportRecord> find_import_by_path(Database& db, std::string_view path);

/// Every row, in path order.
[[nodiscard]] std::vector<ImportRecord> list_imports(Database& db);

/// Deletes the row for `path` with everything imported from it; false when there was none.
bool delete_import(Database& db, std::string_view path);

}  // namespace ironstride::store
