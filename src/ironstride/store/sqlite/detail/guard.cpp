#include "ironstride/store/sqlite/detail/guard.hpp"

#include <stdexcept>
#include <string>

#include <fmt/format.h>
#include <sqlite3.h>

#include "ironstride/store/store_error.hpp"

namespace ironstride::store::sqlite::detail {

namespace {

/// What the user can do about a failure, by SQLite's primary result code; nullptr when the failure is not the
/// user's to fix (a constraint, a misuse, an SQL error: a bug in ironstride).
const char* hint_for(int primary_code) {
    switch (primary_code) {
        case SQLITE_FULL: return "free some disk space and run the command again; nothing was half-written";
        case SQLITE_READONLY:
        case SQLITE_PERM:
        case SQLITE_CANTOPEN:
            return "check that you may write the database file and its folder, or choose another with --db PATH";
        case SQLITE_BUSY:
        case SQLITE_LOCKED: return "another ironstride is writing to this database; wait for it and try again";
        case SQLITE_CORRUPT:
        case SQLITE_NOTADB: return "the database file is damaged; restore it from a backup, or re-import into a new one";
        case SQLITE_IOERR: return "the disk reported an error; check it, then run the command again";
        default: return nullptr;
    }
}

}  // namespace

void throw_storage_error(const Database& db, const SQLite::Exception& error) {
    constexpr int kPrimaryCodeMask = 0xFF;  // extended result codes keep the primary code in their low byte
    const char* hint = hint_for(error.getErrorCode() & kPrimaryCodeMask);
    const std::string message = fmt::format("{}: {}", db.path().string(), error.what());
    if (hint == nullptr) throw std::runtime_error(message);
    throw StorageError(message, hint);
}

void require_writable(bool writable, const char* operation) {
    if (!writable) throw std::logic_error(fmt::format("{} called in a read-only unit of work", operation));
}

}  // namespace ironstride::store::sqlite::detail
