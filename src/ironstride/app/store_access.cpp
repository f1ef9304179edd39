#include "ironstride/app/store_access.hpp"

#include <filesystem>

#include <unistd.h>

#include <fmt/format.h>

#include "ironstride/store/database_path.hpp"
#include "ironstride/store/open_store.hpp"
#include "ironstride/util/error.hpp"

namespace ironstride::app {

namespace {

/// True when this process may write the database file and create its -wal and -shm beside it.
bool may_write(const std::filesystem::path& path) {
    const std::filesystem::path folder = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
    return ::access(path.c_str(), W_OK) == 0 && ::access(folder.c_str(), W_OK) == 0;
}

std::unique_ptr<store::Store> open_read_only(const std::filesystem::path& path) {
    store::OpenOptions options;
    options.mode = store::OpenOptions::Mode::read_only;
    try {
        return store::open_store(path, options);
    } catch (const util::Error& error) {
        if (error.code() != util::ErrorCode::storage_schema_older || !may_write(path)) throw;
    }
    options.mode = store::OpenOptions::Mode::read_write;  // upgrade the schema once
    return store::open_store(path, options);
}

}  // namespace

std::unique_ptr<store::Store> open_store(const std::optional<std::string>& db_option, StoreAccess access) {
    const std::filesystem::path path = store::resolve_database_path(db_option);
    if (access == StoreAccess::if_present) {
        if (!std::filesystem::exists(path)) return nullptr;
        access = StoreAccess::read;
    }
    if (access != StoreAccess::create && !std::filesystem::exists(path)) {
        throw util::Error(util::ErrorCode::storage_no_database, fmt::format("{}: no database here yet", path.string()))
            .with_hint("import some data first (ironstride import PATH...), or point --db at your database");
    }
    if (access == StoreAccess::read || (access == StoreAccess::existing && !may_write(path))) {
        return open_read_only(path);
    }
    store::OpenOptions options;
    options.mode =
        access == StoreAccess::create ? store::OpenOptions::Mode::create : store::OpenOptions::Mode::read_write;
    return store::open_store(path, options);
}

}  // namespace ironstride::app

namespace ironstride::app {

store::Store* StoreHandle::find() {
    if (m_store == nullptr && !m_opened) {
        m_owned = open_store(m_db_option, m_access);
        m_store = m_owned.get();
        m_opened = true;
    }
    return m_store;
}

store::Store& StoreHandle::get() {
    store::Store* store = find();
    if (store == nullptr) {
        throw util::Error(util::ErrorCode::storage_no_database,
                          fmt::format("{}: no database here yet", store::resolve_database_path(m_db_option).string()))
            .with_hint("import some data first (ironstride import PATH...), or point --db at your database");
    }
    return *store;
}

std::optional<DataVersion> StoreHandle::data_version() {
    store::Store* open = find();
    return open == nullptr ? std::nullopt : open->data_version();
}

}  // namespace ironstride::app
