#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "ironstride/domain/daily_log.hpp"
#include "ironstride/units/civil_time.hpp"

namespace ironstride::store {

class Database;

/// The civil days first … last, both included.
struct DayRange {
    units::CivilDay first{};
    units::CivilDay last{};
};

// Body, sleep and nutrition: one row per day. An upsert replaces the whole row of its day (a value the new entry
// lacks becomes NULL) and records `import_id`, the import_log row of the file it came from, so that deleting or
// re-importing that file removes its days (ON DELETE CASCADE). Later imports therefore win, day by day.

void upsert_body_days(Database& db, std::span<const domain::BodyEntry> entries,
                      std::optional<std::int64_t> import_id = std::nullopt);
void upsert_sleep_days(Database& db, std::span<const domain::SleepEntry> entries,
                       std::optional<std::int64_t> import_id = std::nullopt);
void upsert_nutrition_days(Database& db, std::span<const domain::NutritionEntry> entries,
                           std::optional<std::int64_t> import_id = std::nullopt);

/// Rows in the range, in day order.
[[nodiscard]] std::vector<domain::BodyEntry> body_days(Database& db, DayRange range);
[[nodiscard]] std::vector<domain::SleepEntry> sleep_days(Database& db, DayRange range);
[[nodiscard]] std::vector<domain::NutritionEntry> nutrition_days(Database& db, DayRange range);

/// The athlete's own check-in (`ironstride checkin`): one per day; a second one the same day replaces the first.
/// A soreness outside 1–10 is a util::UsageError.
void upsert_checkin(Database& db, const domain::CheckIn& checkin);
[[nodiscard]] std::optional<domain::CheckIn> get_checkin(Database& db, units::CivilDay day);
[[nodiscard]] std::vector<domain::CheckIn> checkins(Database& db, DayRange range);

}  // namespace ironstride::store
