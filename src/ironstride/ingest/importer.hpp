#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <vector>

#include "ironstride/ingest/decoded_file.hpp"
#include "ironstride/ingest/file_collector.hpp"

namespace ironstride::store {
class Database;
}

namespace ironstride::ingest {

struct ImportOptions {
    unsigned threads = 0;  ///< decoding threads; 0 = one per core
    DecodeOptions decode;
    /// Files decoded ahead of the single writer; 0 = 4 per thread. Bounds memory whatever the archive's size.
    std::size_t max_in_flight = 0;
};

/// What happened to one file.
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
    FileFormat format = FileFormat::unknown;
    std::uint64_t size_bytes = 0;
    std::string message;  ///< failed: "path:line:col: reason"; duplicate: the original; empty: why
    std::size_t activities = 0;
    std::size_t records = 0;
    std::size_t sets = 0;
    std::size_t days = 0;
    std::vector<std::string> warnings;  ///< problems that did not stop the file
};

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
    std::vector<FileOutcome> failures;  ///< the failed files, in path order

    /// True when some file was skipped because it was bad (the CLI's exit status 1).
    [[nodiscard]] bool anything_skipped() const noexcept { return failed > 0; }
};

/// Hears about an import as it goes (a progress bar, a log). Called on the writer's thread, in file order.
class ImportObserver {
public:
    ImportObserver() = default;
    virtual ~ImportObserver() = default;
    ImportObserver(const ImportObserver&) = delete;
    ImportObserver& operator=(const ImportObserver&) = delete;
    ImportObserver(ImportObserver&&) = delete;
    ImportObserver& operator=(ImportObserver&&) = delete;

    virtual void on_start(std::size_t /*files*/, std::uint64_t /*bytes*/) {}
    virtual void on_file(const FileOutcome& /*outcome*/, std::size_t /*files_done*/, std::uint64_t /*bytes_done*/) {}
};

/// Imports files into the database: worker threads map, hash (content_hash), decode (decode_file) and encode the
/// sample streams; the calling thread is the single writer and stores each file in its own transaction, in path
/// order, so activity ids are deterministic. A bad file is logged (import_log: status failed, the position and the
/// reason) and skipped while the rest lands; a file whose path and hash are already in the log is not decoded
/// again. A process killed mid-way leaves every file either wholly stored or absent (one transaction per file,
/// WAL), and a rerun completes the import with nothing lost or doubled.
/// Throws only when the database itself fails (util::IoError / SQLite::Exception).
ImportSummary import_files(store::Database& db, std::span<const InputFile> files, const ImportOptions& options = {},
                           ImportObserver* observer = nullptr);

}  // namespace ironstride::ingest
