#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "ironstride/domain/activity.hpp"
#include "ironstride/domain/activity_metrics.hpp"
#include "ironstride/domain/daily_log.hpp"
#include "ironstride/domain/day_range.hpp"
#include "ironstride/domain/import_record.hpp"
#include "ironstride/domain/issued_event.hpp"
#include "ironstride/domain/stored_activity.hpp"
#include "ironstride/store/sample_codec.hpp"
#include "ironstride/units/civil_time.hpp"

namespace ironstride::store {

// The repositories of one aggregate each, as the application layer sees them. Every repository belongs to a
// UnitOfWork (store.hpp) opened for one athlete: it reads and writes that athlete's rows only, inside the unit's
// transaction. A backend implements all five (store/sqlite/ for SQLite). Failures of the storage itself are
// storage util::Error; a write through a read-only unit is a programmer error (std::logic_error).

/// Activities with their laps, strength sets and sample streams.
class ActivityRepository {
public:
    ActivityRepository() = default;
    virtual ~ActivityRepository() = default;
    ActivityRepository(const ActivityRepository&) = delete;
    ActivityRepository& operator=(const ActivityRepository&) = delete;
    ActivityRepository(ActivityRepository&&) = delete;
    ActivityRepository& operator=(ActivityRepository&&) = delete;

    /// Inserts an activity with its laps and sets and the already encoded samples (the activity's own `samples` and
    /// `rr_intervals_s` are not read: the worker that encoded them may have released them). `import_id` is the
    /// import-log row of the file it came from; its path becomes source_path. Each set gets its exercise_key from
    /// domain::find_exercise. Returns the new activity id.
    virtual std::int64_t insert(const domain::Activity& activity, const EncodedSamples& samples,
                                std::int64_t import_id) = 0;
    /// Summaries in order of start time (then id).
    [[nodiscard]] virtual std::vector<domain::ActivitySummary> list(const domain::ActivityFilter& filter) = 0;
    /// The whole activity, or nullopt when this athlete has no such id. Stored samples that do not decode are a
    /// storage util::Error naming the activity.
    [[nodiscard]] virtual std::optional<domain::StoredActivity> get(std::int64_t id) = 0;
    /// The sets of the activities the filter selects, by activity start time, then order within the activity.
    [[nodiscard]] virtual std::vector<domain::StoredStrengthSet> strength_sets(const domain::ActivityFilter& filter) = 0;
    /// Deletes one activity with its samples, laps, sets and metrics; false when there was none.
    virtual bool remove(std::int64_t id) = 0;
    /// The strength sessions of import `import_id` that another import also gives (the same start instant): a
    /// Strong or Hevy export repeats every earlier workout. Reads (list, strength_sets, metrics) use the session of
    /// the most recently imported file; removing or changing it brings the other back (docs/database.md).
    [[nodiscard]] virtual std::vector<domain::DaySourceConflict> repeated_strength_sessions(std::int64_t import_id) = 0;
};

/// Body, sleep and nutrition days: one row per day. An upsert replaces the whole row of its day (a value the new
/// entry lacks becomes null) and records `import_id`, the import-log row of the file it came from, so that deleting
/// or re-importing that file removes its days. Later imports therefore win, day by day.
class DailyLogRepository {
public:
    DailyLogRepository() = default;
    virtual ~DailyLogRepository() = default;
    DailyLogRepository(const DailyLogRepository&) = delete;
    DailyLogRepository& operator=(const DailyLogRepository&) = delete;
    DailyLogRepository(DailyLogRepository&&) = delete;
    DailyLogRepository& operator=(DailyLogRepository&&) = delete;

    /// Stores a source's values: one row per day and source (`import_id`, the file; none for a value typed in,
    /// which replaces the earlier typed-in value of its day). Returns the days another source also gives.
    virtual std::vector<domain::DaySourceConflict> upsert_body(std::span<const domain::BodyEntry> entries,
                                                               std::optional<std::int64_t> import_id) = 0;
    virtual std::vector<domain::DaySourceConflict> upsert_sleep(std::span<const domain::SleepEntry> entries,
                                                                std::optional<std::int64_t> import_id) = 0;
    virtual std::vector<domain::DaySourceConflict> upsert_nutrition(std::span<const domain::NutritionEntry> entries,
                                                                    std::optional<std::int64_t> import_id) = 0;
    /// One value per day in the range, in day order: the typed-in one, else the most recently imported source's.
    [[nodiscard]] virtual std::vector<domain::BodyEntry> body(domain::DayRange range) = 0;
    [[nodiscard]] virtual std::vector<domain::SleepEntry> sleep(domain::DayRange range) = 0;
    [[nodiscard]] virtual std::vector<domain::NutritionEntry> nutrition(domain::DayRange range) = 0;
};

/// The athlete's own morning check-ins (`ironstride checkin`): one per day; a second one the same day replaces the
/// first.
class CheckinRepository {
public:
    CheckinRepository() = default;
    virtual ~CheckinRepository() = default;
    CheckinRepository(const CheckinRepository&) = delete;
    CheckinRepository& operator=(const CheckinRepository&) = delete;
    CheckinRepository(CheckinRepository&&) = delete;
    CheckinRepository& operator=(CheckinRepository&&) = delete;

