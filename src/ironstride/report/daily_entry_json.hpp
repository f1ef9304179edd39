#pragma once

#include <nlohmann/json.hpp>

#include "ironstride/domain/daily_log.hpp"

namespace ironstride::report {

/// A stored check-in: {date, sleep_h, soreness, resting_hr_bpm, hrv_ms, rpe} (null when not given), the fields the
/// `checkin` command and POST /api/v1/checkins take.
[[nodiscard]] nlohmann::json checkin_json(const domain::CheckIn& checkin);

/// A stored weigh-in: {date, weight_kg, body_fat_pct}.
[[nodiscard]] nlohmann::json body_entry_json(const domain::BodyEntry& entry);

}  // namespace ironstride::report
