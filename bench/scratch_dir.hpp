#pragma once
// A scratch folder for a benchmark's databases and files, removed when the benchmark ends.

#include <filesystem>
#include <random>
#include <string_view>
#include <system_error>

#include <fmt/format.h>

namespace ironstride::bench {

class ScratchDir {
public:
    /// Creates <temp>/<prefix>-<random> (random so that benchmarks running at once do not share a folder).
    explicit ScratchDir(std::string_view prefix = "ironstride-bench") {
        std::random_device entropy;
        m_path = std::filesystem::temp_directory_path() / fmt::format("{}-{:08x}{:08x}", prefix, entropy(), entropy());
        std::filesystem::create_directories(m_path);
    }
    ~ScratchDir() {
        std::error_code ignored;
        std::filesystem::remove_all(m_path, ignored);
    }
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;
    ScratchDir(ScratchDir&&) = delete;
    ScratchDir& operator=(ScratchDir&&) = delete;
    [[nodiscard]] const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

}  // namespace ironstride::bench
