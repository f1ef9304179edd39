#include "ironstride/store/sqlite/migrations/migration.hpp"

#include <array>

namespace ironstride::store::sqlite::migrations {

std::span<const Migration> all_migrations() {
    // Append new steps here; never reorder or edit a released one.
    static const std::array<Migration, 5> kAll = {v001_initial_schema(), v002_athlete_scope(), v003_daily_by_source(),
                                                  v004_activity_start_and_sport_inferred(), v005_calendar_events()};
    return kAll;
}

}  // namespace ironstride::store::sqlite::migrations
