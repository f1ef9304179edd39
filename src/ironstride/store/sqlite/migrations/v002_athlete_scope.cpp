#include "ironstride/store/sqlite/migrations/migration.hpp"

namespace ironstride::store::sqlite::migrations {

// Every athlete-owned row gets its athlete (docs/database.md, "Athletes"): the rows a coach's many athletes share
// one database with, and the scope every store call is made in. The tables the athlete owns directly (import log,
// activities, days, check-ins) carry athlete_id; laps, sets, samples and cached metrics belong to their activity
// and are only ever reached through it. The keys that were global become per athlete: one row per athlete and day,
// one import-log row per athlete and path, content-hash deduplication within one athlete's imports.
//
// SQLite cannot change a primary key or a UNIQUE constraint in place, so each table is rebuilt the documented way
// (https://www.sqlite.org/lang_altertable.html, "Making Other Kinds Of Table Schema Changes"): create the new
// table, copy, drop the old one, rename; foreign keys are off meanwhile and checked before the commit (the
// migration's rebuilds_tables). Ids are copied unchanged, and the AUTOINCREMENT counters carried over, so an id a
// user has seen keeps meaning the same activity. Existing rows all belong to athlete 1, the local athlete.
constexpr std::string_view kSql = R"sql(
CREATE TABLE athlete (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    name       TEXT    NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL
) STRICT;
INSERT INTO athlete (id, name, created_at) VALUES (1, 'local athlete', CAST(strftime('%s', 'now') AS INTEGER));

CREATE TABLE import_log_v2 (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    athlete_id        INTEGER NOT NULL REFERENCES athlete (id) ON DELETE CASCADE,
    path              TEXT    NOT NULL,
    content_hash      TEXT    NOT NULL,
    size_bytes        INTEGER NOT NULL CHECK (size_bytes >= 0),
    status            TEXT    NOT NULL CHECK (status IN ('ok', 'skipped', 'failed', 'duplicate')),
    format            TEXT    NOT NULL DEFAULT '',
    error             TEXT    NOT NULL DEFAULT '',
    error_line        INTEGER,
    error_column      INTEGER,
    error_byte_offset INTEGER,
    activity_count    INTEGER NOT NULL DEFAULT 0,
    record_count      INTEGER NOT NULL DEFAULT 0,
    set_count         INTEGER NOT NULL DEFAULT 0,
    day_count         INTEGER NOT NULL DEFAULT 0,
    imported_at       INTEGER NOT NULL,
    UNIQUE (athlete_id, path)
) STRICT;
INSERT INTO import_log_v2 (id, athlete_id, path, content_hash, size_bytes, status, format, error, error_line,
                           error_column, error_byte_offset, activity_count, record_count, set_count, day_count,
                           imported_at)
    SELECT id, 1, path, content_hash, size_bytes, status, format, error, error_line, error_column, error_byte_offset,
           activity_count, record_count, set_count, day_count, imported_at
    FROM import_log;

CREATE TABLE activity_v2 (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    athlete_id     INTEGER NOT NULL REFERENCES athlete (id) ON DELETE CASCADE,
    import_id      INTEGER NOT NULL REFERENCES import_log (id) ON DELETE CASCADE,
    source_path    TEXT    NOT NULL,
    format         TEXT    NOT NULL,
    sport          TEXT    NOT NULL,
    sub_sport      TEXT    NOT NULL DEFAULT '',
    name           TEXT    NOT NULL DEFAULT '',
    device         TEXT    NOT NULL DEFAULT '',
    start_utc      INTEGER NOT NULL,
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
INSERT INTO activity_v2 (id, athlete_id, import_id, source_path, format, sport, sub_sport, name, device, start_utc,
                         utc_offset_min, elapsed_s, timer_s, distance_m, avg_hr_bpm, max_hr_bpm, calories_kcal,
                         ascent_m, descent_m, avg_speed_mps, max_speed_mps, rpe, record_count, lap_count, set_count,
                         sample_columns)
    SELECT id, 1, import_id, source_path, format, sport, sub_sport, name, device, start_utc, utc_offset_min,
           elapsed_s, timer_s, distance_m, avg_hr_bpm, max_hr_bpm, calories_kcal, ascent_m, descent_m,
           avg_speed_mps, max_speed_mps, rpe, record_count, lap_count, set_count, sample_columns
    FROM activity;

CREATE TABLE body_day_v2 (
    athlete_id   INTEGER NOT NULL REFERENCES athlete (id) ON DELETE CASCADE,
    day          INTEGER NOT NULL,
    weight_kg    REAL    NOT NULL,
    body_fat_pct REAL,
    import_id    INTEGER REFERENCES import_log (id) ON DELETE CASCADE,
    PRIMARY KEY (athlete_id, day)
) STRICT;
INSERT INTO body_day_v2 (athlete_id, day, weight_kg, body_fat_pct, import_id)
    SELECT 1, day, weight_kg, body_fat_pct, import_id FROM body_day;

CREATE TABLE sleep_day_v2 (
    athlete_id  INTEGER NOT NULL REFERENCES athlete (id) ON DELETE CASCADE,
    day         INTEGER NOT NULL,
    hours       REAL    NOT NULL,
    quality_pct REAL,
    import_id   INTEGER REFERENCES import_log (id) ON DELETE CASCADE,
    PRIMARY KEY (athlete_id, day)
) STRICT;
INSERT INTO sleep_day_v2 (athlete_id, day, hours, quality_pct, import_id)
    SELECT 1, day, hours, quality_pct, import_id FROM sleep_day;

CREATE TABLE nutrition_day_v2 (
    athlete_id INTEGER NOT NULL REFERENCES athlete (id) ON DELETE CASCADE,
    day        INTEGER NOT NULL,
    kcal       REAL    NOT NULL,
    protein_g  REAL,
    carbs_g    REAL,
    fat_g      REAL,
    import_id  INTEGER REFERENCES import_log (id) ON DELETE CASCADE,
    PRIMARY KEY (athlete_id, day)
) STRICT;
INSERT INTO nutrition_day_v2 (athlete_id, day, kcal, protein_g, carbs_g, fat_g, import_id)
    SELECT 1, day, kcal, protein_g, carbs_g, fat_g, import_id FROM nutrition_day;

CREATE TABLE checkin_v2 (
    athlete_id     INTEGER NOT NULL REFERENCES athlete (id) ON DELETE CASCADE,
    day            INTEGER NOT NULL,
    sleep_h        REAL    NOT NULL,
    soreness       INTEGER NOT NULL CHECK (soreness BETWEEN 1 AND 10),
    resting_hr_bpm REAL,
    hrv_ms         REAL,
    rpe            REAL,
    PRIMARY KEY (athlete_id, day)
) STRICT;
INSERT INTO checkin_v2 (athlete_id, day, sleep_h, soreness, resting_hr_bpm, hrv_ms, rpe)
    SELECT 1, day, sleep_h, soreness, resting_hr_bpm, hrv_ms, rpe FROM checkin;

-- The AUTOINCREMENT high-water marks of the old tables (ids of deleted rows are never reused).
UPDATE sqlite_sequence SET seq = (SELECT seq FROM sqlite_sequence WHERE name = 'import_log')
    WHERE name = 'import_log_v2' AND EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'import_log');
INSERT INTO sqlite_sequence (name, seq)
    SELECT 'import_log_v2', seq FROM sqlite_sequence WHERE name = 'import_log'
    AND NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'import_log_v2');
