#include "ironstride/util/file_bytes.hpp"

#include <cerrno>
#include <cstring>
#include <string_view>
#include <utility>

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ironstride/util/error.hpp"

namespace ironstride::util {

namespace {

[[noreturn]] void throw_io(const std::filesystem::path& path, const char* action) {
    const ErrorCode code = std::string_view(action) == "open" ? ErrorCode::io_cannot_open : ErrorCode::io_cannot_read;
    const bool denied = errno == EACCES || errno == EPERM;
    Error error(code, fmt::format("{}: cannot {}: {}", path.string(), action, std::strerror(errno)));
    if (denied) error.with_hint("give yourself read permission (chmod u+r) and import again");
    throw error;
}

[[noreturn]] void throw_changed(const std::filesystem::path& path, const std::string& how) {
    throw Error(ErrorCode::io_file_changed, fmt::format("{}: changed while being read: {}", path.string(), how))
        .with_hint("let the program writing it finish (a sync client, a watch still recording), then import again");
}

/// Closes the descriptor however the read ends.
class Descriptor {
public:
    explicit Descriptor(int fd) noexcept : m_fd(fd) {}
    ~Descriptor() {
        if (m_fd >= 0) ::close(m_fd);
    }
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;
    [[nodiscard]] int get() const noexcept { return m_fd; }

private:
    int m_fd;
};

/// Reads up to `count` bytes, retrying interrupted reads; 0 at the end of the file.
std::size_t read_some(int fd, std::byte* into, std::size_t count, const std::filesystem::path& path) {
    while (true) {
        const ssize_t n = ::read(fd, into, count);
        if (n >= 0) return static_cast<std::size_t>(n);
        if (errno != EINTR) throw_io(path, "read");
    }
}

const char* kind_of_special_file(mode_t mode) {
    if (S_ISDIR(mode)) return "is a directory, expected a file";
    if (S_ISFIFO(mode)) return "is a FIFO (named pipe), not a file";
    if (S_ISSOCK(mode)) return "is a socket, not a file";
    if (S_ISCHR(mode) || S_ISBLK(mode)) return "is a device, not a file";
    return "is not a regular file";
}

bool same_version(const struct stat& before, const struct stat& after) {
    return before.st_size == after.st_size && before.st_mtim.tv_sec == after.st_mtim.tv_sec &&
           before.st_mtim.tv_nsec == after.st_mtim.tv_nsec;
}

}  // namespace

namespace detail {

std::span<const std::byte> read_exactly(int fd, std::size_t expected, const std::filesystem::path& path,
                                        std::vector<std::byte>& buffer) {
    // One byte of room beyond the expected size, to see whether the file grew.
    if (buffer.size() < expected + 1) buffer.resize(std::max(expected + 1, buffer.size() * 2));
    std::size_t got = 0;
    while (got < expected) {
        const std::size_t n = read_some(fd, buffer.data() + got, expected - got, path);
        if (n == 0) throw_changed(path, fmt::format("it shrank from {} to {} bytes", expected, got));
        got += n;
    }
    if (read_some(fd, buffer.data() + got, 1, path) != 0) {
        throw_changed(path, fmt::format("it grew beyond its {} bytes", expected));
    }
    return {buffer.data(), got};
}

}  // namespace detail

std::span<const std::byte> read_whole_file(const std::filesystem::path& path, std::vector<std::byte>& buffer) {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused below without being read.
    const Descriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK));
    if (fd.get() < 0) throw_io(path, "open");
    struct stat before {};
    if (::fstat(fd.get(), &before) != 0) throw_io(path, "stat");
    if (!S_ISREG(before.st_mode)) {
        throw Error(ErrorCode::io_not_a_file, fmt::format("{}: {}", path.string(), kind_of_special_file(before.st_mode)));
    }
    const std::span<const std::byte> bytes =
        detail::read_exactly(fd.get(), static_cast<std::size_t>(before.st_size), path, buffer);
    struct stat after {};
    if (::fstat(fd.get(), &after) != 0) throw_io(path, "stat");
    if (!same_version(before, after)) throw_changed(path, "it was rewritten meanwhile");
    return bytes;
}

FileBytes::FileBytes(const std::filesystem::path& path) : m_bytes(read_whole_file(path, m_buffer)) {}

// Moving a vector keeps its storage, so the view stays valid in the new owner; the old one is left empty.
FileBytes::FileBytes(FileBytes&& other) noexcept
    : m_buffer(std::move(other.m_buffer)), m_bytes(std::exchange(other.m_bytes, {})) {}

FileBytes& FileBytes::operator=(FileBytes&& other) noexcept {
    if (this != &other) {
        m_buffer = std::move(other.m_buffer);
        m_bytes = std::exchange(other.m_bytes, {});
    }
    return *this;
}

std::string read_text_file(const std::filesystem::path& path) {
    const FileBytes file(path);
    return std::string(file.text());
}

}  // namespace ironstride::util
