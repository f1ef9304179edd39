#include "ironstride/ingest/file_collector.hpp"

#include <algorithm>
#include <deque>
#include <optional>
#include <set>
#include <system_error>
#include <utility>

#include <fmt/format.h>
#include <sys/stat.h>

#include "ironstride/util/echo.hpp"

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

/// What a file that is neither a regular file nor a folder is, in words.
const char* special_kind(fs::file_type type) {
    switch (type) {
        case fs::file_type::fifo: return "a FIFO (named pipe)";
        case fs::file_type::socket: return "a socket";
        case fs::file_type::block:
        case fs::file_type::character: return "a device";
        default: return "not a regular file";
    }
}

/// A folder's identity on its file system: the same folder reached by two paths has one.
struct FolderId {
    dev_t device = 0;
    ino_t inode = 0;
    auto operator<=>(const FolderId&) const = default;
};

std::optional<FolderId> folder_id(const fs::path& folder) {
    struct stat info {};
    if (::stat(folder.c_str(), &info) != 0) return std::nullopt;
    return FolderId{info.st_dev, info.st_ino};
}

bool is_inside(const fs::path& path, const fs::path& folder) {
    const auto [end, _] = std::mismatch(folder.begin(), folder.end(), path.begin(), path.end());
    return end == folder.end();
}

util::Error walk_error(util::ErrorCode code, const fs::path& path, std::string what) {
    return util::Error(code, util::SourcePos{path.string(), {}, {}, {}}, std::move(what));
}

util::Error warning(util::ErrorCode code, const fs::path& path, std::string what, std::string hint) {
    return walk_error(code, path, std::move(what)).with_severity(util::Severity::warning).with_hint(std::move(hint));
}

/// One walk over the paths given. Folders are walked by their real paths first; links to folders wait until every
/// real folder is walked, so a link to a folder inside the paths given adds nothing that is not already there, and
/// only a link to a folder not yet walked (a hidden one) is followed.
class FolderWalk {
public:
    explicit FolderWalk(CollectedInputs& out) : m_out(out) {}

    void add_root_folder(const fs::path& folder) {
        std::error_code error;
        const fs::path real = fs::canonical(folder, error);
        m_roots.push_back(error ? folder : real);
        walk(folder);
    }

    void add_file(const fs::path& path) { m_out.files.push_back({path, size_of(path)}); }

    /// Follows the links to folders found meanwhile (and those found inside the folders they lead to).
    void follow_links() {
        while (!m_links.empty()) {
            const fs::path link = std::move(m_links.front());
            m_links.pop_front();
            follow(link);
        }
    }

private:
    void walk(const fs::path& folder) {
        const auto id = folder_id(folder);
        if (id && !m_walked.insert(*id).second) return;  // reached before by another path
        std::error_code error;
        fs::directory_iterator entries(folder, error);
        if (error) return unreadable(folder, fmt::format("cannot read folder: {}", error.message()));
        std::vector<fs::directory_entry> listed;
        for (; entries != fs::directory_iterator(); entries.increment(error)) {
            if (error) break;
            listed.push_back(*entries);
        }
        if (error) unreadable(folder, fmt::format("cannot read folder to the end: {}", error.message()));
        std::sort(listed.begin(), listed.end());  // warnings in path order, like the files
        for (const fs::directory_entry& entry : listed) visit(entry);
    }

    void visit(const fs::directory_entry& entry) {
        const fs::path& path = entry.path();
        if (is_hidden(path)) return;
        std::error_code error;
        const fs::file_status own = entry.symlink_status(error);
        if (error) return unreadable(path, fmt::format("cannot read: {}", error.message()));
        if (fs::is_symlink(own)) return visit_link(path);
        if (fs::is_directory(own)) return walk(path);
        if (fs::is_regular_file(own)) return add_file(path);
        not_a_file(path, own.type());
    }

