#pragma once

#include <optional>

#include "ironstride/units/civil_time.hpp"

namespace ironstride::domain {

/// A bodyweight (and optionally body-fat) measurement on a local day.
struct BodyEntry {
    units::CivilDay day{};
    double weight_kg = 0;
    std::optional<double> body_fat_pct;
};

/// A night's sleep, attributed to the day the athlete woke up.
struct SleepEntry {
    units::CivilDay day{};
    double hours = 0;
    std::optional<double> quality_pct;  ///< 0–100 where the source gives one
};

/// A day's food intake totals.
struct NutritionEntry {
    units::CivilDay day{};
    double kcal = 0;
    std::optional<double> protein_g;
    std::optional<double> carbs_g;
    std::optional<double> fat_g;
};

/// The athlete's own morning check-in (`ironstride checkin`).
struct CheckIn {
    units::CivilDay day{};
    double sleep_h = 0;
    int soreness = 1;  ///< 1 (none) … 10 (severe)
    std::optional<double> resting_hr_bpm;
    std::optional<double> hrv_ms;  ///< rMSSD as reported by the band
    std::optional<double> rpe;     ///< yesterday's/today's session RPE, CR-10
};

}  // namespace ironstride::domain
