#include "ironstride/store/sqlite/sqlite_checkin_repository.hpp"

#include <SQLiteCpp/Statement.h>

#include "ironstride/store/sqlite/detail/day_rows.hpp"
#include "ironstride/store/sqlite/detail/guard.hpp"
#include "ironstride/store/sqlite/detail/sql.hpp"

namespace ironstride::store::sqlite {

namespace {

constexpr const char* kCheckinColumns = "day, sleep_h, soreness, resting_hr_bpm, hrv_ms, rpe";

domain::CheckIn read_checkin(const SQLite::Statement& row) {
    domain::CheckIn checkin;
    checkin.day = detail::from_day_number(row.getColumn(0).getInt64());
    checkin.sleep_h = row.getColumn(1).getDouble();
    checkin.soreness = row.getColumn(2).getInt();
    checkin.resting_hr_bpm = detail::optional_double(row, 3);
    checkin.hrv_ms = detail::optional_double(row, 4);
    checkin.rpe = detail::optional_double(row, 5);
    return checkin;
}

}  // namespace

SqliteCheckinRepository::SqliteCheckinRepository(Database& db, domain::AthleteId athlete, bool writable)
    : m_db(db), m_athlete(athlete), m_writable(writable) {}

void SqliteCheckinRepository::upsert(const domain::CheckIn& checkin) {
    detail::require_writable(m_writable, "CheckinRepository::upsert");
    detail::guarded(m_db, [&] {
        auto statement = m_db.statement(
            "INSERT INTO checkin (athlete_id, day, sleep_h, soreness, resting_hr_bpm, hrv_ms, rpe) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (athlete_id, day) DO UPDATE SET sleep_h = excluded.sleep_h, soreness = excluded.soreness, "
            "resting_hr_bpm = excluded.resting_hr_bpm, hrv_ms = excluded.hrv_ms, rpe = excluded.rpe");
        statement->bind(1, m_athlete.value);
        statement->bind(2, detail::to_day_number(checkin.day));
        statement->bind(3, checkin.sleep_h);
        statement->bind(4, checkin.soreness);
        detail::bind_optional(*statement, 5, checkin.resting_hr_bpm);
        detail::bind_optional(*statement, 6, checkin.hrv_ms);
        detail::bind_optional(*statement, 7, checkin.rpe);
        statement->exec();
    });
}

std::optional<domain::CheckIn> SqliteCheckinRepository::get(units::CivilDay day) {
    return detail::guarded(m_db, [&]() -> std::optional<domain::CheckIn> {
        static const std::string sql =
            std::string("SELECT ") + kCheckinColumns + " FROM checkin WHERE athlete_id = ? AND day = ?";
        auto statement = m_db.statement(sql.c_str());
        statement->bind(1, m_athlete.value);
        statement->bind(2, detail::to_day_number(day));
        if (!statement->executeStep()) return std::nullopt;
        return read_checkin(*statement);
    });
}

std::vector<domain::CheckIn> SqliteCheckinRepository::list(domain::DayRange range) {
    return detail::guarded(m_db, [&] {
        static const std::string sql = std::string("SELECT ") + kCheckinColumns +
                                       " FROM checkin WHERE athlete_id = ? AND day BETWEEN ? AND ? ORDER BY day";
        return detail::read_range<domain::CheckIn>(m_db, m_athlete, sql.c_str(), range, read_checkin);
    });
}

}  // namespace ironstride::store::sqlite