    void visit_link(const fs::path& link) {
        std::error_code error;
        const fs::file_status target = fs::status(link, error);
        if (error == std::errc::too_many_symbolic_link_levels) {
            m_out.passed_over.push_back(warning(util::ErrorCode::io_link_loop, link,
                                                "a symbolic link that leads back to itself (a loop); not followed",
                                                "remove the link or point it at a file or folder"));
            return;
        }
        if (error || !fs::exists(target)) {
            m_out.passed_over.push_back(warning(util::ErrorCode::io_no_such_path, link,
                                                "a symbolic link to nothing; not imported",
                                                "remove the link or restore what it points to"));
            return;
        }
        if (fs::is_directory(target)) return m_links.push_back(link);
        if (fs::is_regular_file(target)) return add_file(link);
        not_a_file(link, target.type());
    }

    void follow(const fs::path& link) {
        std::error_code error;
        const fs::path target = fs::canonical(link, error);
        if (error) return unreadable(link, fmt::format("cannot follow the link: {}", error.message()));
        if (std::none_of(m_roots.begin(), m_roots.end(),
                         [&](const fs::path& root) { return is_inside(target, root); })) {
            m_out.passed_over.push_back(
                warning(util::ErrorCode::io_link_outside, link,
                        fmt::format("a link to the folder {}, outside the paths given; not followed",
                                    util::display_path(target)),
                        "to import that folder, name it on the command line"));
            return;
        }
        const fs::path real_parent = fs::canonical(link.parent_path(), error);
        if (!error && is_inside(real_parent, target)) {
            m_out.passed_over.push_back(
                warning(util::ErrorCode::io_link_loop, link,
                        fmt::format("a link to {}, a folder that contains it (a loop); not followed",
                                    util::display_path(target)),
                        "its files are imported once, through the folder itself"));
            return;
        }
        walk(link);
    }

    void unreadable(const fs::path& path, std::string what) {
        m_out.unreadable.push_back(walk_error(util::ErrorCode::io_cannot_read, path, std::move(what))
                                       .with_hint("give yourself read permission (chmod u+rx) and import again"));
    }

    void not_a_file(const fs::path& path, fs::file_type type) {
        m_out.passed_over.push_back(warning(util::ErrorCode::io_not_a_file, path,
                                            fmt::format("{}, not a file; not imported", special_kind(type)),
                                            "only regular files are imported: copy what it holds into a file to "
                                            "import it, or move it out of the folder to silence this"));
    }

    CollectedInputs& m_out;
    std::vector<fs::path> m_roots;
    std::set<FolderId> m_walked;
    std::deque<fs::path> m_links;
};

void sort_and_deduplicate(std::vector<InputFile>& files) {
    std::sort(files.begin(), files.end(), [](const InputFile& a, const InputFile& b) { return a.path < b.path; });
    files.erase(std::unique(files.begin(), files.end(),
                            [](const InputFile& a, const InputFile& b) { return a.path == b.path; }),
                files.end());
}

}  // namespace

CollectedInputs collect_input_files(std::span<const fs::path> paths) {
    CollectedInputs out;
    FolderWalk walk(out);
    for (const fs::path& given : paths) {
        std::error_code error;
        const fs::path path = fs::absolute(given, error).lexically_normal();
        const fs::file_status status = fs::status(path, error);
        if (error || !fs::exists(status)) {
            throw util::Error(util::ErrorCode::io_no_such_path,
                              fmt::format("{}: no such file or folder", util::display_path(given)))
                .with_hint("check the path; folders are searched recursively");
        }
        if (fs::is_regular_file(status)) {
            walk.add_file(path);
        } else if (fs::is_directory(status)) {
            walk.add_root_folder(path);
        } else {
            throw util::Error(util::ErrorCode::io_not_a_file,
                              fmt::format("{}: {}, not a regular file or folder", util::display_path(given),
                                          special_kind(status.type())));
        }
    }
    walk.follow_links();
    sort_and_deduplicate(out.files);
    return out;
}

}  // namespace ironstride::ingest
