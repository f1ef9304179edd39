#pragma once

#include <filesystem>
#include <span>
#include <string>
#include <vector>

#include "ironstride/domain/import_summary.hpp"

namespace ironstride::report {

/// The summary `ironstride import` prints on stdout: counts by outcome, what landed, and every skipped file with its
/// position and reason. No timings (they go to stderr), so the text is reproducible.
[[nodiscard]] std::string render_import_text(const domain::ImportSummary& summary,
                                             const std::filesystem::path& database);
/// The same as JSON: {database, files, bytes, imported, unchanged, duplicates, empty, failed, activities, records,
/// sets, days, skipped[] {path, reason, error}, day_conflicts[] {kind, day, path, line, other_path, other_line}}
/// (docs/commands/import.md).
[[nodiscard]] std::string render_import_json(const domain::ImportSummary& summary,
                                             const std::filesystem::path& database);

/// One line per other source a file's days overlap: which days, where each side has them, and which one is used
/// now ("2 body days (2024-05-01, 2024-05-02) are also in a.csv (lines 2, 3); b.csv's values (lines 3, 4) are used
/// now; removing or changing b.csv brings a.csv's back").
[[nodiscard]] std::vector<std::string> describe_day_conflicts(std::span<const domain::DaySourceConflict> conflicts);

}  // namespace ironstride::report
