#pragma once

#include <filesystem>
#include <functional>

#include "ironstride/store/store.hpp"

namespace ironstride::store::sqlite::detail {

/// An exclusive advisory lock (flock) on a small file, held from construction to destruction. The kernel releases
/// it when the process dies, so a killed holder never leaves it taken. Storage util::Error when the lock file
/// cannot be created or locked.
class FileLock final : public ImportLock {
public:
    /// Takes the lock on `path` (created if missing); when another holds it, calls `before_waiting` once and waits.
    FileLock(const std::filesystem::path& path, const std::function<void()>& before_waiting);
    ~FileLock() override;
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;
    FileLock(FileLock&&) = delete;
    FileLock& operator=(FileLock&&) = delete;

private:
    int m_fd = -1;
};

}  // namespace ironstride::store::sqlite::detail
