#pragma once

#include "ironstride/domain/athlete_id.hpp"
#include "ironstride/store/repositories.hpp"

namespace ironstride::store::sqlite {

class Database;

/// CalendarRepository on the `calendar_event` table (docs/database.md).
class SqliteCalendarRepository final : public CalendarRepository {
public:
    SqliteCalendarRepository(Database& db, domain::AthleteId athlete, bool writable);

    [[nodiscard]] std::vector<domain::IssuedEvent> issued() override;
    void record(const domain::IssuedEvent& event) override;

private:
    Database& m_db;
    domain::AthleteId m_athlete;
    bool m_writable;
};

}  // namespace ironstride::store::sqlite
