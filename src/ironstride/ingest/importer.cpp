#include "ironstride/ingest/importer.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <exception>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_map>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <SQLiteCpp/Database.h>
#include <fmt/format.h>

#include "ironstride/ingest/content_hash.hpp"
#include "ironstride/ingest/format_registry.hpp"
#include "ironstride/store/activity_repository.hpp"
#include "ironstride/store/daily_repository.hpp"
#include "ironstride/store/database.hpp"
#include "ironstride/store/import_log.hpp"
#include "ironstride/store/sample_codec.hpp"
#include "ironstride/store/transaction.hpp"
#include "ironstride/util/error.hpp"
#include "ironstride/util/file_bytes.hpp"

namespace ironstride::ingest {

namespace {

/// What the import log said about paths and contents before this run (read once; workers only read it).
struct KnownImports {
    std::unordered_map<std::string, std::pair<std::string, store::ImportStatus>> by_path;  ///< path → hash, status
    std::unordered_map<std::string, std::string> ok_by_hash;                                ///< hash → path
};

KnownImports load_known_imports(store::Database& db) {
    KnownImports known;
    for (const store::ImportRecord& record : store::list_imports(db)) {
        known.by_path.emplace(record.path, std::make_pair(record.content_hash, record.status));
        if (record.status == store::ImportStatus::ok) known.ok_by_hash.emplace(record.content_hash, record.path);
    }
    return known;
}

/// Files up to this size are read into a buffer the worker thread reuses; larger ones are memory-mapped, so that
/// memory stays bounded whatever a single file's size. Reading beats mapping for the typical 10 KB – 1 MB activity
/// file: a mapping costs a page fault per 4 KB page and, on unmap, a TLB shoot-down on every core the process runs
/// on (measured with perf in bench/import_bench.sh: 9 % of a single-core import went to munmap alone).
constexpr std::size_t kReadLimitBytes = std::size_t{32} << 20U;

/// The bytes of one input file: a view into the worker's buffer, or a mapping for a large file.
class InputBytes {
public:
    InputBytes(const std::filesystem::path& path, std::vector<std::byte>& buffer) {
        const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) throw_errno(path, "open");
        struct stat info {};
        if (::fstat(fd, &info) != 0 || S_ISDIR(info.st_mode) || static_cast<std::uint64_t>(info.st_size) > kReadLimitBytes) {
            ::close(fd);
            // Directories, oddities and large files: FileBytes maps them (and names the problem when it cannot).
            m_mapped.emplace(path);
            m_bytes = m_mapped->bytes();
            return;
        }
        const auto size = static_cast<std::size_t>(info.st_size);
        if (buffer.size() < size) buffer.resize(std::max(size, buffer.size() * 2));
        std::size_t got = 0;
        while (got < size) {
            const ssize_t n = ::read(fd, buffer.data() + got, size - got);
            if (n < 0 && errno == EINTR) continue;
            if (n < 0) {
                const int saved = errno;
                ::close(fd);
                errno = saved;
                throw_errno(path, "read");
            }
            if (n == 0) break;  // the file shrank while we read it: take what is there
            got += static_cast<std::size_t>(n);
        }
        ::close(fd);
        m_bytes = std::span<const std::byte>(buffer.data(), got);
    }

    [[nodiscard]] std::span<const std::byte> bytes() const noexcept { return m_bytes; }

private:
    [[noreturn]] static void throw_errno(const std::filesystem::path& path, const char* action) {
        throw util::IoError(fmt::format("{}: cannot {}: {}", path.string(), action, std::strerror(errno)));
    }

