#pragma once

#include <filesystem>
#include <optional>

#include "ironstride/units/civil_time.hpp"

namespace ironstride::cli {

/// Today for the athlete of `profile` (app::athlete_today: its time_zone, else the machine's). Pinned for golden
/// tests and demos by IRONSTRIDE_TODAY (a day, YYYY-MM-DD) or IRONSTRIDE_NOW (an instant,
/// 2026-12-02T15:30:00Z, whose local day is taken); else the system clock. Throws util::Error when a pin is
/// malformed.
[[nodiscard]] units::CivilDay today(const std::optional<std::filesystem::path>& profile);

}  // namespace ironstride::cli
