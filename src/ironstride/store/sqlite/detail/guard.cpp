#include "ironstride/store/sqlite/detail/guard.hpp"

#include <optional>
#include <stdexcept>
#include <string>

#include <fmt/format.h>
#include <sqlite3.h>

#include "ironstride/util/error.hpp"

namespace ironstride::store::sqlite::detail {

namespace {

constexpr int kPrimaryCodeMask = 0xFF;  // extended result codes keep the primary code in their low byte

/// What a failure means for the user, by SQLite's primary result code: its stable code and what to do.
struct UserFailure {
    util::ErrorCode code;
    const char* hint;
};

/// Empty when the failure is not the user's to fix (a constraint, a misuse, an SQL error: a bug in ironstride).
std::optional<UserFailure> user_failure(int primary_code) {
    switch (primary_code) {
        case SQLITE_FULL:
            return UserFailure{util::ErrorCode::storage_disk_full,
                               "free some disk space and run the command again; nothing was half-written"};
        case SQLITE_READONLY:
        case SQLITE_PERM:
        case SQLITE_CANTOPEN:
            return UserFailure{util::ErrorCode::storage_read_only,
                               "check that you may write the database file and its folder, or choose another with "
                               "--db PATH"};
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            return UserFailure{util::ErrorCode::storage_busy,
                               "another ironstride is writing to this database; wait for it and try again"};
        case SQLITE_CORRUPT:
        case SQLITE_NOTADB:
            return UserFailure{util::ErrorCode::storage_corrupt,
                               "the database file is damaged; restore it from a backup, or re-import into a new one"};
        case SQLITE_IOERR:
            return UserFailure{util::ErrorCode::storage_io,
                               "the disk reported an error; check it, then run the command again"};
        default: return std::nullopt;
    }
}

}  // namespace

void throw_storage_error(const Database& db, const SQLite::Exception& error) {
    const std::optional<UserFailure> failure = user_failure(error.getErrorCode() & kPrimaryCodeMask);
    std::string message = fmt::format("{}: {}", db.path().string(), error.what());
    if (!failure) throw std::runtime_error(message);
    throw util::Error(failure->code, std::move(message)).with_hint(failure->hint);
}

void throw_open_error(const std::filesystem::path& path, const SQLite::Exception& error, const char* fallback_hint) {
    const std::optional<UserFailure> failure = user_failure(error.getErrorCode() & kPrimaryCodeMask);
    std::string message = fmt::format("{}: cannot open the database: {}", path.string(), error.what());
    if (!failure) throw util::Error(util::ErrorCode::storage_cannot_open, std::move(message)).with_hint(fallback_hint);
    throw util::Error(failure->code, std::move(message)).with_hint(failure->hint);
}

void require_writable(bool writable, const char* operation) {
    if (!writable) throw std::logic_error(fmt::format("{} called in a read-only unit of work", operation));
}

}  // namespace ironstride::store::sqlite::detail
