#include "ironstride/app/profile_edit.hpp"

#include <cstdio>
#include <system_error>

#include <fcntl.h>
#include <unistd.h>

#include <fmt/format.h>

#include "ironstride/profile/profile_loader.hpp"
#include "ironstride/util/error.hpp"
#include "ironstride/util/file_bytes.hpp"

namespace ironstride::app {

namespace {

[[noreturn]] void fail_write(const std::filesystem::path& path, int error_number) {
    throw util::Error(util::ErrorCode::io_cannot_write,
                      fmt::format("{}: cannot write: {}", path.string(), std::generic_category().message(error_number)))
        .with_hint("check the folder's permissions and free space");
}

/// Writes all of `text` to a new file at `path` and flushes it to the disk.
void write_durably(const std::filesystem::path& path, std::string_view text) {
    constexpr int kMode = 0644;
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, kMode);
    if (fd < 0) fail_write(path, errno);
    std::size_t written = 0;
    while (written < text.size()) {
        const ssize_t n = ::write(fd, text.data() + written, text.size() - written);
        if (n < 0) {
            if (errno == EINTR) continue;
            const int error_number = errno;
            ::close(fd);
            fail_write(path, error_number);
        }
        written += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) fail_write(path, errno);
}

}  // namespace

ProfileText read_profile(const std::filesystem::path& path, units::CivilDay today) {
    const util::FileBytes bytes(path);
    ProfileText out;
    out.text.assign(reinterpret_cast<const char*>(bytes.bytes().data()), bytes.bytes().size());
    out.check = profile::check_profile_text(out.text, path.string(), today);
    return out;
}

ProfileSave save_profile(const std::filesystem::path& path, std::string_view text, units::CivilDay today) {
    ProfileSave out;
    out.check = profile::check_profile_text(text, path.string(), today);
    if (!out.check.ok()) return out;
    std::filesystem::path temporary = path;
    temporary += ".saving";
    write_durably(temporary, text);
    if (std::rename(temporary.c_str(), path.c_str()) != 0) {
        const int error_number = errno;
        std::remove(temporary.c_str());
        fail_write(path, error_number);
    }
    out.saved = true;
    return out;
}

}  // namespace ironstride::app
