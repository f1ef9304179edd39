#include <string_view>

#include "ironstride/store/sqlite/migrations/migration.hpp"

namespace ironstride::store::sqlite::migrations {

namespace {

// Two facts about an activity that the schema could not say (docs/database.md, "Activities"):
// - a file without usable times (a GPX whose points have no <time>) has no start: start_utc becomes nullable
//   instead of holding a sentinel (it used to be 1901-12-13T20:45:52Z, INT32_MIN seconds);
// - the sport may be inferred from speed and cadence rather than named by the file: sport_inferred is 1 then.
//
// SQLite cannot drop a NOT NULL in place, so the activity table is rebuilt the documented way
// (https://www.sqlite.org/lang_altertable.html, "Making Other Kinds Of Table Schema Changes"), as in v002: ids and
// the AUTOINCREMENT counter are kept, so an id a user has seen keeps meaning the same activity. Existing rows keep
// their start and are marked as not inferred (what they were stored as). Only the activity table is touched, so
// this step is independent of the daily tables' migrations.
constexpr std::string_view kSql = R"sql(
CREATE TABLE activity_v4 (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    athlete_id     INTEGER NOT NULL REFERENCES athlete (id) ON DELETE CASCADE,
    import_id      INTEGER NOT NULL REFERENCES import_log (id) ON DELETE CASCADE,
    source_path    TEXT    NOT NULL,
    format         TEXT    NOT NULL,
    sport          TEXT    NOT NULL,
    sport_inferred INTEGER NOT NULL DEFAULT 0 CHECK (sport_inferred IN (0, 1)),
    sub_sport      TEXT    NOT NULL DEFAULT '',
    name           TEXT    NOT NULL DEFAULT '',
    device         TEXT    NOT NULL DEFAULT '',
    start_utc      INTEGER,
    utc_offset_min INTEGER,
    elapsed_s      REAL,
    timer_s        REAL,
    distance_m     REAL,
    avg_hr_bpm     REAL,
    max_hr_bpm     REAL,
    calories_kcal  REAL,
    ascent_m       REAL,
    descent_m      REAL,
    avg_speed_mps  REAL,
    max_speed_mps  REAL,
    rpe            REAL,
    record_count   INTEGER NOT NULL DEFAULT 0,
    lap_count      INTEGER NOT NULL DEFAULT 0,
    set_count      INTEGER NOT NULL DEFAULT 0,
    sample_columns INTEGER NOT NULL DEFAULT 0
) STRICT;
INSERT INTO activity_v4 (id, athlete_id, import_id, source_path, format, sport, sport_inferred, sub_sport, name,
                         device, start_utc, utc_offset_min, elapsed_s, timer_s, distance_m, avg_hr_bpm, max_hr_bpm,
                         calories_kcal, ascent_m, descent_m, avg_speed_mps, max_speed_mps, rpe, record_count,
                         lap_count, set_count, sample_columns)
    SELECT id, athlete_id, import_id, source_path, format, sport, 0, sub_sport, name, device, start_utc,
           utc_offset_min, elapsed_s, timer_s, distance_m, avg_hr_bpm, max_hr_bpm, calories_kcal, ascent_m,
           descent_m, avg_speed_mps, max_speed_mps, rpe, record_count, lap_count, set_count, sample_columns
    FROM activity;

UPDATE sqlite_sequence SET seq = (SELECT seq FROM sqlite_sequence WHERE name = 'activity')
    WHERE name = 'activity_v4' AND EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'activity');
INSERT INTO sqlite_sequence (name, seq)
    SELECT 'activity_v4', seq FROM sqlite_sequence WHERE name = 'activity'
    AND NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'activity_v4');

DROP TABLE activity;
ALTER TABLE activity_v4 RENAME TO activity;
CREATE INDEX activity_by_start ON activity (athlete_id, start_utc);
CREATE INDEX activity_by_import ON activity (import_id);
)sql";

}  // namespace

const Migration& v004_activity_start_and_sport_inferred() {
    static const Migration kMigration{4, "activities: nullable start_utc (files without times), sport_inferred", kSql,
                                      true};
    return kMigration;
}

}  // namespace ironstride::store::sqlite::migrations
