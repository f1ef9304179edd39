#pragma once

#include <filesystem>
#include <optional>

#include "ironstride/app/store_access.hpp"
#include "ironstride/domain/athlete_id.hpp"
#include "ironstride/domain/daily_log.hpp"
#include "ironstride/units/civil_time.hpp"

namespace ironstride::app {

// Plausibility limits of a check-in's values (a value outside is a typo, not a measurement); both front ends check
// them, the CLI as it reads its options and check_in for every caller.
inline constexpr double kMaxSleepH = 24.0;
inline constexpr int kMinSoreness = 1;
inline constexpr int kMaxSoreness = 10;
inline constexpr double kMinRestingHr = 25.0;
inline constexpr double kMaxRestingHr = 150.0;
inline constexpr double kMinHrvMs = 1.0;
inline constexpr double kMaxHrvMs = 500.0;
inline constexpr double kMaxRpe = 10.0;  // Foster's CR-10 scale

struct CheckinRequest {
    std::optional<units::CivilDay> day;  ///< default today; never after today
    double sleep_h = 0;
    int soreness = 1;  ///< 1 (none) … 10 (severe)
    std::optional<double> resting_hr_bpm;
    std::optional<double> hrv_ms;
    std::optional<double> rpe;  ///< session RPE (CR-10) of that day's training
    std::optional<std::filesystem::path> profile_path;  ///< when given, the sleep is compared with its target
    units::CivilDay today{};
};

struct CheckinResult {
    domain::CheckIn checkin;
    bool replaced = false;                 ///< an earlier check-in of that day was replaced
    std::optional<double> sleep_target_h;  ///< the profile's, when one was given
};

/// The use case `checkin`: stores the athlete's morning check-in for a day (a second one the same day replaces the
/// first), in one write unit. util::Error for a future day or a value outside the limits above; the profile's
/// errors.
CheckinResult check_in(StoreHandle& store, domain::AthleteId athlete, const CheckinRequest& request);

}  // namespace ironstride::app
