#pragma once

#include <optional>
#include <string_view>

#include "ironstride/domain/athlete.hpp"
#include "ironstride/science/heart_rate_zones.hpp"
#include "ironstride/science/max_heart_rate.hpp"
#include "ironstride/units/civil_time.hpp"

namespace ironstride::science {

/// The athlete's heart on a day: the one place HRmax, resting HR and the zones are derived, for the targets, the
/// planner's run targets and the cached per-activity metrics alike.
struct HeartRateProfile {
    domain::Sex sex = domain::Sex::male;
    double max_hr_bpm = 0;
    MaxHrFormula max_hr_formula = MaxHrFormula::measured;
    std::string_view max_hr_source;    ///< to_string(max_hr_formula): "measured" or the prediction formula
    std::string_view max_hr_citation;  ///< the study, or "measured (athlete profile)"
    /// The profile's resting HR when it is known and below HRmax (else the zones fall back to %HRmax).
    std::optional<double> resting_hr_bpm;
    HrZones zones;  ///< default_heart_rate_zones: ACSM %HRR with a resting HR, else %HRmax
};

/// HRmax measured, else estimate_max_hr at the athlete's age on `on` (evidence.md §2 "Maximum heart rate"), the
/// resting HR, and the zones of evidence.md §2 "Zone models".
[[nodiscard]] HeartRateProfile heart_rate_profile(const domain::Athlete& athlete, units::CivilDay on);

/// The same at an age in years (the planner and `targets` speak of ages).
[[nodiscard]] HeartRateProfile heart_rate_profile_at_age(const domain::Athlete& athlete, int age_years);

}  // namespace ironstride::science
