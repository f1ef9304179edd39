#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "ironstride/domain/activity.hpp"
#include "ironstride/store/sample_codec.hpp"
#include "ironstride/units/civil_time.hpp"

namespace ironstride::store {

class Database;

/// One line of `ironstride activities` (docs/database.md; the JSON fields of issue 4): values the source did not
/// have are nullopt (null in JSON).
struct ActivitySummary {
    std::int64_t id = 0;
    std::string source_path;
    domain::SourceFormat format = domain::SourceFormat::fit;
    domain::Sport sport = domain::Sport::other;
    std::string sub_sport;
    std::string name;
    units::Instant start_utc{};
    std::optional<units::UtcOffset> utc_offset;
    std::optional<double> elapsed_s;
    std::optional<double> timer_s;
    std::optional<double> distance_m;
    std::optional<double> avg_hr_bpm;
    std::optional<double> max_hr_bpm;
    std::int64_t record_count = 0;  ///< samples stored
    std::int64_t set_count = 0;     ///< strength sets stored
};

/// Which activities a listing returns: start_utc in [from_utc, until_utc) and the sport, each only when given.
struct ActivityFilter {
    std::optional<units::Instant> from_utc{};
    std::optional<units::Instant> until_utc{};
    std::optional<domain::Sport> sport{};
};

/// An activity as stored, with where it came from.
struct StoredActivity {
    std::int64_t id = 0;
    std::int64_t import_id = 0;
    std::string source_path;
    domain::Activity activity;  ///< samples and RR intervals decoded; laps and sets in their original order
};

/// A strength set with its activity's identity and time, for trends over a date range.
struct StoredStrengthSet {
    std::int64_t activity_id = 0;
    units::Instant activity_start_utc{};
    std::optional<units::UtcOffset> utc_offset;
    std::string exercise_key;  ///< domain::find_exercise(set.exercise).key at import time
    domain::StrengthSet set;
};

/// Inserts an activity with its laps and sets and the already encoded samples (the activity's own `samples` and
/// `rr_intervals_s` are not read: the worker that encoded them may have released them). `import_id` is the
/// import_log row of the file it came from; its path becomes source_path. Each set gets its exercise_key from
/// domain::find_exercise. Returns the new activity id. Atomic (a savepoint inside the caller's transaction).
std::int64_t insert_activity(Database& db, const domain::Activity& activity, const EncodedSamples& samples,
                             std::int64_t import_id);

/// Summaries in order of start time (then id).
[[nodiscard]] std::vector<ActivitySummary> list_activities(Database& db, const ActivityFilter& filter = {});

/// The whole activity, or nullopt when there is no such id. A stored sample blob that does not decode is a
/// util::IoError naming the activity.
[[nodiscard]] std::optional<StoredActivity> get_activity(Database& db, std::int64_t id);

/// The sets of the activities the filter selects, by activity start time, then order within the activity.
[[nodiscard]] std::vector<StoredStrengthSet> list_strength_sets(Database& db, const ActivityFilter& filter = {});

/// Deletes one activity with its samples, laps, sets and metrics; false when there was none.
bool delete_activity(Database& db, std::int64_t id);

}  // namespace ironstride::store
