#pragma once

#include <cstddef>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ironstride::util {

/// Reads the whole regular file at `path` into `buffer` (grown as needed, never shrunk, so a worker can reuse it)
/// and returns the bytes read. Files are read, never memory-mapped: a mapped file that shrinks under us (a sync
/// client, a watch still writing) kills the process with SIGBUS, while a read notices it. Throws util::Error naming
/// the path: io.cannot_open / io.cannot_read, io.not_a_file for folders, FIFOs, sockets and devices (opened without
/// blocking, never read), io.file_changed when the file shrank, grew or was rewritten while being read.
std::span<const std::byte> read_whole_file(const std::filesystem::path& path, std::vector<std::byte>& buffer);

namespace detail {
/// The read loop of read_whole_file on an open descriptor: exactly `expected` bytes, then the end of the file.
/// `path` only names the file in errors. Separate so that tests can drive it with a pipe.
std::span<const std::byte> read_exactly(int fd, std::size_t expected, const std::filesystem::path& path,
                                        std::vector<std::byte>& buffer);
}  // namespace detail

/// A whole file, read-only, owned. Move-only. Throws like read_whole_file.
class FileBytes {
public:
    explicit FileBytes(const std::filesystem::path& path);
    FileBytes(FileBytes&& other) noexcept;
    FileBytes& operator=(FileBytes&& other) noexcept;
    FileBytes(const FileBytes&) = delete;
    FileBytes& operator=(const FileBytes&) = delete;
    ~FileBytes() = default;

    [[nodiscard]] std::span<const std::byte> bytes() const noexcept { return m_bytes; }
    [[nodiscard]] std::string_view text() const noexcept {
        return {reinterpret_cast<const char*>(m_bytes.data()), m_bytes.size()};  // NOLINT: bytes viewed as text
    }
    [[nodiscard]] std::size_t size() const noexcept { return m_bytes.size(); }

private:
    std::vector<std::byte> m_buffer;
    std::span<const std::byte> m_bytes;
};

/// Reads a whole (small) text file; throws like read_whole_file.
[[nodiscard]] std::string read_text_file(const std::filesystem::path& path);

}  // namespace ironstride::util
