#include "ironstride/util/file_bytes.hpp"

#include <cerrno>
#include <cstring>
#include <string_view>
#include <fstream>
#include <sstream>
#include <utility>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include "ironstride/util/error.hpp"

namespace ironstride::util {

namespace {

[[noreturn]] void throw_io(const std::filesystem::path& path, const char* action) {
    const util::ErrorCode code =
        std::string_view(action) == "open" ? util::ErrorCode::io_cannot_open : util::ErrorCode::io_cannot_read;
    throw util::Error(code, fmt::format("{}: cannot {}: {}", path.string(), action, std::strerror(errno)));
}

}  // namespace

FileBytes::FileBytes(const std::filesystem::path& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw_io(path, "open");
    struct stat info {};
    if (::fstat(fd, &info) != 0) {
        ::close(fd);
        throw_io(path, "stat");
    }
    if (S_ISDIR(info.st_mode)) {
        ::close(fd);
        throw util::Error(util::ErrorCode::io_not_a_file, fmt::format("{}: is a directory, expected a file", path.string()));
    }
    m_size = static_cast<std::size_t>(info.st_size);
    if (m_size > 0) {
        void* mapping = ::mmap(nullptr, m_size, PROT_READ, MAP_PRIVATE, fd, 0);
        if (mapping == MAP_FAILED) {
            ::close(fd);
            throw_io(path, "map");
        }
        m_data = static_cast<const std::byte*>(mapping);
        m_mapped = true;
    }
    ::close(fd);
}

FileBytes::~FileBytes() { release(); }

FileBytes::FileBytes(FileBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)),
      m_size(std::exchange(other.m_size, 0)),
      m_mapped(std::exchange(other.m_mapped, false)) {}

FileBytes& FileBytes::operator=(FileBytes&& other) noexcept {
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
        m_mapped = std::exchange(other.m_mapped, false);
    }
    return *this;
}

void FileBytes::release() noexcept {
    if (m_mapped && m_data != nullptr) {
        ::munmap(const_cast<std::byte*>(m_data), m_size);  // NOLINT: munmap takes a non-const pointer
    }
    m_data = nullptr;
    m_size = 0;
    m_mapped = false;
}

std::string read_text_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw_io(path, "open");
    std::ostringstream contents;
    contents << in.rdbuf();
    if (in.bad()) throw_io(path, "read");
    return contents.str();
}

}  // namespace ironstride::util
