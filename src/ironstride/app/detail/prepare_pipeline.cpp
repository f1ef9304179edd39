#include "ironstride/app/detail/prepare_pipeline.hpp"

#include <exception>

#include "ironstride/app/detail/displayable_texts.hpp"
#include "ironstride/app/detail/input_bytes.hpp"
#include "ironstride/ingest/content_hash.hpp"
#include "ironstride/ingest/format_registry.hpp"

namespace ironstride::app::detail {

KnownImports KnownImports::from(const std::vector<domain::ImportRecord>& records) {
    KnownImports known;
    for (const domain::ImportRecord& record : records) {
        known.by_path.emplace(record.path, std::make_pair(record.content_hash, record.status));
        if (record.status == domain::ImportStatus::ok) known.ok_by_hash.emplace(record.content_hash, record.path);
    }
    return known;
}

PreparedFile prepare_file(const ingest::InputFile& file, const KnownImports& known,
                          const ingest::DecodeOptions& options) {
    PreparedFile prepared;
    const std::string path = file.path.string();
    try {
        thread_local std::vector<std::byte> buffer;
        const InputBytes bytes(file.path, buffer);
        prepared.hash = ingest::content_hash(bytes.bytes());
        if (const auto it = known.by_path.find(path);
            it != known.by_path.end() && it->second.first == prepared.hash &&
            it->second.second != domain::ImportStatus::failed) {
            prepared.kind = PreparedFile::Kind::unchanged;
            return prepared;
        }
        if (const auto it = known.ok_by_hash.find(prepared.hash); it != known.ok_by_hash.end() && it->second != path) {
            prepared.kind = PreparedFile::Kind::duplicate;
            prepared.original_path = it->second;
            return prepared;
        }
        auto decoded = ingest::decode_file(bytes.bytes(), path, options);
        if (!decoded) {
            prepared.failure = decoded.error();
            return prepared;
        }
        prepared.decoded = std::move(decoded).value();
        make_texts_displayable(prepared.decoded);
        prepared.encoded.reserve(prepared.decoded.activities.size());
        for (domain::Activity& activity : prepared.decoded.activities) {
            prepared.encoded.push_back(store::encode_samples(activity.samples, activity.rr_intervals_s));
            // The writer stores the encoded blob; release the columns now to keep memory flat.
            activity.samples = {};
            activity.rr_intervals_s = {};
        }
        prepared.kind = PreparedFile::Kind::decoded;
    } catch (const util::Error& error) {
        prepared.kind = PreparedFile::Kind::failed;
        prepared.failure = error;
    } catch (const std::exception& error) {
        prepared.kind = PreparedFile::Kind::failed;
        prepared.failure = util::Error(util::ErrorCode::import_unreadable, util::SourcePos{path, {}, {}, {}}, error.what());
    }
    return prepared;
}

PreparePipeline::PreparePipeline(std::span<const ingest::InputFile> files, const KnownImports& known,
                                 const ingest::DecodeOptions& options, unsigned threads, std::size_t window)
    : m_files(files), m_known(known), m_options(options), m_window(window) {
    for (unsigned i = 0; i < threads; ++i) m_workers.emplace_back([this] { work(); });
}

PreparePipeline::~PreparePipeline() {
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    for (std::thread& worker : m_workers) worker.join();
}

PreparedFile PreparePipeline::next() {
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_ready.contains(m_next_out); });
    auto node = m_ready.extract(m_next_out);
    ++m_next_out;
    lock.unlock();
    m_changed.notify_all();
    return std::move(node.mapped());
}

void PreparePipeline::work() {
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

}  // namespace ironstride::app::detail
