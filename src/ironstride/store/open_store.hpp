#pragma once

#include <chrono>
#include <filesystem>
#include <memory>

#include "ironstride/store/store.hpp"

namespace ironstride::store {

/// How open_store opens its file.
struct OpenOptions {
    enum class Mode {
        create,      ///< read-write; creates the file (and its parent folders) and migrates to the current schema
        read_write,  ///< read-write; the file must exist; migrates it to the current schema
        read_only,   ///< the file must exist and already be at the current schema; nothing is written
    };
    Mode mode = Mode::create;
    /// How long a unit of work waits for another process's write lock before failing with "database is locked".
    std::chrono::milliseconds busy_timeout{5000};
};

/// Opens the store at `path`: the embedded SQLite database (store/sqlite/). storage util::Error, naming the path with a
/// hint, when the file cannot be created or opened, is not an ironstride database, or was written by a newer
/// ironstride.
[[nodiscard]] std::unique_ptr<Store> open_store(const std::filesystem::path& path, OpenOptions options = {});

}  // namespace ironstride::store
