#pragma once

#include <span>
#include <string_view>

namespace ironstride::store::sqlite::migrations {

/// One step of the schema history. Migrations are never edited once released: a change to the schema is a new
/// migration appended to the list (docs/database.md, "Migrations").
struct Migration {
    int version = 0;               ///< the `PRAGMA user_version` after this step; 1, 2, 3 … without gaps
    std::string_view description;  ///< one line, for the history in docs/database.md
    std::string_view sql;          ///< run inside the step's own transaction
    /// The step drops and recreates tables: it runs with foreign keys off and checks every reference before it
    /// commits (otherwise foreign keys are on).
    bool rebuilds_tables = false;
};

/// Every migration in order of version; the last one's version is the schema this build writes.
[[nodiscard]] std::span<const Migration> all_migrations();

/// `PRAGMA application_id` of every ironstride database ("IRON" in ASCII), so that another program's SQLite file
/// passed by mistake is refused instead of being migrated.
inline constexpr int kApplicationId = 0x49524F4E;

// The individual steps, one file each (v001_initial_schema.cpp, …).
[[nodiscard]] const Migration& v001_initial_schema();
[[nodiscard]] const Migration& v002_athlete_scope();
[[nodiscard]] const Migration& v003_daily_by_source();
[[nodiscard]] const Migration& v004_activity_start_and_sport_inferred();
[[nodiscard]] const Migration& v005_calendar_events();

}  // namespace ironstride::store::sqlite::migrations
