#include <string_view>

#include "ironstride/store/sqlite/migrations/migration.hpp"

namespace ironstride::store::sqlite::migrations {

namespace {

// Daily values become owned by their source: one row per athlete, day and import (the file that gave it), so that
// replacing or removing one file never deletes another's day. Reads take, per day, the row of the most recently
// imported source (the highest import id: a re-import is a new import_log row); a row without an import (a value
// the athlete typed) outranks every file. `line` is the row's line in its file, for the conflict report. Existing
// rows keep their import and get no line.
constexpr std::string_view kSql = R"sql(
CREATE TABLE body_day_v3 (
    athlete_id   INTEGER NOT NULL REFERENCES athlete (id) ON DELETE CASCADE,
    day          INTEGER NOT NULL,
    import_id    INTEGER REFERENCES import_log (id) ON DELETE CASCADE,
    line         INTEGER,
    weight_kg    REAL    NOT NULL,
    body_fat_pct REAL
) STRICT;
INSERT INTO body_day_v3 (athlete_id, day, import_id, weight_kg, body_fat_pct)
    SELECT athlete_id, day, import_id, weight_kg, body_fat_pct FROM body_day;

CREATE TABLE sleep_day_v3 (
    athlete_id  INTEGER NOT NULL REFERENCES athlete (id) ON DELETE CASCADE,
    day         INTEGER NOT NULL,
    import_id   INTEGER REFERENCES import_log (id) ON DELETE CASCADE,
    line        INTEGER,
    hours       REAL    NOT NULL,
    quality_pct REAL
) STRICT;
INSERT INTO sleep_day_v3 (athlete_id, day, import_id, hours, quality_pct)
    SELECT athlete_id, day, import_id, hours, quality_pct FROM sleep_day;

CREATE TABLE nutrition_day_v3 (
    athlete_id INTEGER NOT NULL REFERENCES athlete (id) ON DELETE CASCADE,
    day        INTEGER NOT NULL,
    import_id  INTEGER REFERENCES import_log (id) ON DELETE CASCADE,
    line       INTEGER,
    kcal       REAL    NOT NULL,
    protein_g  REAL,
    carbs_g    REAL,
    fat_g      REAL
) STRICT;
INSERT INTO nutrition_day_v3 (athlete_id, day, import_id, kcal, protein_g, carbs_g, fat_g)
    SELECT athlete_id, day, import_id, kcal, protein_g, carbs_g, fat_g FROM nutrition_day;

DROP TABLE body_day;
DROP TABLE sleep_day;
DROP TABLE nutrition_day;
ALTER TABLE body_day_v3 RENAME TO body_day;
ALTER TABLE sleep_day_v3 RENAME TO sleep_day;
ALTER TABLE nutrition_day_v3 RENAME TO nutrition_day;

-- One row per day and file; one typed-in row per day (NULLs are distinct in the first index).
CREATE UNIQUE INDEX body_day_by_source ON body_day (athlete_id, day, import_id);
CREATE UNIQUE INDEX body_day_typed ON body_day (athlete_id, day) WHERE import_id IS NULL;
CREATE INDEX body_day_by_import ON body_day (import_id);
CREATE UNIQUE INDEX sleep_day_by_source ON sleep_day (athlete_id, day, import_id);
CREATE UNIQUE INDEX sleep_day_typed ON sleep_day (athlete_id, day) WHERE import_id IS NULL;
CREATE INDEX sleep_day_by_import ON sleep_day (import_id);
CREATE UNIQUE INDEX nutrition_day_by_source ON nutrition_day (athlete_id, day, import_id);
CREATE UNIQUE INDEX nutrition_day_typed ON nutrition_day (athlete_id, day) WHERE import_id IS NULL;
CREATE INDEX nutrition_day_by_import ON nutrition_day (import_id);
)sql";

}  // namespace

const Migration& v003_daily_by_source() {
    static const Migration kMigration{3, "daily values owned by their source: one row per day and file", kSql, true};
    return kMigration;
}

}  // namespace ironstride::store::sqlite::migrations
