#include "ironstride/store/sqlite/migrations/migration.hpp"

#include <array>

namespace ironstride::store::sqlite::migrations {

std::span<const Migration> all_migrations() {
    // Append new steps here; never reorder or edit a released one.
    static const std::array<Migration, 3> kAll = {v001_initial_schema(), v002_athlete_scope(), v003_daily_by_source()};
    return kAll;
}

}  // namespace ironstride::store::sqlite::migrations
