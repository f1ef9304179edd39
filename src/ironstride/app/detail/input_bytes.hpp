#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <span>
#include <vector>

#include "ironstride/util/file_bytes.hpp"

namespace ironstride::app::detail {

/// Files up to this size are read into a buffer the worker thread reuses; larger ones are memory-mapped, so that
/// memory stays bounded whatever a single file's size. Reading beats mapping for the typical 10 KB – 1 MB activity
/// file: a mapping costs a page fault per 4 KB page and, on unmap, a TLB shoot-down on every core the process runs
/// on (measured with perf in bench/import_bench.sh: 9 % of a single-core import went to munmap alone).
inline constexpr std::size_t kReadLimitBytes = std::size_t{32} << 20U;

/// The bytes of one input file: a view into the worker's buffer, or a mapping for a large file. util::Error
/// naming the file when it cannot be opened or read.
class InputBytes {
public:
    InputBytes(const std::filesystem::path& path, std::vector<std::byte>& buffer);

    [[nodiscard]] std::span<const std::byte> bytes() const noexcept { return m_bytes; }

private:
    std::optional<util::FileBytes> m_mapped;
    std::span<const std::byte> m_bytes;
};

}  // namespace ironstride::app::detail
