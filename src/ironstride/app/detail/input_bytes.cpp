#include "ironstride/app/detail/input_bytes.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <string_view>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include "ironstride/util/error.hpp"

namespace ironstride::app::detail {

namespace {

[[noreturn]] void throw_errno(const std::filesystem::path& path, const char* action) {
    const util::ErrorCode code =
        std::string_view(action) == "open" ? util::ErrorCode::io_cannot_open : util::ErrorCode::io_cannot_read;
    throw util::Error(code, fmt::format("{}: cannot {}: {}", path.string(), action, std::strerror(errno)));
}

}  // namespace

InputBytes::InputBytes(const std::filesystem::path& path, std::vector<std::byte>& buffer) {
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

}  // namespace ironstride::app::detail
