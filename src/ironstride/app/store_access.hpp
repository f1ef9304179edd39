#pragma once

#include <memory>
#include <optional>
#include <string>
#include <utility>

#include "ironstride/store/store.hpp"

namespace ironstride::app {

/// Which committed state of the data a front end's kept answers were computed from (store::DataVersion).
using DataVersion = store::DataVersion;

/// How much of the store a use case needs when a front end opens it.
enum class StoreAccess {
    create,    ///< writes; creates the database for a new user (import, checkin, today)
    existing,  ///< the database must exist ("no database here yet" otherwise) and is read; its metrics cache is
               ///< written when this user may write the database, else it is opened read-only (report)
    read,      ///< the database must exist and is opened read-only (activities, show); only a database that needs
               ///< a schema upgrade is opened for writing, once, when this user may write it
    if_present,  ///< read like `read` when the database exists; without one there is no store (plan: the history
                 ///< is optional, and planning never creates a database)
};

/// Opens the athlete's store: the `--db PATH` option when given, else $IRONSTRIDE_DB, else the XDG default
/// (store::resolve_database_path); nullptr for `if_present` without a database. util::Error "no database here yet" (with what to do) when `existing` and the
/// file does not exist; storage util::Error when it cannot be opened.
[[nodiscard]] std::unique_ptr<store::Store> open_store(const std::optional<std::string>& db_option,
                                                       StoreAccess access);

/// The store a use case works on: one the front end keeps open (the server), or one opened when the use case first
/// needs it (the CLI: so that a bad profile is reported before a missing database, and a command that fails early
/// never creates one).
class StoreHandle {
public:
    /// An open store, owned by the caller.
    explicit StoreHandle(store::Store& open) noexcept : m_store(&open) {}
    /// A store to open with open_store(db_option, access) on first use.
    StoreHandle(std::optional<std::string> db_option, StoreAccess access)
        : m_db_option(std::move(db_option)), m_access(access) {}

    /// The store, opened now if it was not yet.
    [[nodiscard]] store::Store& get();
    /// The store, or nullptr when it is opened `if_present` and there is no database.
    [[nodiscard]] store::Store* find();
    /// The version of the data committed now; nothing without a store or when the store cannot tell.
    [[nodiscard]] std::optional<DataVersion> data_version();

private:
    store::Store* m_store = nullptr;
    std::unique_ptr<store::Store> m_owned;
    bool m_opened = false;  ///< open_store ran (it may have found no database)
    std::optional<std::string> m_db_option;
    StoreAccess m_access = StoreAccess::existing;
};

}  // namespace ironstride::app
