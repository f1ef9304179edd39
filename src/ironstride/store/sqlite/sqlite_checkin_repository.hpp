#pragma once

#include "ironstride/domain/athlete_id.hpp"
#include "ironstride/store/repositories.hpp"

namespace ironstride::store::sqlite {

class Database;

/// CheckinRepository on the `checkin` table (docs/database.md).
class SqliteCheckinRepository final : public CheckinRepository {
public:
    SqliteCheckinRepository(Database& db, domain::AthleteId athlete, bool writable);

    void upsert(const domain::CheckIn& checkin) override;
    [[nodiscard]] std::optional<domain::CheckIn> get(units::CivilDay day) override;
    [[nodiscard]] std::vector<domain::CheckIn> list(domain::DayRange range) override;

private:
    Database& m_db;
    domain::AthleteId m_athlete;
    bool m_writable;
};

}  // namespace ironstride::store::sqlite
