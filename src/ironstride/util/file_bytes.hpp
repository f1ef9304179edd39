#pragma once

#include <cstddef>
#include <filesystem>
#include <span>
#include <string>

namespace ironstride::util {

/// A whole file, read-only, memory-mapped when possible so decoders see the bytes without a second copy.
/// Move-only. Throws IoError naming the path when the file cannot be opened or read.
class FileBytes {
public:
    explicit FileBytes(const std::filesystem::path& path);
    ~FileBytes();
    FileBytes(FileBytes&& other) noexcept;
    FileBytes& operator=(FileBytes&& other) noexcept;
    FileBytes(const FileBytes&) = delete;
    FileBytes& operator=(const FileBytes&) = delete;

    [[nodiscard]] std::span<const std::byte> bytes() const noexcept { return {m_data, m_size}; }
    [[nodiscard]] std::string_view text() const noexcept {
        return {reinterpret_cast<const char*>(m_data), m_size};  // NOLINT: bytes viewed as characters
    }
    [[nodiscard]] std::size_t size() const noexcept { return m_size; }

private:
    void release() noexcept;

    const std::byte* m_data = nullptr;
    std::size_t m_size = 0;
    bool m_mapped = false;
};

/// Reads a whole (small) text file; throws IoError naming the path.
[[nodiscard]] std::string read_text_file(const std::filesystem::path& path);

}  // namespace ironstride::util