UPDATE sqlite_sequence SET seq = (SELECT seq FROM sqlite_sequence WHERE name = 'activity')
    WHERE name = 'activity_v2' AND EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'activity');
INSERT INTO sqlite_sequence (name, seq)
    SELECT 'activity_v2', seq FROM sqlite_sequence WHERE name = 'activity'
    AND NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'activity_v2');

DROP TABLE import_log;
DROP TABLE activity;
DROP TABLE body_day;
DROP TABLE sleep_day;
DROP TABLE nutrition_day;
DROP TABLE checkin;
ALTER TABLE import_log_v2 RENAME TO import_log;
ALTER TABLE activity_v2 RENAME TO activity;
ALTER TABLE body_day_v2 RENAME TO body_day;
ALTER TABLE sleep_day_v2 RENAME TO sleep_day;
ALTER TABLE nutrition_day_v2 RENAME TO nutrition_day;
ALTER TABLE checkin_v2 RENAME TO checkin;

CREATE INDEX import_log_by_hash ON import_log (athlete_id, content_hash);
CREATE INDEX activity_by_start ON activity (athlete_id, start_utc);
CREATE INDEX activity_by_import ON activity (import_id);
CREATE INDEX body_day_by_import ON body_day (import_id);
CREATE INDEX sleep_day_by_import ON sleep_day (import_id);
CREATE INDEX nutrition_day_by_import ON nutrition_day (import_id);
)sql";

const Migration& v002_athlete_scope() {
    static const Migration kMigration{2, "athlete scope: an athlete table, athlete_id on every athlete-owned row",
                                      kSql, true};
    return kMigration;
}

}  // namespace ironstride::store::sqlite::migrations
