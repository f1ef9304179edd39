#pragma once

#include <filesystem>
#include <string>

#include "ironstride/domain/import_summary.hpp"

namespace ironstride::report {

/// The summary `ironstride import` prints on stdout: counts by outcome, what landed, and every skipped file with its
/// position and reason. No timings (they go to stderr), so the text is reproducible.
[[nodiscard]] std::string render_import_text(const domain::ImportSummary& summary,
                                             const std::filesystem::path& database);
/// The same as JSON: {database, files, bytes, imported, unchanged, duplicates, empty, failed, activities, records,
/// sets, days, skipped[] {path, reason}} (docs/commands/import.md).
[[nodiscard]] std::string render_import_json(const domain::ImportSummary& summary,
                                             const std::filesystem::path& database);

}  // namespace ironstride::report