    virtual void upsert(const domain::CheckIn& checkin) = 0;
    [[nodiscard]] virtual std::optional<domain::CheckIn> get(units::CivilDay day) = 0;
    [[nodiscard]] virtual std::vector<domain::CheckIn> list(domain::DayRange range) = 0;
};

/// The calendar events the athlete's calendar has received, by UID, so that a changed event gets the next SEQUENCE
/// and an unchanged one keeps its revision (report/ics_writer.hpp).
class CalendarRepository {
public:
    CalendarRepository() = default;
    virtual ~CalendarRepository() = default;
    CalendarRepository(const CalendarRepository&) = delete;
    CalendarRepository& operator=(const CalendarRepository&) = delete;
    CalendarRepository(CalendarRepository&&) = delete;
    CalendarRepository& operator=(CalendarRepository&&) = delete;

    /// Every event issued to the athlete.
    [[nodiscard]] virtual std::vector<domain::IssuedEvent> issued() = 0;
    /// Records an event's revision (a new UID, or a new revision of a known one).
    virtual void record(const domain::IssuedEvent& event) = 0;
};

/// The import log: the last import of each path, with its content hash and outcome.
class ImportLogRepository {
public:
    ImportLogRepository() = default;
    virtual ~ImportLogRepository() = default;
    ImportLogRepository(const ImportLogRepository&) = delete;
    ImportLogRepository& operator=(const ImportLogRepository&) = delete;
    ImportLogRepository(ImportLogRepository&&) = delete;
    ImportLogRepository& operator=(ImportLogRepository&&) = delete;

    /// Records the import of `record.path` and returns the new row's id. An earlier row for the same path is
    /// deleted first, and with it every activity, sample stream, lap, set, cached metric and day that came from
    /// it: call it in the file's unit of work before storing the file's new rows, and a changed file is replaced
    /// atomically.
    virtual std::int64_t record(const domain::ImportRecord& record) = 0;
    /// A row with this content hash: the earliest with status ok if there is one (the original, when later copies
    /// were recorded as duplicates), else the earliest of any status.
    [[nodiscard]] virtual std::optional<domain::ImportRecord> find_by_hash(std::string_view content_hash) = 0;
    [[nodiscard]] virtual std::optional<domain::ImportRecord> find_by_path(std::string_view path) = 0;
    /// Every row, in path order.
    [[nodiscard]] virtual std::vector<domain::ImportRecord> list() = 0;
    /// Deletes the row for `path` with everything imported from it; false when there was none.
    virtual bool remove(std::string_view path) = 0;
};

/// The per-activity metrics cache (domain::ActivityMetrics), computed by analysis and written by the use case.
class MetricsRepository {
public:
    MetricsRepository() = default;
    virtual ~MetricsRepository() = default;
    MetricsRepository(const MetricsRepository&) = delete;
    MetricsRepository& operator=(const MetricsRepository&) = delete;
    MetricsRepository(MetricsRepository&&) = delete;
    MetricsRepository& operator=(MetricsRepository&&) = delete;

    /// Inserts or replaces the metrics of one of this athlete's activities (another's id is a storage util::Error).
    virtual void write(const domain::ActivityMetrics& metrics) = 0;
    [[nodiscard]] virtual std::optional<domain::ActivityMetrics> read(std::int64_t activity_id) = 0;
    /// Ids of the activities whose metrics are missing or older than `computed_version`, in id order.
    [[nodiscard]] virtual std::vector<std::int64_t> stale(int computed_version) = 0;
    /// The filter's activities (by start time) with their cached metrics, in one indexed query: what a report reads.
    [[nodiscard]] virtual std::vector<domain::ActivityWithMetrics> list_with_activities(
        const domain::ActivityFilter& filter) = 0;
};

}  // namespace ironstride::store
