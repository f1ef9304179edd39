#include "ironstride/store/migrations/migration.hpp"

#include <array>

namespace ironstride::store::migrations {

std::span<const Migration> all_migrations() {
    // Append new steps here; never reorder or edit a released one.
    static const std::array<Migration, 1> kAll = {v001_initial_schema()};
    return kAll;
}

}  // namespace ironstride::store::migrations
