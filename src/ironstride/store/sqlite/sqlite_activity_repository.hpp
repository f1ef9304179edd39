#pragma once

#include "ironstride/domain/athlete_id.hpp"
#include "ironstride/store/repositories.hpp"

namespace ironstride::store::sqlite {

class Database;

/// ActivityRepository on the `activity`, `activity_samples`, `lap` and `strength_set` tables (docs/database.md).
class SqliteActivityRepository final : public ActivityRepository {
public:
    /// Reads and writes `athlete`'s rows on `db`; `writable` is false in a read unit.
    SqliteActivityRepository(Database& db, domain::AthleteId athlete, bool writable);

    std::int64_t insert(const domain::Activity& activity, const EncodedSamples& samples,
                        std::int64_t import_id) override;
    [[nodiscard]] std::vector<domain::ActivitySummary> list(const domain::ActivityFilter& filter) override;
    [[nodiscard]] std::optional<domain::StoredActivity> get(std::int64_t id) override;
    [[nodiscard]] std::vector<domain::StoredStrengthSet> strength_sets(const domain::ActivityFilter& filter) override;
    bool remove(std::int64_t id) override;
    std::vector<domain::DaySourceConflict> repeated_strength_sessions(std::int64_t import_id) override;

private:
    std::int64_t insert_rows(const domain::Activity& activity, const EncodedSamples& samples, std::int64_t import_id);
    std::optional<domain::StoredActivity> read_activity(std::int64_t id);
    std::optional<domain::StoredActivity> read_activity_row(std::int64_t id);
    void read_samples(std::int64_t id, domain::Activity& activity);
    void read_laps(std::int64_t id, domain::Activity& activity);
    void read_sets(std::int64_t id, domain::Activity& activity);
    std::vector<domain::StoredStrengthSet> read_strength_sets(const domain::ActivityFilter& filter);

    Database& m_db;
    domain::AthleteId m_athlete;
    bool m_writable;
};

}  // namespace ironstride::store::sqlite
