#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "ironstride/planner/today.hpp"

namespace ironstride::report {

/// Version of the `today` JSON contract (docs/commands/today.md).
inline constexpr int kTodayJsonSchemaVersion = 1;

/// `ironstride today --format json` (docs/commands/today.md): `readiness {level, checked_in, summary, factors[]}`,
/// `form {ctl, atl, tsb}`, `sessions[] {planned, adapted, reason, evidence}`, `nutrition`, `sleep_target_h`, `notes`.
/// SI units, absent values null.
[[nodiscard]] nlohmann::json today_json(const planner::TodayReport& report);

/// today_json as text: two-space indented, ends with a newline.
[[nodiscard]] std::string render_today_json(const planner::TodayReport& report);

}  // namespace ironstride::report
