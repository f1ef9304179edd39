#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <span>
#include <vector>

#include "ironstride/app/store_access.hpp"
#include "ironstride/domain/athlete_id.hpp"
#include "ironstride/domain/import_summary.hpp"
#include "ironstride/ingest/decoded_file.hpp"
#include "ironstride/ingest/file_collector.hpp"
#include "ironstride/store/store.hpp"

namespace ironstride::app {

struct ImportOptions {
    unsigned threads = 0;  ///< decoding threads; 0 = one per core
    ingest::DecodeOptions decode;
    /// Files decoded ahead of the single writer; 0 = 4 per thread. Bounds memory whatever the archive's size.
    std::size_t max_in_flight = 0;
};

/// Hears about an import as it goes (a progress bar, a log, server-sent events). Called on the writer's thread, in
/// file order.
class ImportObserver {
public:
    ImportObserver() = default;
    virtual ~ImportObserver() = default;
    ImportObserver(const ImportObserver&) = delete;
    ImportObserver& operator=(const ImportObserver&) = delete;
    ImportObserver(ImportObserver&&) = delete;
    ImportObserver& operator=(ImportObserver&&) = delete;

    /// Another import of the same store is running: this one waits for it, then skips what it stored.
    virtual void on_waiting_for_other_import() {}
    /// The folder walk could not read a folder (severity error) or passed something over (a warning); said
    /// before on_start.
    virtual void on_not_walked(const util::Error& /*problem*/) {}
    virtual void on_start(std::size_t /*files*/, std::uint64_t /*bytes*/) {}
    virtual void on_file(const domain::FileOutcome& /*outcome*/, std::size_t /*files_done*/,
                         std::uint64_t /*bytes_done*/) {}
};

/// The use case `import`: imports files into `athlete`'s data. Worker threads read, hash (ingest::content_hash),
/// decode (ingest::decode_file) and encode the sample streams; the calling thread is the single writer and stores
/// each file in its own unit of work, in path order, so activity ids are deterministic. A bad file is logged (import
/// log: status failed, the position and the reason) and skipped while the rest lands; a file whose path and hash
/// are already in the log is not decoded again. A process killed mid-way leaves every file either wholly stored or
/// absent, and a rerun completes the import with nothing lost or doubled. Imports of one store run one at a time
/// (store::Store::lock_imports): a second one waits, then finds what the first stored unchanged.
/// Throws only when the store itself fails (storage util::Error).
domain::ImportSummary import_files(store::Store& store, domain::AthleteId athlete,
                                   std::span<const ingest::InputFile> files, const ImportOptions& options = {},
                                   ImportObserver* observer = nullptr);

/// The same for files and folders as a user names them (ingest::collect_input_files: folders recursively, in path
/// order), found before the store is opened. Folders the walk cannot read count as failed (status 1); what it passes
/// over is kept in the summary as warnings. util::Error when a path does not exist.
domain::ImportSummary import_paths(StoreHandle& store, domain::AthleteId athlete,
                                   std::span<const std::filesystem::path> paths, const ImportOptions& options = {},
                                   ImportObserver* observer = nullptr);

}  // namespace ironstride::app
