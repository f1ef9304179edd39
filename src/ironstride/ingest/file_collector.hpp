#pragma once

#include <cstdint>
#include <filesystem>
#include <span>
#include <vector>

namespace ironstride::ingest {

/// A regular file to import, with its size (for progress and throughput).
struct InputFile {
    std::filesystem::path path;
    std::uint64_t size_bytes = 0;
};

/// The regular files named by `paths`: files as given, folders recursively (symbolic links followed, hidden files
/// and folders — names starting with '.' — skipped). Sorted by path and without repeats, so an import is
/// deterministic whatever order the file system lists. Paths are made absolute (lexically normal), so the import
/// log names each file once however it was reached. Throws util::Error when a path does not exist or a folder
/// cannot be read.
[[nodiscard]] std::vector<InputFile> collect_input_files(std::span<const std::filesystem::path> paths);

}  // namespace ironstride::ingest
