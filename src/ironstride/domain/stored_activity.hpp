#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "ironstride/domain/activity.hpp"
#include "ironstride/units/civil_time.hpp"

namespace ironstride::domain {

/// One activity as listed (`ironstride activities`, the report's history): the summary values without samples,
/// laps or sets. Values the source did not have are nullopt (null in JSON).
struct ActivitySummary {
    std::int64_t id = 0;
    std::string source_path;
    SourceFormat format = SourceFormat::fit;
    Sport sport = Sport::other;
    bool sport_inferred = false;  ///< Activity::sport_inferred
    std::string sub_sport;
    std::string name;
    std::optional<units::Instant> start_utc;  ///< empty for a file without times (Activity::start_utc)
    std::optional<units::UtcOffset> utc_offset;
    std::optional<double> elapsed_s;
    std::optional<double> timer_s;
    std::optional<double> distance_m;
    std::optional<double> avg_hr_bpm;
    std::optional<double> max_hr_bpm;
    std::optional<double> ascent_m;
    std::optional<double> rpe;      ///< session RPE (CR-10) stored with the activity
    std::int64_t record_count = 0;  ///< samples stored
    std::int64_t set_count = 0;     ///< strength sets stored
};

/// Which activities a listing returns: start_utc in [from_utc, until_utc) and the sport, each only when given.
struct ActivityFilter {
    std::optional<units::Instant> from_utc{};
    std::optional<units::Instant> until_utc{};
    std::optional<Sport> sport{};
};

/// An activity as stored, with where it came from.
struct StoredActivity {
    std::int64_t id = 0;
    std::int64_t import_id = 0;
    std::string source_path;
    Activity activity;  ///< samples and RR intervals decoded; laps and sets in their original order
};

/// A strength set with its activity's identity and time, for trends over a date range.
struct StoredStrengthSet {
    std::int64_t activity_id = 0;
    units::Instant activity_start_utc{};
    std::optional<units::UtcOffset> utc_offset;
    std::string exercise_key;  ///< domain::find_exercise(set.exercise).key at import time
    StrengthSet set;
};

}  // namespace ironstride::domain
