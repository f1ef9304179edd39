#include "ironstride/store/sqlite/migrations/migration.hpp"

namespace ironstride::store::sqlite::migrations {

// Conventions (docs/database.md): instants are INTEGER Unix seconds (UTC), civil days INTEGER days since
// 1970-01-01, durations REAL seconds, everything else SI with the unit in the column name. NULL = the source had no
// such value. Tables are STRICT so a wrongly typed bind fails instead of being stored. Import and activity ids are
// AUTOINCREMENT: an id shown to the user never comes to mean another activity after a re-import.
constexpr std::string_view kSql = R"sql(
CREATE TABLE import_log (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    path              TEXT    NOT NULL UNIQUE,
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
    imported_at       INTEGER NOT NULL
) STRICT;
CREATE INDEX import_log_by_hash ON import_log (content_hash);

CREATE TABLE activity (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
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
CREATE INDEX activity_by_start ON activity (start_utc);
CREATE INDEX activity_by_import ON activity (import_id);

-- The sample blob lives apart from the summary row, so listing activities reads small rows only.
CREATE TABLE activity_samples (
    activity_id INTEGER PRIMARY KEY REFERENCES activity (id) ON DELETE CASCADE,
    point_count INTEGER NOT NULL,
    rr_count    INTEGER NOT NULL,
    data        BLOB    NOT NULL
) STRICT;

CREATE TABLE lap (
    activity_id   INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    lap_index     INTEGER NOT NULL,
    start_utc     INTEGER NOT NULL,
    elapsed_s     REAL,
    timer_s       REAL,
    distance_m    REAL,
    avg_hr_bpm    REAL,
    max_hr_bpm    REAL,
    calories_kcal REAL,
    ascent_m      REAL,
    PRIMARY KEY (activity_id, lap_index)
) STRICT, WITHOUT ROWID;

CREATE TABLE strength_set (
    activity_id  INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    set_index    INTEGER NOT NULL,
    set_order    INTEGER NOT NULL,
    exercise     TEXT    NOT NULL,
    exercise_key TEXT    NOT NULL,
    weight_kg    REAL,
    reps         INTEGER,
    rpe          REAL,
    duration_s   REAL,
    distance_m   REAL,
    warmup       INTEGER NOT NULL CHECK (warmup IN (0, 1)),
    start_utc    INTEGER,
    PRIMARY KEY (activity_id, set_index)
) STRICT, WITHOUT ROWID;
CREATE INDEX strength_set_by_exercise ON strength_set (exercise_key);

CREATE TABLE activity_metrics (
    activity_id      INTEGER PRIMARY KEY REFERENCES activity (id) ON DELETE CASCADE,
    computed_version INTEGER NOT NULL,
    trimp            REAL,
    hr_tss           REAL,
    srpe_load        REAL,
    zone1_s          REAL,
    zone2_s          REAL,
    zone3_s          REAL,
    zone4_s          REAL,
    zone5_s          REAL
) STRICT;

CREATE TABLE body_day (
    day          INTEGER PRIMARY KEY,
    weight_kg    REAL    NOT NULL,
    body_fat_pct REAL,
    import_id    INTEGER REFERENCES import_log (id) ON DELETE CASCADE
) STRICT;
CREATE INDEX body_day_by_import ON body_day (import_id);

CREATE TABLE sleep_day (
    day         INTEGER PRIMARY KEY,
    hours       REAL    NOT NULL,
    quality_pct REAL,
    import_id   INTEGER REFERENCES import_log (id) ON DELETE CASCADE
) STRICT;
CREATE INDEX sleep_day_by_import ON sleep_day (import_id);

CREATE TABLE nutrition_day (
    day       INTEGER PRIMARY KEY,
    kcal      REAL    NOT NULL,
    protein_g REAL,
    carbs_g   REAL,
    fat_g     REAL,
    import_id INTEGER REFERENCES import_log (id) ON DELETE CASCADE
) STRICT;
CREATE INDEX nutrition_day_by_import ON nutrition_day (import_id);

CREATE TABLE checkin (
    day            INTEGER PRIMARY KEY,
    sleep_h        REAL    NOT NULL,
    soreness       INTEGER NOT NULL CHECK (soreness BETWEEN 1 AND 10),
    resting_hr_bpm REAL,
    hrv_ms         REAL,
    rpe            REAL
) STRICT;
)sql";

const Migration& v001_initial_schema() {
    static const Migration kMigration{1, "initial schema: import log, activities, samples, laps, sets, metrics, days",
                                      kSql, false};
    return kMigration;
}

}  // namespace ironstride::store::sqlite::migrations
