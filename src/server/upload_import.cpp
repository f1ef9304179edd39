#include "server/upload_import.hpp"

#include <atomic>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "ironstride/app/import_files.hpp"
#include "ironstride/report/import_report.hpp"
#include "ironstride/util/error.hpp"

namespace ironstride::server {

namespace {

namespace fs = std::filesystem;

/// The extensions a stored upload keeps (the importer sniffs the content; the extension only helps a person
/// reading the import log). Anything else is stored without one.
std::string safe_extension(const std::string& filename) {
    const std::size_t dot = filename.rfind('.');
    if (dot == std::string::npos) return "";
    std::string ext = filename.substr(dot);
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const char* allowed : {".fit", ".gpx", ".tcx", ".csv"}) {
        if (ext == allowed) return ext;
    }
    return "";
}

/// A folder of our own under the system's temporary folder, removed with everything in it when it goes.
class UploadFolder {
public:
    UploadFolder() {
        static std::atomic<unsigned> counter{0};
        std::random_device random;
        for (int attempt = 0; attempt < 8; ++attempt) {
            const fs::path candidate = fs::temp_directory_path() /
                                       fmt::format("ironstride-upload-{:08x}-{}", random(), counter.fetch_add(1));
            std::error_code error;
            if (fs::create_directory(candidate, error)) {
                fs::permissions(candidate, fs::perms::owner_all, fs::perm_options::replace, error);
                m_path = candidate;
                return;
            }
        }
        throw util::Error(util::ErrorCode::io_cannot_write, "cannot create a temporary folder for the upload")
            .with_subject(fs::temp_directory_path().string());
    }
    ~UploadFolder() {
        std::error_code ignored;
        fs::remove_all(m_path, ignored);
    }
    UploadFolder(const UploadFolder&) = delete;
    UploadFolder& operator=(const UploadFolder&) = delete;
    UploadFolder(UploadFolder&&) = delete;
    UploadFolder& operator=(UploadFolder&&) = delete;

    [[nodiscard]] const fs::path& path() const noexcept { return m_path; }

private:
    fs::path m_path;
};

/// The import's progress as server-sent events, the files named as uploaded.
class ProgressEvents final : public app::ImportObserver {
public:
    ProgressEvents(const BodyWriter& write, const std::map<std::string, std::string>& names)
        : m_write(write), m_names(names) {}

    void on_start(std::size_t files, std::uint64_t bytes) override {
        m_files = files;
        m_write(server_sent_event("start", {{"files", files}, {"bytes", bytes}}));
    }
    void on_file(const domain::FileOutcome& outcome, std::size_t files_done, std::uint64_t bytes_done) override {
        const auto found = m_names.find(outcome.path.string());
        m_write(server_sent_event("file", {{"name", found == m_names.end() ? outcome.path.filename().string() : found->second},
                                           {"result", domain::to_string(outcome.result)},
                                           {"files_done", files_done},
                                           {"files", m_files},
                                           {"bytes_done", bytes_done}}));
    }

private:
    const BodyWriter& m_write;
    const std::map<std::string, std::string>& m_names;
    std::size_t m_files = 0;
};

}  // namespace

std::string server_sent_event(std::string_view name, const nlohmann::json& data) {
    return fmt::format("event: {}\ndata: {}\n\n", name, data.dump());
}

nlohmann::json import_uploads(app::StoreHandle& store, domain::AthleteId athlete, std::span<const FormPart> parts,
                              const BodyWriter* events) {
    const UploadFolder folder;
    std::vector<fs::path> paths;
    std::map<std::string, std::string> names;  // stored path -> the browser's file name
    nlohmann::json uploads = nlohmann::json::array();
    for (const FormPart& part : parts) {
        if (part.name != "files" || part.filename.empty()) continue;
        const fs::path stored = folder.path() / fmt::format("{:03}{}", paths.size() + 1, safe_extension(part.filename));
        std::ofstream out(stored, std::ios::binary);
        out.write(part.bytes.data(), static_cast<std::streamsize>(part.bytes.size()));
        out.close();
        if (!out) {
            throw util::Error(util::ErrorCode::io_cannot_write, "cannot store an uploaded file for the import")
                .with_subject(part.filename);
        }
        names.emplace(stored.string(), part.filename);
        paths.push_back(stored);
        uploads.push_back({{"name", part.filename}, {"bytes", part.bytes.size()}});
    }
    if (paths.empty()) {
        throw util::Error(util::ErrorCode::http_bad_request, "the upload holds no file")
            .with_subject("files")
            .with_hint("send each file as a part named \"files\" with a filename");
    }
    std::optional<ProgressEvents> progress;
    if (events != nullptr) progress.emplace(*events, names);
    const domain::ImportSummary summary =
        app::import_paths(store, athlete, paths, {}, progress ? &*progress : nullptr);
    nlohmann::json document = nlohmann::json::parse(report::render_import_json(summary, {}));
    document.erase("database");
    // The import speaks of the stored names; the athlete knows the files by the names they uploaded.
    for (nlohmann::json& skipped : document["skipped"]) {
        if (!skipped.contains("path") || !skipped["path"].is_string()) continue;
        const auto found = names.find(skipped["path"].get<std::string>());
        if (found != names.end()) skipped["path"] = found->second;
    }
    return {{"import", std::move(document)}, {"uploads", std::move(uploads)}};
}

}  // namespace ironstride::server
