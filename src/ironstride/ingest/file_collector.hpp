#pragma once

#include <cstdint>
#include <filesystem>
#include <span>
#include <vector>

#include "ironstride/util/error.hpp"

namespace ironstride::ingest {

/// A regular file to import, with its size (for progress and throughput).
struct InputFile {
    std::filesystem::path path;
    std::uint64_t size_bytes = 0;
};

/// What a walk of the paths given found: the files to import, and what it could not or would not enter.
struct CollectedInputs {
    std::vector<InputFile> files;
    /// Folders and entries that could not be read (io.cannot_read): the import is incomplete, so it ends with
    /// status 1.
    std::vector<util::Error> unreadable;
    /// Warnings for what the walk passed over on purpose: links to folders outside the paths given
    /// (io.link_outside), links that lead back into a folder being walked (io.link_loop), links to nothing, FIFOs,
    /// sockets and devices (io.not_a_file).
    std::vector<util::Error> passed_over;
};

/// The regular files named by `paths`: files as given, folders recursively, hidden files and folders (names starting
/// with '.') skipped. Links to files are followed; links to folders only when the folder lies inside one of the
/// folders given, and every folder is walked once (by its real path first), so a link to `/etc` or a link loop
/// never walks the system. Files are sorted by path and without repeats, so an import is deterministic whatever
/// order the file system lists; paths are made absolute (lexically normal), so the import log names each file once
/// however it was reached. Throws util::Error only when a path given does not exist or is neither a file nor a
/// folder.
[[nodiscard]] CollectedInputs collect_input_files(std::span<const std::filesystem::path> paths);

}  // namespace ironstride::ingest
