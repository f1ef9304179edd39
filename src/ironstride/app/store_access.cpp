#include "ironstride/app/store_access.hpp"

#include <filesystem>

#include <fmt/format.h>

#include "ironstride/store/database_path.hpp"
#include "ironstride/store/open_store.hpp"
#include "ironstride/util/error.hpp"

namespace ironstride::app {

std::unique_ptr<store::Store> open_store(const std::optional<std::string>& db_option, StoreAccess access) {
    const std::filesystem::path path = store::resolve_database_path(db_option);
    if (access == StoreAccess::existing && !std::filesystem::exists(path)) {
        throw util::Error(util::ErrorCode::storage_no_database, fmt::format("{}: no database here yet", path.string())).with_hint("import some data first (ironstride import PATH...), or point --db at your database");
    }
    store::OpenOptions options;
    options.mode = access == StoreAccess::create ? store::OpenOptions::Mode::create
                                                 : store::OpenOptions::Mode::read_write;
    return store::open_store(path, options);
}

}  // namespace ironstride::app

namespace ironstride::app {

store::Store& StoreHandle::get() {
    if (m_store == nullptr) {
        m_owned = open_store(m_db_option, m_access);
        m_store = m_owned.get();
    }
    return *m_store;
}

}  // namespace ironstride::app
