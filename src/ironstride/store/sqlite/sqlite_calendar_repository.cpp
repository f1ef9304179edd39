#include "ironstride/store/sqlite/sqlite_calendar_repository.hpp"

#include <bit>
#include <chrono>

#include <SQLiteCpp/Statement.h>

#include "ironstride/store/sqlite/database.hpp"
#include "ironstride/store/sqlite/detail/guard.hpp"
#include "ironstride/store/sqlite/detail/sql.hpp"

namespace ironstride::store::sqlite {

SqliteCalendarRepository::SqliteCalendarRepository(Database& db, domain::AthleteId athlete, bool writable)
    : m_db(db), m_athlete(athlete), m_writable(writable) {}

std::vector<domain::IssuedEvent> SqliteCalendarRepository::issued() {
    return detail::guarded(m_db, [&] {
        auto statement = m_db.statement(
            "SELECT uid, content_hash, sequence, stamp_utc FROM calendar_event WHERE athlete_id = ? ORDER BY uid");
        statement->bind(1, m_athlete.value);
        std::vector<domain::IssuedEvent> out;
        while (statement->executeStep()) {
            domain::IssuedEvent event;
            event.uid = statement->getColumn(0).getString();
            // SQLite integers are signed: the 64-bit hash is stored as its two's-complement bit pattern.
            event.content_hash = std::bit_cast<std::uint64_t>(statement->getColumn(1).getInt64());
            event.sequence = statement->getColumn(2).getInt();
            event.stamp = units::Instant{std::chrono::seconds{statement->getColumn(3).getInt64()}};
            out.push_back(std::move(event));
        }
        return out;
    });
}

void SqliteCalendarRepository::record(const domain::IssuedEvent& event) {
    detail::require_writable(m_writable, "CalendarRepository::record");
    detail::guarded(m_db, [&] {
        auto statement = m_db.statement(
            "INSERT INTO calendar_event (athlete_id, uid, content_hash, sequence, stamp_utc) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (athlete_id, uid) DO UPDATE SET content_hash = excluded.content_hash, "
            "sequence = excluded.sequence, stamp_utc = excluded.stamp_utc");
        statement->bind(1, m_athlete.value);
        statement->bind(2, event.uid);
        statement->bind(3, std::bit_cast<std::int64_t>(event.content_hash));
        statement->bind(4, event.sequence);
        statement->bind(5, static_cast<std::int64_t>(event.stamp.time_since_epoch().count()));
        statement->exec();
    });
}

}  // namespace ironstride::store::sqlite
