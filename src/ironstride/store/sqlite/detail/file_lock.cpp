#include "ironstride/store/sqlite/detail/file_lock.hpp"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/file.h>
#include <unistd.h>

#include "ironstride/util/error.hpp"

namespace ironstride::store::sqlite::detail {

namespace {

[[noreturn]] void throw_lock_error(const std::filesystem::path& path, const char* action) {
    const bool denied = errno == EACCES || errno == EPERM || errno == EROFS;
    throw util::Error(denied ? util::ErrorCode::storage_read_only : util::ErrorCode::storage_io,
                      fmt::format("{}: cannot {} the import lock: {}", path.string(), action, std::strerror(errno)))
        .with_hint("check that you may write the database's folder, or choose another database with --db PATH");
}

int lock(int fd, int operation) {
    int rc = 0;
    do {
        rc = ::flock(fd, operation);
    } while (rc != 0 && errno == EINTR);
    return rc;
}

}  // namespace

FileLock::FileLock(const std::filesystem::path& path, const std::function<void()>& before_waiting) {
    m_fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (m_fd < 0) throw_lock_error(path, "create");
    if (lock(m_fd, LOCK_EX | LOCK_NB) == 0) return;
    if (errno == EWOULDBLOCK) {
        if (before_waiting) before_waiting();
        if (lock(m_fd, LOCK_EX) == 0) return;
    }
    const int saved = errno;
    ::close(m_fd);
    errno = saved;
    throw_lock_error(path, "take");
}

FileLock::~FileLock() {
    if (m_fd >= 0) ::close(m_fd);  // closing the descriptor releases the flock
}

}  // namespace ironstride::store::sqlite::detail
