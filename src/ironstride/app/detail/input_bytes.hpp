#pragma once

#include <cstddef>
#include <filesystem>
#include <span>
#include <vector>

namespace ironstride::app::detail {

/// Files up to this size are read into the buffer the worker thread reuses; larger ones into a buffer of their own
/// that is freed with them, so that one huge file does not keep the worker's memory high for the rest of the run.
/// Files are read, never mapped (util::read_whole_file says why); reading also beats mapping for the typical
/// 10 KB – 1 MB activity file: a mapping costs a page fault per 4 KB page and, on unmap, a TLB shoot-down on every
/// core the process runs on (measured with perf in bench/import_bench.sh: 9 % of a single-core import went to
/// munmap alone).
inline constexpr std::size_t kReuseLimitBytes = std::size_t{32} << 20U;

/// The bytes of one input file, read whole. util::Error naming the file when it cannot be opened or read, is not a
/// regular file, or changed while being read.
class InputBytes {
public:
    InputBytes(const std::filesystem::path& path, std::vector<std::byte>& reused_buffer);

    [[nodiscard]] std::span<const std::byte> bytes() const noexcept { return m_bytes; }

private:
    std::vector<std::byte> m_own_buffer;
    std::span<const std::byte> m_bytes;
};

}  // namespace ironstride::app::detail
