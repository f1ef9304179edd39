#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <optional>
#include <vector>

#include "ironstride/domain/daily_log.hpp"
#include "ironstride/util/error.hpp"

namespace ironstride::domain {

/// What happened to one file of an import.
enum class FileResult {
    imported,   ///< new or changed content, stored in one transaction
    unchanged,  ///< this path was imported before with the same content hash: nothing to do
    duplicate,  ///< the same bytes were already imported under another path: logged, nothing stored twice
    empty,      ///< readable, but holds nothing to import (e.g. a FIT settings file); logged as skipped
    failed,     ///< invalid or unreadable: logged with the position and reason, nothing of it stored
};

[[nodiscard]] const char* to_string(FileResult result);

struct FileOutcome {
    std::filesystem::path path;
    FileResult result = FileResult::imported;
    std::string format;  ///< the detected format's name ("fit", "gpx", …); empty when not recognised
    std::uint64_t size_bytes = 0;
    std::string message;  ///< failed: "path:line:col: reason"; duplicate: the original; empty: why
    std::size_t activities = 0;
    std::size_t records = 0;
    std::size_t sets = 0;
    std::size_t days = 0;
    std::vector<std::string> warnings;  ///< problems that did not stop the file
    std::optional<util::Error> error;   ///< failed: the structured error behind `message`
    std::vector<DaySourceConflict> day_conflicts;  ///< days another source gives too (this file's values win now)

    /// Marks the file failed because of `why`; `message` is its one-line text with the hint inline, escaped
    /// (util::escape_for_display) so that it is one line whatever the file held.
    void fail(util::Error why);
};

/// The result of one import: counts over all files, and the failed files.
struct ImportSummary {
    std::size_t files = 0;
    std::size_t imported = 0;
    std::size_t unchanged = 0;
    std::size_t duplicates = 0;
    std::size_t empty = 0;
    std::size_t failed = 0;
    std::size_t activities = 0;
    std::size_t records = 0;
    std::size_t sets = 0;
    std::size_t days = 0;
    std::uint64_t bytes = 0;
    double seconds = 0;
    std::vector<FileOutcome> failures;  ///< the failed files (and folders that could not be read), in path order
    /// What the folder walk passed over on purpose, as warnings (links not followed, loops, FIFOs, sockets,
    /// devices): reported and counted, not a reason for status 1.
    std::vector<util::Error> passed_over;
    std::vector<DaySourceConflict> day_conflicts;  ///< every file's, in path order

    /// True when some file was skipped because it was bad (the CLI's exit status 1).
    [[nodiscard]] bool anything_skipped() const noexcept { return failed > 0; }
    /// Counts one file's outcome in (the failed ones are kept in `failures`).
    void add(FileOutcome outcome);
    /// Counts a folder the walk could not read as a failure, kept in `failures` in path order.
    void add_unreadable(const util::Error& why);
};

}  // namespace ironstride::domain