    std::optional<util::FileBytes> m_mapped;
    std::span<const std::byte> m_bytes;
};

/// A worker's result for one file, handed to the writer.
struct PreparedFile {
    enum class Kind { unchanged, duplicate, decoded, failed };
    Kind kind = Kind::failed;
    std::string hash;
    std::string original_path;  ///< duplicate: the path imported before
    DecodedFile decoded;
    std::vector<store::EncodedSamples> encoded;  ///< one per decoded activity
    util::Failure failure;
};

PreparedFile prepare_file(const InputFile& file, const KnownImports& known, const DecodeOptions& options) {
    PreparedFile prepared;
    const std::string path = file.path.string();
    try {
        thread_local std::vector<std::byte> buffer;
        const InputBytes bytes(file.path, buffer);
        prepared.hash = content_hash(bytes.bytes());
        if (const auto it = known.by_path.find(path);
            it != known.by_path.end() && it->second.first == prepared.hash &&
            it->second.second != store::ImportStatus::failed) {
            prepared.kind = PreparedFile::Kind::unchanged;
            return prepared;
        }
        if (const auto it = known.ok_by_hash.find(prepared.hash); it != known.ok_by_hash.end() && it->second != path) {
            prepared.kind = PreparedFile::Kind::duplicate;
            prepared.original_path = it->second;
            return prepared;
        }
        auto decoded = decode_file(bytes.bytes(), path, options);
        if (!decoded) {
            prepared.failure = decoded.failure();
            return prepared;
        }
        prepared.decoded = std::move(decoded).value();
        prepared.encoded.reserve(prepared.decoded.activities.size());
        for (domain::Activity& activity : prepared.decoded.activities) {
            prepared.encoded.push_back(store::encode_samples(activity.samples, activity.rr_intervals_s));
            // The writer stores the encoded blob; release the columns now to keep memory flat.
            activity.samples = {};
            activity.rr_intervals_s = {};
        }
        prepared.kind = PreparedFile::Kind::decoded;
    } catch (const std::exception& error) {
        prepared.kind = PreparedFile::Kind::failed;
        prepared.failure = util::Failure{util::SourcePos{path, {}, {}, {}}, error.what()};
    }
    return prepared;
}

/// Runs prepare_file on worker threads, at most `window` files ahead of the consumer, and hands results over in
/// file order.
class PreparePipeline {
public:
    PreparePipeline(std::span<const InputFile> files, const KnownImports& known, const DecodeOptions& options,
                    unsigned threads, std::size_t window)
        : m_files(files), m_known(known), m_options(options), m_window(window) {
        for (unsigned i = 0; i < threads; ++i) m_workers.emplace_back([this] { work(); });
    }
    ~PreparePipeline() {
        {
            const std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_changed.notify_all();
        for (std::thread& worker : m_workers) worker.join();
    }
    PreparePipeline(const PreparePipeline&) = delete;
    PreparePipeline& operator=(const PreparePipeline&) = delete;
    PreparePipeline(PreparePipeline&&) = delete;
    PreparePipeline& operator=(PreparePipeline&&) = delete;

    /// The next file's result, in order; blocks until a worker has it.
    PreparedFile next() {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_ready.contains(m_next_out); });
        auto node = m_ready.extract(m_next_out);
        ++m_next_out;
        lock.unlock();
        m_changed.notify_all();
        return std::move(node.mapped());
    }

private:
    void work() {
        for (;;) {
            std::size_t index = 0;
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [this] {
                    return m_stopping || m_next_in >= m_files.size() || m_next_in < m_next_out + m_window;
                });
                if (m_stopping || m_next_in >= m_files.size()) return;
                index = m_next_in++;
            }
            PreparedFile prepared = prepare_file(m_files[index], m_known, m_options);
            {
                const std::lock_guard lock(m_mutex);
                m_ready.emplace(index, std::move(prepared));
            }
            m_changed.notify_all();
        }
    }

    std::span<const InputFile> m_files;
    const KnownImports& m_known;
    const DecodeOptions& m_options;
    std::size_t m_window;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::map<std::size_t, PreparedFile> m_ready;
    std::size_t m_next_in = 0;
    std::size_t m_next_out = 0;
    bool m_stopping = false;
    std::vector<std::thread> m_workers;
};

