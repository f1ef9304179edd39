#include "ironstride/store/sqlite/detail/wal_batch_vfs.hpp"

#include <cstring>
#include <stdexcept>

#include <sqlite3.h>

namespace ironstride::store::sqlite::detail {

namespace {

constexpr const char* kVfsName = "ironstride-wal-batch";

/// Largest run of WAL writes kept in memory (a file's transaction is typically 20–100 KB). It must stay below
/// 128 KiB: the unix VFS writes at most 128 KiB − 1 per pwrite (seekAndWriteFd masks the length with 0x1ffff) and
/// reports SQLITE_FULL when a write's remainder masks to 0, as a multiple of 128 KiB does.
constexpr int kBufferBytes = 120 << 10;

sqlite3_vfs* g_real_vfs = nullptr;

struct WalFile;

/// Consecutive writes not yet handed to the real file: `size` bytes from file offset `start`.
struct WriteBuffer {
    unsigned char* data;
    int size;
    sqlite3_int64 start;
};

/// A main database file: forwards everything to the real file that follows it in memory, and writes out its WAL's
/// buffer before any shared-memory barrier, lock or sync (see the header). While its WAL is open, its own writes
/// (only a checkpoint writes the database in WAL mode: pages in page order, consecutive in a new database) are
/// gathered too, and written out before anything else touches the file; SQLite ends the copying with
/// SQLITE_FCNTL_CKPT_DONE (a file control, which writes the buffer out) before it truncates, syncs or records the
/// checkpoint in the WAL index.
struct MainFile {
    sqlite3_file base;
    WalFile* wal;
    WriteBuffer pending;
};

/// A WAL file: consecutive writes are gathered in `pending`.
struct WalFile {
    sqlite3_file base;
    MainFile* main;
    WriteBuffer pending;
    bool commit_frame_next;  ///< the last write was the header of a commit frame: its page ends the transaction
};

/// WAL layout (sqlite.org/fileformat.html#walformat): a 32-byte header, then frames of a 24-byte frame header and a
/// page. Bytes 4–7 of a frame header hold the database size in pages for the frame that commits a transaction, and
/// 0 for every other frame.
constexpr int kWalHeaderBytes = 32;
constexpr int kFrameHeaderBytes = 24;

bool is_commit_frame_header(const void* data, int amount, sqlite3_int64 offset) {
    if (amount != kFrameHeaderBytes || offset < kWalHeaderBytes) return false;
    const auto* bytes = static_cast<const unsigned char*>(data);
    return (bytes[4] | bytes[5] | bytes[6] | bytes[7]) != 0;
}

template <typename File>
sqlite3_file* real_of(sqlite3_file* file) {
    return reinterpret_cast<sqlite3_file*>(reinterpret_cast<unsigned char*>(file) + sizeof(File));
}

/// Writes the buffer out. A failed write (a full disk) keeps the bytes, so that the next flush retries them and
/// the error reaches every later call until it succeeds: dropping them would let SQLite go on as if they had been
/// written, and a checkpoint would then reset a WAL whose pages never reached the database.
int flush_buffer(WriteBuffer& buffer, sqlite3_file* real) {
    if (buffer.size == 0) return SQLITE_OK;
    const int rc = real->pMethods->xWrite(real, buffer.data, buffer.size, buffer.start);
    if (rc == SQLITE_OK) buffer.size = 0;
    return rc;
}

/// Appends a write to `buffer` when it continues it, else writes the buffer out and starts it again.
int buffered_write(WriteBuffer& buffer, sqlite3_file* real, const void* data, int amount, sqlite3_int64 offset) {
    const bool follows = buffer.size > 0 && offset == buffer.start + buffer.size && amount <= kBufferBytes - buffer.size;
    if (!follows) {
        if (const int rc = flush_buffer(buffer, real); rc != SQLITE_OK) return rc;
        if (amount >= kBufferBytes) return real->pMethods->xWrite(real, data, amount, offset);
        if (buffer.data == nullptr) {
            buffer.data = static_cast<unsigned char*>(sqlite3_malloc(kBufferBytes));
            if (buffer.data == nullptr) return SQLITE_NOMEM;
        }
        buffer.start = offset;
    }
    std::memcpy(buffer.data + buffer.size, data, static_cast<std::size_t>(amount));
    buffer.size += amount;
    return SQLITE_OK;
}

void free_buffer(WriteBuffer& buffer) {
    sqlite3_free(buffer.data);
    buffer = WriteBuffer{nullptr, 0, 0};
}

int flush(WalFile& wal) { return flush_buffer(wal.pending, real_of<WalFile>(&wal.base)); }

int flush_main(sqlite3_file* file) {
    return flush_buffer(reinterpret_cast<MainFile*>(file)->pending, real_of<MainFile>(file));
}

/// Writes out the WAL's buffer, then the database's own.
int flush_wal_of(sqlite3_file* file) {
    WalFile* wal = reinterpret_cast<MainFile*>(file)->wal;
    if (wal != nullptr) {
        if (const int rc = flush(*wal); rc != SQLITE_OK) return rc;
    }
    return flush_main(file);
}

WalFile& wal_of(sqlite3_file* file) { return *reinterpret_cast<WalFile*>(file); }

// ---- methods shared by both wrappers: forward to the real file ------------------------------------------------

template <typename File>
int forward_check_reserved(sqlite3_file* file, int* out) {
    sqlite3_file* real = real_of<File>(file);
    return real->pMethods->xCheckReservedLock(real, out);
}

template <typename File>
int forward_sector_size(sqlite3_file* file) {
    sqlite3_file* real = real_of<File>(file);
    return real->pMethods->xSectorSize(real);
}

template <typename File>
int forward_device(sqlite3_file* file) {
    sqlite3_file* real = real_of<File>(file);
    return real->pMethods->xDeviceCharacteristics(real);
}

template <typename File>
int forward_shm_map(sqlite3_file* file, int page, int page_size, int extend, void volatile** out) {
    sqlite3_file* real = real_of<File>(file);
    return real->pMethods->xShmMap(real, page, page_size, extend, out);
}

template <typename File>
int forward_fetch(sqlite3_file* file, sqlite3_int64 offset, int amount, void** out) {
    sqlite3_file* real = real_of<File>(file);
    return real->pMethods->xFetch(real, offset, amount, out);
}

template <typename File>
int forward_unfetch(sqlite3_file* file, sqlite3_int64 offset, void* pointer) {
    sqlite3_file* real = real_of<File>(file);
    return real->pMethods->xUnfetch(real, offset, pointer);
}

// ---- the main database file -----------------------------------------------------------------------------------

/// Runs `call` on the real main file after writing out the WAL buffer.
template <typename Call>
int main_flushing(sqlite3_file* file, Call call) {
    const int rc = flush_wal_of(file);
    if (rc != SQLITE_OK) return rc;
    return call(real_of<MainFile>(file));
}

const sqlite3_io_methods kMainMethods = {
    3,
    /* xClose */
    [](sqlite3_file* file) {
        MainFile& main = *reinterpret_cast<MainFile*>(file);
        const int flushed = flush_wal_of(file);
        if (main.wal != nullptr) {
            main.wal->main = nullptr;
            main.wal = nullptr;
        }
        free_buffer(main.pending);
        sqlite3_file* real = real_of<MainFile>(file);
        const int closed = real->pMethods != nullptr ? real->pMethods->xClose(real) : SQLITE_OK;
        return flushed != SQLITE_OK ? flushed : closed;
    },
    /* xRead */
    [](sqlite3_file* file, void* out, int amount, sqlite3_int64 offset) {
        if (const int rc = flush_main(file); rc != SQLITE_OK) return rc;
        sqlite3_file* real = real_of<MainFile>(file);
        return real->pMethods->xRead(real, out, amount, offset);
    },
    /* xWrite */
    [](sqlite3_file* file, const void* data, int amount, sqlite3_int64 offset) {
        MainFile& main = *reinterpret_cast<MainFile*>(file);
        if (main.wal == nullptr) {
            // Rollback-journal mode (no WAL open): write through, the journal's ordering depends on it.
            return main_flushing(file,
                                 [&](sqlite3_file* real) { return real->pMethods->xWrite(real, data, amount, offset); });
        }
        if (const int rc = flush(*main.wal); rc != SQLITE_OK) return rc;
        return buffered_write(main.pending, real_of<MainFile>(file), data, amount, offset);
    },
    /* xTruncate */
    [](sqlite3_file* file, sqlite3_int64 size) {
        return main_flushing(file, [&](sqlite3_file* real) { return real->pMethods->xTruncate(real, size); });
    },
    /* xSync */
    [](sqlite3_file* file, int flags) {
        return main_flushing(file, [&](sqlite3_file* real) { return real->pMethods->xSync(real, flags); });
    },
    /* xFileSize */
    [](sqlite3_file* file, sqlite3_int64* out) {
        return main_flushing(file, [&](sqlite3_file* real) { return real->pMethods->xFileSize(real, out); });
    },
    /* xLock */
    [](sqlite3_file* file, int lock) {
        return main_flushing(file, [&](sqlite3_file* real) { return real->pMethods->xLock(real, lock); });
    },
    /* xUnlock */
    [](sqlite3_file* file, int lock) {
        return main_flushing(file, [&](sqlite3_file* real) { return real->pMethods->xUnlock(real, lock); });
    },
    forward_check_reserved<MainFile>,
    /* xFileControl */
    [](sqlite3_file* file, int op, void* argument) {
        return main_flushing(file, [&](sqlite3_file* real) { return real->pMethods->xFileControl(real, op, argument); });
    },
    forward_sector_size<MainFile>,
    forward_device<MainFile>,
    forward_shm_map<MainFile>,
    /* xShmLock */
    [](sqlite3_file* file, int offset, int count, int flags) {
        return main_flushing(file,
                             [&](sqlite3_file* real) { return real->pMethods->xShmLock(real, offset, count, flags); });
    },
    /* xShmBarrier: SQLite publishes a commit's frames between the two copies of the WAL-index header, around this
       barrier, so the frames must be in the file before it. */
    [](sqlite3_file* file) {
        (void)flush_wal_of(file);  // an error here resurfaces: the next write, sync or read of the WAL retries
        sqlite3_file* real = real_of<MainFile>(file);
        real->pMethods->xShmBarrier(real);
    },
    /* xShmUnmap */
    [](sqlite3_file* file, int remove) {
        return main_flushing(file, [&](sqlite3_file* real) { return real->pMethods->xShmUnmap(real, remove); });
    },
    /* xFetch */
    [](sqlite3_file* file, sqlite3_int64 offset, int amount, void** out) {
        if (const int rc = flush_main(file); rc != SQLITE_OK) return rc;
        sqlite3_file* real = real_of<MainFile>(file);
        return real->pMethods->xFetch(real, offset, amount, out);
    },
    forward_unfetch<MainFile>,
};

// ---- the WAL file ---------------------------------------------------------------------------------------------

template <typename Call>
int wal_flushing(sqlite3_file* file, Call call) {
    const int rc = flush(wal_of(file));
    if (rc != SQLITE_OK) return rc;
    return call(real_of<WalFile>(file));
}

int wal_write(sqlite3_file* file, const void* data, int amount, sqlite3_int64 offset) {
    WalFile& wal = wal_of(file);
    // A WAL write after database writes (a new transaction after a checkpoint): those go first.
    if (wal.main != nullptr) {
        if (const int rc = flush_main(&wal.main->base); rc != SQLITE_OK) return rc;
    }
    const bool ends_transaction = wal.commit_frame_next;
    wal.commit_frame_next = is_commit_frame_header(data, amount, offset);
    if (const int rc = buffered_write(wal.pending, real_of<WalFile>(file), data, amount, offset); rc != SQLITE_OK) {
        return rc;
    }
    // The commit frame's page is the transaction's last write: write the batch out now, while SQLite can still
    // fail the commit (SQLITE_FULL reaches the caller) — the barrier that publishes the frames cannot return errors.
    return ends_transaction ? flush(wal) : SQLITE_OK;
}

const sqlite3_io_methods kWalMethods = {
    3,
    /* xClose */
    [](sqlite3_file* file) {
        WalFile& wal = wal_of(file);
        int flushed = flush(wal);
        if (wal.main != nullptr) {
            const int main_flushed = flush_main(&wal.main->base);
            if (flushed == SQLITE_OK) flushed = main_flushed;
            wal.main->wal = nullptr;
        }
        free_buffer(wal.pending);
        wal.main = nullptr;
        sqlite3_file* real = real_of<WalFile>(file);
        const int closed = real->pMethods != nullptr ? real->pMethods->xClose(real) : SQLITE_OK;
        return flushed != SQLITE_OK ? flushed : closed;
    },
    /* xRead */
    [](sqlite3_file* file, void* out, int amount, sqlite3_int64 offset) {
        return wal_flushing(file, [&](sqlite3_file* real) { return real->pMethods->xRead(real, out, amount, offset); });
    },
    wal_write,
    /* xTruncate */
    [](sqlite3_file* file, sqlite3_int64 size) {
        return wal_flushing(file, [&](sqlite3_file* real) { return real->pMethods->xTruncate(real, size); });
    },
    /* xSync */
    [](sqlite3_file* file, int flags) {
        return wal_flushing(file, [&](sqlite3_file* real) { return real->pMethods->xSync(real, flags); });
    },
    /* xFileSize */
    [](sqlite3_file* file, sqlite3_int64* out) {
        return wal_flushing(file, [&](sqlite3_file* real) { return real->pMethods->xFileSize(real, out); });
    },
    /* xLock */
    [](sqlite3_file* file, int lock) {
        return wal_flushing(file, [&](sqlite3_file* real) { return real->pMethods->xLock(real, lock); });
    },
    /* xUnlock */
    [](sqlite3_file* file, int lock) {
        return wal_flushing(file, [&](sqlite3_file* real) { return real->pMethods->xUnlock(real, lock); });
    },
    forward_check_reserved<WalFile>,
    /* xFileControl */
    [](sqlite3_file* file, int op, void* argument) {
        return wal_flushing(file, [&](sqlite3_file* real) { return real->pMethods->xFileControl(real, op, argument); });
    },
    forward_sector_size<WalFile>,
    forward_device<WalFile>,
    forward_shm_map<WalFile>,
    /* xShmLock */
    [](sqlite3_file* file, int offset, int count, int flags) {
        return wal_flushing(file,
                            [&](sqlite3_file* real) { return real->pMethods->xShmLock(real, offset, count, flags); });
    },
    /* xShmBarrier */
    [](sqlite3_file* file) {
        (void)flush(wal_of(file));
        sqlite3_file* real = real_of<WalFile>(file);
        real->pMethods->xShmBarrier(real);
    },
    /* xShmUnmap */
    [](sqlite3_file* file, int remove) {
        return wal_flushing(file, [&](sqlite3_file* real) { return real->pMethods->xShmUnmap(real, remove); });
    },
    forward_fetch<WalFile>,
    forward_unfetch<WalFile>,
};

// ---- the VFS ----------------------------------------------------------------------------------------------------

int open_file(sqlite3_vfs* /*vfs*/, const char* name, sqlite3_file* file, int flags, int* out_flags) {
    sqlite3_vfs* real_vfs = g_real_vfs;
    const bool main_db = (flags & SQLITE_OPEN_MAIN_DB) != 0;
    const bool wal = (flags & SQLITE_OPEN_WAL) != 0;
    if (!main_db && !wal) {
        // Journals, temporary files: the real file takes the whole slot, with its own methods.
        return real_vfs->xOpen(real_vfs, name, file, flags, out_flags);
    }
    file->pMethods = nullptr;
    sqlite3_file* real = main_db ? real_of<MainFile>(file) : real_of<WalFile>(file);
    const int rc = real_vfs->xOpen(real_vfs, name, real, flags, out_flags);
    if (rc != SQLITE_OK || real->pMethods == nullptr || real->pMethods->iVersion < 3) {
        // Without the shared-memory methods there is no WAL to batch: hand SQLite the real file as it is.
        if (rc == SQLITE_OK && real->pMethods != nullptr) (void)real->pMethods->xClose(real);
        return rc != SQLITE_OK ? rc : real_vfs->xOpen(real_vfs, name, file, flags, out_flags);
    }
    if (main_db) {
        auto& main = *reinterpret_cast<MainFile*>(file);
        main.wal = nullptr;
        main.pending = WriteBuffer{nullptr, 0, 0};
        main.base.pMethods = &kMainMethods;
        return SQLITE_OK;
    }
    auto& wal_file = *reinterpret_cast<WalFile*>(file);
    wal_file.main = nullptr;
    wal_file.commit_frame_next = false;
    wal_file.pending = WriteBuffer{nullptr, 0, 0};
    wal_file.base.pMethods = &kWalMethods;
    sqlite3_file* database = sqlite3_database_file_object(name);
    if (database != nullptr && database->pMethods == &kMainMethods) {
        auto* main = reinterpret_cast<MainFile*>(database);
        main->wal = &wal_file;
        wal_file.main = main;
    }
    return SQLITE_OK;
}

sqlite3_vfs make_vfs() {
    sqlite3_vfs* real = sqlite3_vfs_find(nullptr);
    if (real == nullptr) throw std::runtime_error("SQLite has no default VFS");
    g_real_vfs = real;
    sqlite3_vfs vfs{};
    vfs.iVersion = real->iVersion < 3 ? real->iVersion : 3;
    vfs.szOsFile = real->szOsFile + static_cast<int>(sizeof(WalFile) > sizeof(MainFile) ? sizeof(WalFile) : sizeof(MainFile));
    vfs.mxPathname = real->mxPathname;
    vfs.zName = kVfsName;
    vfs.xOpen = open_file;
    vfs.xDelete = [](sqlite3_vfs*, const char* name, int sync) { return g_real_vfs->xDelete(g_real_vfs, name, sync); };
    vfs.xAccess = [](sqlite3_vfs*, const char* name, int flags, int* out) {
        return g_real_vfs->xAccess(g_real_vfs, name, flags, out);
    };
    vfs.xFullPathname = [](sqlite3_vfs*, const char* name, int size, char* out) {
        return g_real_vfs->xFullPathname(g_real_vfs, name, size, out);
    };
    vfs.xDlOpen = [](sqlite3_vfs*, const char* name) { return g_real_vfs->xDlOpen(g_real_vfs, name); };
    vfs.xDlError = [](sqlite3_vfs*, int size, char* out) { g_real_vfs->xDlError(g_real_vfs, size, out); };
    vfs.xDlSym = [](sqlite3_vfs*, void* handle, const char* symbol) {
        return g_real_vfs->xDlSym(g_real_vfs, handle, symbol);
    };
    vfs.xDlClose = [](sqlite3_vfs*, void* handle) { g_real_vfs->xDlClose(g_real_vfs, handle); };
    vfs.xRandomness = [](sqlite3_vfs*, int size, char* out) { return g_real_vfs->xRandomness(g_real_vfs, size, out); };
    vfs.xSleep = [](sqlite3_vfs*, int microseconds) { return g_real_vfs->xSleep(g_real_vfs, microseconds); };
    vfs.xCurrentTime = [](sqlite3_vfs*, double* out) { return g_real_vfs->xCurrentTime(g_real_vfs, out); };
    vfs.xGetLastError = [](sqlite3_vfs*, int size, char* out) {
        return g_real_vfs->xGetLastError(g_real_vfs, size, out);
    };
    if (vfs.iVersion >= 2) {
        vfs.xCurrentTimeInt64 = [](sqlite3_vfs*, sqlite3_int64* out) {
            return g_real_vfs->xCurrentTimeInt64(g_real_vfs, out);
        };
    }
    if (vfs.iVersion >= 3) {
        vfs.xSetSystemCall = [](sqlite3_vfs*, const char* name, sqlite3_syscall_ptr call) {
            return g_real_vfs->xSetSystemCall(g_real_vfs, name, call);
        };
        vfs.xGetSystemCall = [](sqlite3_vfs*, const char* name) { return g_real_vfs->xGetSystemCall(g_real_vfs, name); };
        vfs.xNextSystemCall = [](sqlite3_vfs*, const char* name) {
            return g_real_vfs->xNextSystemCall(g_real_vfs, name);
        };
    }
    return vfs;
}

}  // namespace

const char* wal_batch_vfs_name() {
    static sqlite3_vfs vfs = [] {
        sqlite3_vfs made = make_vfs();
        return made;
    }();
    static const int registered = sqlite3_vfs_register(&vfs, 0);
    if (registered != SQLITE_OK) throw std::runtime_error("cannot register the ironstride SQLite VFS");
    return kVfsName;
}

}  // namespace ironstride::store::sqlite::detail
