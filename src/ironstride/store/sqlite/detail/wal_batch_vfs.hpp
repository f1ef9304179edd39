#pragma once

namespace ironstride::store::sqlite::detail {

/// Name of a SQLite VFS that wraps the default one and gathers the writes to a WAL file into one buffer, written
/// with a single pwrite when SQLite is about to publish them.
///
/// Why: a WAL commit writes every frame as two calls (a 24-byte frame header, then the page), so a file's
/// transaction of ~20 pages cost ~40 pwrite system calls, ~30 % of a single-core import's CPU time
/// (bench/README.md). The buffer changes nothing SQLite relies on: it is written out with the page of the frame that
/// commits a transaction (so that a failed write, a full disk, fails the commit itself), and in any case before
/// SQLite publishes the new frames in the WAL index (the shared-memory barrier between the two copies of the index
/// header, which is where a commit becomes visible to any reader), and before any read, sync, size query,
/// truncation, lock change or close of either file. A write that fails keeps its bytes and fails every later call
/// until it succeeds, so that SQLite never goes on as if they had been written. A process killed while frames sit in the buffer leaves the WAL as if it died before writing them:
/// that transaction is not committed, and the earlier ones are intact — the same as SQLite's own crash model.
/// A checkpoint's copies into the database file (one pwrite per page, ~9,000 when an import closes) are gathered
/// the same way and written out when SQLite signals the end of the copy (SQLITE_FCNTL_CKPT_DONE), before it
/// truncates, syncs or records the checkpoint in the WAL index.
///
/// Registered once (thread-safe); returns the name to pass to sqlite3_open_v2.
const char* wal_batch_vfs_name();

}  // namespace ironstride::store::sqlite::detail