/// Connection settings for the length of an import, restored afterwards (the connection may be used for more).
///
/// - wal_autocheckpoint: SQLite checkpoints the WAL into the database every kImportCheckpointPages pages instead of
///   the connection's setting (SQLite's default: 1000). Each checkpoint rewrites the pages that changed and syncs
///   the file twice, and the same B-tree pages (import_log, the activity indexes) change with every file. The WAL is
///   checkpointed and removed when the last connection closes; a crash meanwhile loses nothing (the WAL is the log).
/// - cache_size: an import appends and never reads back what it wrote, so a page cache larger than a commit only
///   costs: SQLite allocates (and the kernel faults in) a fresh buffer for every page until the cache is full,
///   where a small cache recycles a few hot buffers. kImportCacheKibibytes holds the largest commits (a day of
///   100 Hz samples is about 2 MB encoded). Measured with bench/import_bench.sh: -6 % CPU (16 MiB → 2 MiB).
class ImportConnectionSettings {
public:
    static constexpr int kImportCheckpointPages = 16384;
    static constexpr int kImportCacheKibibytes = 2048;
    explicit ImportConnectionSettings(store::Database& db)
        : m_db(db),
          m_previous_checkpoint_pages(db.connection().execAndGet("PRAGMA wal_autocheckpoint").getInt()),
          m_previous_cache_size(db.connection().execAndGet("PRAGMA cache_size").getInt()) {
        m_db.execute(fmt::format("PRAGMA wal_autocheckpoint = {}", kImportCheckpointPages).c_str());
        m_db.execute(fmt::format("PRAGMA cache_size = -{}", kImportCacheKibibytes).c_str());
    }
    ~ImportConnectionSettings() {
        try {
            m_db.execute(fmt::format("PRAGMA wal_autocheckpoint = {}", m_previous_checkpoint_pages).c_str());
            m_db.execute(fmt::format("PRAGMA cache_size = {}", m_previous_cache_size).c_str());
        } catch (const std::exception&) {  // NOLINT(bugprone-empty-catch): the settings only matter to later work
        }
    }
    ImportConnectionSettings(const ImportConnectionSettings&) = delete;
    ImportConnectionSettings& operator=(const ImportConnectionSettings&) = delete;
    ImportConnectionSettings(ImportConnectionSettings&&) = delete;
    ImportConnectionSettings& operator=(ImportConnectionSettings&&) = delete;

private:
    store::Database& m_db;
    int m_previous_checkpoint_pages;
    int m_previous_cache_size;
};

store::ImportRecord base_record(const InputFile& file, const PreparedFile& prepared) {
    store::ImportRecord record;
    record.path = file.path.string();
    record.content_hash = prepared.hash;
    record.size_bytes = file.size_bytes;
    record.imported_at = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    return record;
}

std::size_t day_count(const DecodedFile& decoded) {
    return decoded.body.size() + decoded.sleep.size() + decoded.nutrition.size();
}

/// Stores one decoded file in one transaction; throws when the database refuses (the transaction rolls back).
void store_decoded(store::Database& db, const InputFile& file, const PreparedFile& prepared, FileOutcome& outcome) {
    const DecodedFile& decoded = prepared.decoded;
    store::ImportRecord record = base_record(file, prepared);
    record.format = std::string(to_string(decoded.format));
    for (std::size_t i = 0; i < decoded.activities.size(); ++i) {
        outcome.records += prepared.encoded[i].point_count;
        outcome.sets += decoded.activities[i].sets.size();
    }
    outcome.activities = decoded.activities.size();
    outcome.days = day_count(decoded);
    record.activity_count = static_cast<std::int64_t>(outcome.activities);
    record.record_count = static_cast<std::int64_t>(outcome.records);
    record.set_count = static_cast<std::int64_t>(outcome.sets);
    record.day_count = static_cast<std::int64_t>(outcome.days);
    if (decoded.empty()) {
        record.status = store::ImportStatus::skipped;
        record.error = decoded.warnings.empty() ? "nothing to import" : decoded.warnings.front();
        outcome.result = FileResult::empty;
        outcome.message = record.error;
    }

    store::Transaction transaction(db);
    const std::int64_t import_id = store::record_import(db, record);
    for (std::size_t i = 0; i < decoded.activities.size(); ++i) {
        store::insert_activity(db, decoded.activities[i], prepared.encoded[i], import_id);
    }
    if (!decoded.body.empty()) store::upsert_body_days(db, decoded.body, import_id);
    if (!decoded.sleep.empty()) store::upsert_sleep_days(db, decoded.sleep, import_id);
    if (!decoded.nutrition.empty()) store::upsert_nutrition_days(db, decoded.nutrition, import_id);
    transaction.commit();
}

void store_failure(store::Database& db, const InputFile& file, const PreparedFile& prepared,
                   const util::Failure& failure, std::string_view format) {
    store::ImportRecord record = base_record(file, prepared);
    record.status = store::ImportStatus::failed;
    record.format = std::string(format);
    record.error = failure.to_string();
    record.error_pos = failure.pos;
    store::Transaction transaction(db);
    store::record_import(db, record);
    transaction.commit();
}

}  // namespace

