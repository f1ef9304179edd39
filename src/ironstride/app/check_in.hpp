#pragma once

#include <filesystem>
#include <optional>

#include "ironstride/app/store_access.hpp"
#include "ironstride/domain/athlete_id.hpp"
#include "ironstride/domain/daily_log.hpp"
#include "ironstride/units/civil_time.hpp"

namespace ironstride::app {

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
/// first), in one write unit. util::Error for a future day or a soreness outside 1–10; the profile's errors.
CheckinResult check_in(StoreHandle& store, domain::AthleteId athlete, const CheckinRequest& request);

}  // namespace ironstride::app
