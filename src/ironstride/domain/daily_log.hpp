#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "ironstride/units/civil_time.hpp"

namespace ironstride::domain {

/// A bodyweight (and optionally body-fat) measurement on a local day.
struct BodyEntry {
    units::CivilDay day{};
    double weight_kg = 0;
    std::optional<double> body_fat_pct;
    std::optional<std::uint32_t> source_line;  ///< the line of the file it came from, when known
};

/// A night's sleep, attributed to the day the athlete woke up.
struct SleepEntry {
    units::CivilDay day{};
    double hours = 0;
    std::optional<double> quality_pct;  ///< 0–100 where the source gives one
    std::optional<std::uint32_t> source_line;
};

/// A day's food intake totals.
struct NutritionEntry {
    units::CivilDay day{};
    double kcal = 0;
    std::optional<double> protein_g;
    std::optional<double> carbs_g;
    std::optional<double> fat_g;
    std::optional<std::uint32_t> source_line;
};

/// Which daily log a value belongs to; `strength` is a lifting session (one per start time) that two exports give.
enum class DailyKind { body, sleep, nutrition, strength };

[[nodiscard]] const char* to_string(DailyKind kind);

/// A day a newly stored file gives that another source gives too. The newer file's value is used from now on;
/// removing or changing it brings the other one back (docs/database.md, "Daily values and their sources").
struct DaySourceConflict {
    DailyKind kind = DailyKind::body;
    units::CivilDay day{};
    std::string path;                         ///< the new file
    std::optional<std::uint32_t> line;        ///< its line there
    std::string other_path;                   ///< the other source's file; empty for a value typed in
    std::optional<std::uint32_t> other_line;  ///< its line there
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