const char* to_string(FileResult result) {
    switch (result) {
        case FileResult::imported: return "imported";
        case FileResult::unchanged: return "unchanged";
        case FileResult::duplicate: return "duplicate";
        case FileResult::empty: return "empty";
        case FileResult::failed: return "failed";
    }
    return "?";
}

ImportSummary import_files(store::Database& db, std::span<const InputFile> files, const ImportOptions& options,
                           ImportObserver* observer) {
    const auto started = std::chrono::steady_clock::now();
    ImportSummary summary;
    summary.files = files.size();
    for (const InputFile& file : files) summary.bytes += file.size_bytes;
    if (observer != nullptr) observer->on_start(files.size(), summary.bytes);
    if (files.empty()) return summary;

    const KnownImports known = load_known_imports(db);
    const ImportConnectionSettings import_settings(db);
    const unsigned threads = std::clamp<unsigned>(
        options.threads != 0 ? options.threads : std::max(1U, std::thread::hardware_concurrency()), 1U,
        static_cast<unsigned>(std::min<std::size_t>(files.size(), 256)));
    const std::size_t window = options.max_in_flight != 0 ? options.max_in_flight : std::size_t{4} * threads;
    PreparePipeline pipeline(files, known, options.decode, threads, window);

    // Contents stored earlier in this same run (the workers' snapshot cannot know them).
    std::unordered_map<std::string, std::string> stored_this_run;
    std::uint64_t bytes_done = 0;
    for (std::size_t index = 0; index < files.size(); ++index) {
        const InputFile& file = files[index];
        PreparedFile prepared = pipeline.next();
        FileOutcome outcome;
        outcome.path = file.path;
        outcome.size_bytes = file.size_bytes;
        outcome.format = prepared.decoded.format;
        outcome.warnings = prepared.decoded.warnings;

        if (prepared.kind == PreparedFile::Kind::decoded) {
            if (const auto it = stored_this_run.find(prepared.hash); it != stored_this_run.end()) {
                prepared.kind = PreparedFile::Kind::duplicate;
                prepared.original_path = it->second;
            }
        }
        switch (prepared.kind) {
            case PreparedFile::Kind::unchanged:
                outcome.result = FileResult::unchanged;
                break;
            case PreparedFile::Kind::duplicate: {
                outcome.result = FileResult::duplicate;
                outcome.message = fmt::format("same content as {}", prepared.original_path);
                store::ImportRecord record = base_record(file, prepared);
                record.status = store::ImportStatus::duplicate;
                record.format = std::string(to_string(prepared.decoded.format));
                record.error = outcome.message;
                store::Transaction transaction(db);
                store::record_import(db, record);
                transaction.commit();
                break;
            }
            case PreparedFile::Kind::decoded:
                try {
                    store_decoded(db, file, prepared, outcome);
                    if (outcome.result == FileResult::imported) stored_this_run.emplace(prepared.hash, file.path.string());
                } catch (const std::exception& error) {
                    // The file's transaction rolled back; log why, in a transaction of its own.
                    const util::Failure failure{util::SourcePos{file.path.string(), {}, {}, {}},
                                                fmt::format("cannot store: {}", error.what())};
                    store_failure(db, file, prepared, failure, to_string(prepared.decoded.format));
                    outcome = FileOutcome{file.path, FileResult::failed, prepared.decoded.format, file.size_bytes,
                                          failure.to_string(), 0, 0, 0, 0, {}};
                }
                break;
            case PreparedFile::Kind::failed:
                store_failure(db, file, prepared, prepared.failure, "");
                outcome.result = FileResult::failed;
                outcome.message = prepared.failure.to_string();
                break;
        }

        switch (outcome.result) {
            case FileResult::imported: ++summary.imported; break;
            case FileResult::unchanged: ++summary.unchanged; break;
            case FileResult::duplicate: ++summary.duplicates; break;
            case FileResult::empty: ++summary.empty; break;
            case FileResult::failed: ++summary.failed; break;
        }
        summary.activities += outcome.activities;
        summary.records += outcome.records;
        summary.sets += outcome.sets;
        summary.days += outcome.days;
        bytes_done += file.size_bytes;
        if (observer != nullptr) observer->on_file(outcome, index + 1, bytes_done);
        if (outcome.result == FileResult::failed) summary.failures.push_back(std::move(outcome));
    }
    summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return summary;
}

}  // namespace ironstride::ingest
