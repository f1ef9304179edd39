#include <string_view>

#include "ironstride/store/sqlite/migrations/migration.hpp"

namespace ironstride::store::sqlite::migrations {

namespace {

// The calendar events each athlete's calendar has received (docs/database.md, "calendar_event"): a subscription
// re-reads the whole feed, and a changed event must come with a higher SEQUENCE (RFC 5545 §3.8.7.4) for the
// calendar to take it. A new table only: nothing existing changes.
constexpr std::string_view kSql = R"sql(
CREATE TABLE calendar_event (
    athlete_id   INTEGER NOT NULL REFERENCES athlete (id) ON DELETE CASCADE,
    uid          TEXT    NOT NULL,
    content_hash INTEGER NOT NULL,
    sequence     INTEGER NOT NULL CHECK (sequence >= 0),
    stamp_utc    INTEGER NOT NULL,
    PRIMARY KEY (athlete_id, uid)
) STRICT;
)sql";

}  // namespace

const Migration& v005_calendar_events() {
    static const Migration kMigration{5, "calendar events issued, with their revision", kSql, false};
    return kMigration;
}

}  // namespace ironstride::store::sqlite::migrations
