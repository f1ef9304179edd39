#include "ironstride/ingest/file_collector.hpp"

#include <algorithm>
#include <system_error>

#include <fmt/format.h>

#include "ironstride/util/error.hpp"

namespace ironstride::ingest {

namespace fs = std::filesystem;

namespace {

bool is_hidden(const fs::path& path) {
    const std::string name = path.filename().string();
    return !name.empty() && name.front() == '.';
}

std::uint64_t size_of(const fs::path& path) {
    std::error_code error;
    const auto size = fs::file_size(path, error);
    return error ? 0 : static_cast<std::uint64_t>(size);
}

}  // namespace

std::vector<InputFile> collect_input_files(std::span<const fs::path> paths) {
    std::vector<InputFile> files;
    for (const fs::path& given : paths) {
        std::error_code error;
        const fs::path path = fs::absolute(given, error).lexically_normal();
        const fs::file_status status = fs::status(path, error);
        if (error || !fs::exists(status)) {
            throw util::Error(util::ErrorCode::io_no_such_path, fmt::format("{}: no such file or folder", given.string())).with_hint("check the path; folders are searched recursively");
        }
        if (fs::is_regular_file(status)) {
            files.push_back({path, size_of(path)});
            continue;
        }
        if (!fs::is_directory(status)) {
            throw util::Error(util::ErrorCode::io_not_a_file, fmt::format("{}: not a regular file or folder", given.string()));
        }
        fs::recursive_directory_iterator walker(path, fs::directory_options::follow_directory_symlink, error);
        if (error) throw util::Error(util::ErrorCode::io_cannot_read, fmt::format("{}: cannot read folder: {}", given.string(), error.message()));
        for (auto entry = walker; entry != fs::recursive_directory_iterator(); entry.increment(error)) {
            if (error) throw util::Error(util::ErrorCode::io_cannot_read, fmt::format("{}: cannot read folder: {}", given.string(), error.message()));
            if (is_hidden(entry->path())) {
                if (entry->is_directory()) entry.disable_recursion_pending();
                continue;
            }
            if (entry->is_regular_file()) files.push_back({entry->path(), size_of(entry->path())});
        }
    }
    std::sort(files.begin(), files.end(), [](const InputFile& a, const InputFile& b) { return a.path < b.path; });
    files.erase(std::unique(files.begin(), files.end(),
                            [](const InputFile& a, const InputFile& b) { return a.path == b.path; }),
                files.end());
    return files;
}

}  // namespace ironstride::ingest
