#pragma once

#include <SQLiteCpp/Exception.h>

#include "ironstride/store/sqlite/database.hpp"

namespace ironstride::store::sqlite::detail {

/// The storage util::Error for a SQLite failure on `db`: the database's path, what SQLite said, and what to do about it
/// (a full disk, a read-only file, a lock held by another process, a damaged file each get their own hint). A
/// failure that is a bug (a constraint, an SQL error) becomes std::runtime_error instead: an internal error.
[[noreturn]] void throw_storage_error(const Database& db, const SQLite::Exception& error);

/// The same while opening `path`: "PATH: cannot open the database: what SQLite said". A failure with no better hint
/// (SQLITE_CANTOPEN's cousins, a misuse) is storage.cannot_open with `fallback_hint`.
[[noreturn]] void throw_open_error(const std::filesystem::path& path, const SQLite::Exception& error,
                                   const char* fallback_hint);

/// Runs `work`, turning SQLite's exceptions into storage util::Error (the store boundary: no SQLite type leaves store/).
template <typename Work>
decltype(auto) guarded(const Database& db, Work&& work) {
    try {
        return work();
    } catch (const SQLite::Exception& error) {
        throw_storage_error(db, error);
    }
}

/// A write through a read unit of work is a bug in the caller (std::logic_error).
void require_writable(bool writable, const char* operation);

}  // namespace ironstride::store::sqlite::detail
