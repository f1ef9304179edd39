#pragma once

#include <optional>

#include "ironstride/app/store_access.hpp"
#include "ironstride/domain/athlete_id.hpp"
#include "ironstride/domain/daily_log.hpp"
#include "ironstride/units/civil_time.hpp"

namespace ironstride::app {

struct WeighInRequest {
    std::optional<units::CivilDay> day;  ///< default today; never after today
    double weight_kg = 0;                ///< the profile's range for weight_kg (profile::kWeightKgSpec)
    std::optional<double> body_fat_pct;  ///< the profile's range for body_fat_pct (profile::kBodyFatSpec)
    units::CivilDay today{};
};

struct WeighInResult {
    domain::BodyEntry entry;
};

/// The use case `weighin`: stores a weigh-in typed in by the athlete for a day (a second one the same day replaces
/// the first; an imported scale's value of that day stays, the typed-in one is read first), in one write unit.
/// util::Error for a future day, or a weight or body fat out of range.
WeighInResult weigh_in(StoreHandle& store, domain::AthleteId athlete, const WeighInRequest& request);

}  // namespace ironstride::app
