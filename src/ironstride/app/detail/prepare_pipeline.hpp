#pragma once

#include <condition_variable>
#include <cstddef>
#include <map>
#include <mutex>
#include <span>
#include <string>
#include <thread>
#include <unordered_map>
#include <utility>
#include <vector>

#include "ironstride/domain/import_record.hpp"
#include "ironstride/ingest/decoded_file.hpp"
#include "ironstride/ingest/file_collector.hpp"
#include "ironstride/store/sample_codec.hpp"
#include "ironstride/util/result.hpp"

namespace ironstride::app::detail {

/// What the import log said about paths and contents before this run (read once; workers only read it).
struct KnownImports {
    std::unordered_map<std::string, std::pair<std::string, domain::ImportStatus>> by_path;  ///< path → hash, status
    std::unordered_map<std::string, std::string> ok_by_hash;                                 ///< hash → path

    /// From the import log's rows.
    [[nodiscard]] static KnownImports from(const std::vector<domain::ImportRecord>& records);
};

/// A worker's result for one file, handed to the writer.
struct PreparedFile {
    enum class Kind { unchanged, duplicate, decoded, failed };
    Kind kind = Kind::failed;
    std::string hash;
    std::string original_path;  ///< duplicate: the path imported before
    ingest::DecodedFile decoded;
    std::vector<store::EncodedSamples> encoded;  ///< one per decoded activity
    std::optional<util::Error> failure;  ///< failed: why
};

/// Reads and hashes one file, decides whether it needs decoding (unchanged, or a duplicate of a stored file), and
/// decodes it and encodes its sample streams. Never throws: an unreadable file is a `failed` result.
[[nodiscard]] PreparedFile prepare_file(const ingest::InputFile& file, const KnownImports& known,
                                        const ingest::DecodeOptions& options);

/// Runs prepare_file on worker threads, at most `window` files ahead of the consumer, and hands results over in
/// file order.
class PreparePipeline {
public:
    PreparePipeline(std::span<const ingest::InputFile> files, const KnownImports& known,
                    const ingest::DecodeOptions& options, unsigned threads, std::size_t window);
    ~PreparePipeline();
    PreparePipeline(const PreparePipeline&) = delete;
    PreparePipeline& operator=(const PreparePipeline&) = delete;
    PreparePipeline(PreparePipeline&&) = delete;
    PreparePipeline& operator=(PreparePipeline&&) = delete;

    /// The next file's result, in order; blocks until a worker has it.
    [[nodiscard]] PreparedFile next();

private:
    void work();

    std::span<const ingest::InputFile> m_files;
    const KnownImports& m_known;
    const ingest::DecodeOptions& m_options;
    std::size_t m_window;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::map<std::size_t, PreparedFile> m_ready;
    std::size_t m_next_in = 0;
    std::size_t m_next_out = 0;
    bool m_stopping = false;
    std::vector<std::thread> m_workers;
};

}  // namespace ironstride::app::detail
