#include "ironstride/store/sqlite/sqlite_activity_repository.hpp"

#include <limits>
#include <stdexcept>

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include "ironstride/domain/exercise_catalog.hpp"
#include "ironstride/store/sqlite/database.hpp"
#include "ironstride/store/sqlite/detail/activity_rows.hpp"
#include "ironstride/store/sqlite/detail/day_rows.hpp"
#include "ironstride/store/sqlite/detail/guard.hpp"
#include "ironstride/store/sqlite/detail/sql.hpp"
#include "ironstride/store/sqlite/transaction.hpp"
#include "ironstride/util/error.hpp"

namespace ironstride::store::sqlite {

using domain::ActivityFilter;
using domain::ActivitySummary;
using domain::StoredActivity;
using domain::StoredStrengthSet;

namespace detail {

ActivitySummary read_summary(const SQLite::Statement& row, int first_column) {
    int c = first_column;
    ActivitySummary summary;
    summary.id = row.getColumn(c++).getInt64();
    summary.source_path = row.getColumn(c++).getString();
    summary.format = parse_source_format(row.getColumn(c++).getString());
    summary.sport = parse_sport(row.getColumn(c++).getString());
    summary.sub_sport = row.getColumn(c++).getString();
    summary.name = row.getColumn(c++).getString();
    summary.start_utc = from_unix_seconds(row.getColumn(c++).getInt64());
    if (const auto offset = optional_int(row, c++)) summary.utc_offset = units::UtcOffset{*offset};
    summary.elapsed_s = optional_double(row, c++);
    summary.timer_s = optional_double(row, c++);
    summary.distance_m = optional_double(row, c++);
    summary.avg_hr_bpm = optional_double(row, c++);
    summary.max_hr_bpm = optional_double(row, c++);
    summary.ascent_m = optional_double(row, c++);
    summary.rpe = optional_double(row, c++);
    summary.record_count = row.getColumn(c++).getInt64();
    summary.set_count = row.getColumn(c++).getInt64();
    return summary;
}

/// A strength session that a later import gives again (same athlete and start) is hidden behind the later one.
constexpr const char* kNotRepeatedLater =
    "NOT (a.sport = 'strength' AND EXISTS (SELECT 1 FROM activity AS later WHERE later.athlete_id = a.athlete_id "
    "AND later.start_utc = a.start_utc AND later.sport = 'strength' AND later.import_id > a.import_id))";

std::string filter_clause(const ActivityFilter& filter) {
    std::string clause = " WHERE a.athlete_id = ?";
    auto add = [&](const char* condition) {
        clause += " AND ";
        clause += condition;
    };
    if (filter.from_utc) add("a.start_utc >= ?");
    if (filter.until_utc) add("a.start_utc < ?");
    if (filter.sport) add("a.sport = ?");
    add(kNotRepeatedLater);
    return clause;
}

int bind_filter(SQLite::Statement& statement, domain::AthleteId athlete, const ActivityFilter& filter,
                int first_index) {
    int index = first_index;
    statement.bind(index++, athlete.value);
    if (filter.from_utc) statement.bind(index++, to_unix_seconds(*filter.from_utc));
    if (filter.until_utc) statement.bind(index++, to_unix_seconds(*filter.until_utc));
    if (filter.sport) statement.bind(index++, domain::to_string(*filter.sport));
    return index;
}

}  // namespace detail

namespace {

std::optional<int> offset_minutes(const std::optional<units::UtcOffset>& offset) {
    if (!offset) return std::nullopt;
    return offset->minutes;
}

std::int64_t count_of(std::size_t size) {
    // Vectors of activities never approach this; a bug elsewhere should fail loudly rather than wrap.
    if (size > static_cast<std::size_t>(std::numeric_limits<std::int64_t>::max())) throw std::length_error("count");
    return static_cast<std::int64_t>(size);
}

void insert_laps(Database& db, std::int64_t activity_id, const std::vector<domain::Lap>& laps) {
    if (laps.empty()) return;
    auto statement = db.statement(
        "INSERT INTO lap (activity_id, lap_index, start_utc, elapsed_s, timer_s, distance_m, avg_hr_bpm, max_hr_bpm, "
        "calories_kcal, ascent_m) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (std::size_t i = 0; i < laps.size(); ++i) {
        const domain::Lap& lap = laps[i];
        statement->bind(1, activity_id);
        statement->bind(2, count_of(i));
        statement->bind(3, detail::to_unix_seconds(lap.start_utc));
        detail::bind_optional(*statement, 4, lap.elapsed_s);
        detail::bind_optional(*statement, 5, lap.timer_s);
        detail::bind_optional(*statement, 6, lap.distance_m);
        detail::bind_optional(*statement, 7, lap.avg_hr_bpm);
        detail::bind_optional(*statement, 8, lap.max_hr_bpm);
        detail::bind_optional(*statement, 9, lap.calories_kcal);
        detail::bind_optional(*statement, 10, lap.ascent_m);
        statement->exec();
        statement->reset();
    }
}

void insert_sets(Database& db, std::int64_t activity_id, const std::vector<domain::StrengthSet>& sets) {
    if (sets.empty()) return;
    auto statement = db.statement(
        "INSERT INTO strength_set (activity_id, set_index, set_order, exercise, exercise_key, weight_kg, reps, rpe, "
        "duration_s, distance_m, warmup, start_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (std::size_t i = 0; i < sets.size(); ++i) {
        const domain::StrengthSet& set = sets[i];
        statement->bind(1, activity_id);
        statement->bind(2, count_of(i));
        statement->bind(3, set.order);
        statement->bind(4, set.exercise);
        statement->bind(5, std::string(domain::find_exercise(set.exercise).key));
        detail::bind_optional(*statement, 6, set.weight_kg);
        detail::bind_optional(*statement, 7, set.reps);
        detail::bind_optional(*statement, 8, set.rpe);
        detail::bind_optional(*statement, 9, set.duration_s);
        detail::bind_optional(*statement, 10, set.distance_m);
        statement->bind(11, set.warmup ? 1 : 0);
        detail::bind_optional(*statement, 12,
                              set.start_utc ? std::optional{detail::to_unix_seconds(*set.start_utc)} : std::nullopt);
        statement->exec();
        statement->reset();
    }
}

domain::StrengthSet read_set(const SQLite::Statement& row, int c) {
    domain::StrengthSet set;
    set.order = row.getColumn(c++).getInt();
    set.exercise = row.getColumn(c++).getString();
    set.weight_kg = detail::optional_double(row, c++);
    set.reps = detail::optional_int(row, c++);
    set.rpe = detail::optional_double(row, c++);
    set.duration_s = detail::optional_double(row, c++);
    set.distance_m = detail::optional_double(row, c++);
    set.warmup = row.getColumn(c++).getInt() != 0;
    if (const auto start = detail::optional_int64(row, c++)) set.start_utc = detail::from_unix_seconds(*start);
    return set;
}

constexpr const char* kSetColumns =
    "s.set_order, s.exercise, s.weight_kg, s.reps, s.rpe, s.duration_s, s.distance_m, s.warmup, s.start_utc";

}  // namespace

SqliteActivityRepository::SqliteActivityRepository(Database& db, domain::AthleteId athlete, bool writable)
    : m_db(db), m_athlete(athlete), m_writable(writable) {}

std::int64_t SqliteActivityRepository::insert(const domain::Activity& activity, const EncodedSamples& samples,
                                              std::int64_t import_id) {
    detail::require_writable(m_writable, "ActivityRepository::insert");
    return detail::guarded(m_db, [&] { return insert_rows(activity, samples, import_id); });
}

std::int64_t SqliteActivityRepository::insert_rows(const domain::Activity& activity, const EncodedSamples& samples,
                                                   std::int64_t import_id) {
    Database& db = m_db;
    Transaction transaction(db);
    std::int64_t id = 0;
    {
        auto statement = db.statement(
            "INSERT INTO activity (athlete_id, import_id, source_path, format, sport, sub_sport, name, device, "
            "start_utc, utc_offset_min, elapsed_s, timer_s, distance_m, avg_hr_bpm, max_hr_bpm, calories_kcal, "
            "ascent_m, descent_m, avg_speed_mps, max_speed_mps, rpe, record_count, lap_count, set_count, "
            "sample_columns) "
            "VALUES (?24, ?1, (SELECT path FROM import_log WHERE id = ?1 AND athlete_id = ?24), ?2, ?3, ?4, ?5, ?6, "
            "?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23)");
        statement->bind(1, import_id);
        statement->bind(24, m_athlete.value);
        statement->bind(2, domain::to_string(activity.format));
        statement->bind(3, domain::to_string(activity.sport));
        statement->bind(4, activity.sub_sport);
        statement->bind(5, activity.name);
        statement->bind(6, activity.device);
        statement->bind(7, detail::to_unix_seconds(activity.start_utc));
        detail::bind_optional(*statement, 8, offset_minutes(activity.utc_offset));
        detail::bind_optional(*statement, 9, activity.elapsed_s);
        detail::bind_optional(*statement, 10, activity.timer_s);
        detail::bind_optional(*statement, 11, activity.distance_m);
        detail::bind_optional(*statement, 12, activity.avg_hr_bpm);
        detail::bind_optional(*statement, 13, activity.max_hr_bpm);
        detail::bind_optional(*statement, 14, activity.calories_kcal);
        detail::bind_optional(*statement, 15, activity.ascent_m);
        detail::bind_optional(*statement, 16, activity.descent_m);
        detail::bind_optional(*statement, 17, activity.avg_speed_mps);
        detail::bind_optional(*statement, 18, activity.max_speed_mps);
        detail::bind_optional(*statement, 19, activity.rpe);
        statement->bind(20, static_cast<std::int64_t>(samples.point_count));
        statement->bind(21, count_of(activity.laps.size()));
        statement->bind(22, count_of(activity.sets.size()));
        statement->bind(23, static_cast<std::int64_t>(samples.column_mask));
        statement->exec();
        id = db.last_insert_id();
    }
    if (!samples.blob.empty()) {
        auto statement =
            db.statement("INSERT INTO activity_samples (activity_id, point_count, rr_count, data) VALUES (?, ?, ?, ?)");
        statement->bind(1, id);
        statement->bind(2, static_cast<std::int64_t>(samples.point_count));
        statement->bind(3, static_cast<std::int64_t>(samples.rr_count));
        statement->bindNoCopy(4, samples.blob.data(), static_cast<int>(samples.blob.size()));
        statement->exec();
    }
    insert_laps(db, id, activity.laps);
    insert_sets(db, id, activity.sets);
    transaction.commit();
    return id;
}

std::vector<ActivitySummary> SqliteActivityRepository::list(const ActivityFilter& filter) {
    return detail::guarded(m_db, [&] {
        const std::string sql = fmt::format("SELECT {} FROM activity AS a{} ORDER BY a.start_utc, a.id",
                                            detail::kSummaryColumns, detail::filter_clause(filter));
        auto statement = m_db.statement(sql.c_str());
        detail::bind_filter(*statement, m_athlete, filter);
        std::vector<ActivitySummary> summaries;
        while (statement->executeStep()) summaries.push_back(detail::read_summary(*statement));
        return summaries;
    });
}

std::optional<StoredActivity> SqliteActivityRepository::get(std::int64_t id) {
    return detail::guarded(m_db, [&] { return read_activity(id); });
}

std::optional<StoredActivity> SqliteActivityRepository::read_activity(std::int64_t id) {
    std::optional<StoredActivity> stored = read_activity_row(id);
    if (!stored) return std::nullopt;
    // The children are only reached through an activity of this athlete, found above.
    read_samples(id, stored->activity);
    read_laps(id, stored->activity);
    read_sets(id, stored->activity);
    return stored;
}

std::optional<StoredActivity> SqliteActivityRepository::read_activity_row(std::int64_t id) {
    auto statement = m_db.statement(
        "SELECT import_id, source_path, format, sport, sub_sport, name, device, start_utc, utc_offset_min, "
        "elapsed_s, timer_s, distance_m, avg_hr_bpm, max_hr_bpm, calories_kcal, ascent_m, descent_m, "
        "avg_speed_mps, max_speed_mps, rpe FROM activity WHERE id = ? AND athlete_id = ?");
    statement->bind(1, id);
    statement->bind(2, m_athlete.value);
    if (!statement->executeStep()) return std::nullopt;
    const SQLite::Statement& row = *statement;
    StoredActivity stored;
    stored.id = id;
    stored.import_id = row.getColumn(0).getInt64();
    stored.source_path = row.getColumn(1).getString();
    domain::Activity& activity = stored.activity;
    activity.format = detail::parse_source_format(row.getColumn(2).getString());
    activity.sport = detail::parse_sport(row.getColumn(3).getString());
    activity.sub_sport = row.getColumn(4).getString();
    activity.name = row.getColumn(5).getString();
    activity.device = row.getColumn(6).getString();
    activity.start_utc = detail::from_unix_seconds(row.getColumn(7).getInt64());
    if (const auto offset = detail::optional_int(row, 8)) activity.utc_offset = units::UtcOffset{*offset};
    activity.elapsed_s = detail::optional_double(row, 9);
    activity.timer_s = detail::optional_double(row, 10);
    activity.distance_m = detail::optional_double(row, 11);
    activity.avg_hr_bpm = detail::optional_double(row, 12);
    activity.max_hr_bpm = detail::optional_double(row, 13);
    activity.calories_kcal = detail::optional_double(row, 14);
    activity.ascent_m = detail::optional_double(row, 15);
    activity.descent_m = detail::optional_double(row, 16);
    activity.avg_speed_mps = detail::optional_double(row, 17);
    activity.max_speed_mps = detail::optional_double(row, 18);
    activity.rpe = detail::optional_double(row, 19);
    return stored;
}

void SqliteActivityRepository::read_samples(std::int64_t id, domain::Activity& activity) {
    auto statement = m_db.statement("SELECT data FROM activity_samples WHERE activity_id = ?");
    statement->bind(1, id);
    if (!statement->executeStep()) return;
    const SQLite::Column data = statement->getColumn(0);
    const auto* bytes = static_cast<const std::byte*>(data.getBlob());
    auto decoded = decode_samples({bytes, static_cast<std::size_t>(data.getBytes())});
    if (!decoded) {
        throw util::Error(util::ErrorCode::storage_corrupt, fmt::format("{}: activity {}: stored samples do not decode: {}", m_db.path().string(), id,
                                       decoded.error().to_string())).with_hint("re-import the file to rewrite them");
    }
    activity.samples = std::move(decoded->samples);
    activity.rr_intervals_s = std::move(decoded->rr_intervals_s);
}

void SqliteActivityRepository::read_laps(std::int64_t id, domain::Activity& activity) {
    auto statement = m_db.statement(
        "SELECT start_utc, elapsed_s, timer_s, distance_m, avg_hr_bpm, max_hr_bpm, calories_kcal, ascent_m "
        "FROM lap WHERE activity_id = ? ORDER BY lap_index");
    statement->bind(1, id);
    while (statement->executeStep()) {
        const SQLite::Statement& row = *statement;
        domain::Lap lap;
        lap.start_utc = detail::from_unix_seconds(row.getColumn(0).getInt64());
        lap.elapsed_s = detail::optional_double(row, 1);
        lap.timer_s = detail::optional_double(row, 2);
        lap.distance_m = detail::optional_double(row, 3);
        lap.avg_hr_bpm = detail::optional_double(row, 4);
        lap.max_hr_bpm = detail::optional_double(row, 5);
        lap.calories_kcal = detail::optional_double(row, 6);
        lap.ascent_m = detail::optional_double(row, 7);
        activity.laps.push_back(lap);
    }
}

void SqliteActivityRepository::read_sets(std::int64_t id, domain::Activity& activity) {
    static const std::string sql =
        fmt::format("SELECT {} FROM strength_set AS s WHERE s.activity_id = ? ORDER BY s.set_index", kSetColumns);
    auto statement = m_db.statement(sql.c_str());
    statement->bind(1, id);
    while (statement->executeStep()) activity.sets.push_back(read_set(*statement, 0));
}

std::vector<StoredStrengthSet> SqliteActivityRepository::strength_sets(const ActivityFilter& filter) {
    return detail::guarded(m_db, [&] { return read_strength_sets(filter); });
}

std::vector<StoredStrengthSet> SqliteActivityRepository::read_strength_sets(const ActivityFilter& filter) {
    Database& db = m_db;
    const std::string sql = fmt::format(
        "SELECT a.id, a.start_utc, a.utc_offset_min, s.exercise_key, {} FROM activity AS a "
        "JOIN strength_set AS s ON s.activity_id = a.id{} ORDER BY a.start_utc, a.id, s.set_index",
        kSetColumns, detail::filter_clause(filter));
    auto statement = db.statement(sql.c_str());
    detail::bind_filter(*statement, m_athlete, filter);
    std::vector<StoredStrengthSet> sets;
    while (statement->executeStep()) {
        const SQLite::Statement& row = *statement;
        StoredStrengthSet stored;
        stored.activity_id = row.getColumn(0).getInt64();
        stored.activity_start_utc = detail::from_unix_seconds(row.getColumn(1).getInt64());
        if (const auto offset = detail::optional_int(row, 2)) stored.utc_offset = units::UtcOffset{*offset};
        stored.exercise_key = row.getColumn(3).getString();
        stored.set = read_set(row, 4);
        sets.push_back(std::move(stored));
    }
    return sets;
}

bool SqliteActivityRepository::remove(std::int64_t id) {
    detail::require_writable(m_writable, "ActivityRepository::remove");
    return detail::guarded(m_db, [&] {
        auto statement = m_db.statement("DELETE FROM activity WHERE id = ? AND athlete_id = ?");
        statement->bind(1, id);
        statement->bind(2, m_athlete.value);
        return statement->exec() > 0;
    });
}

std::vector<domain::DaySourceConflict> SqliteActivityRepository::repeated_strength_sessions(std::int64_t import_id) {
    return detail::guarded(m_db, [&] {
        // The session's local day: its start shifted by the offset it was recorded with.
        auto statement = m_db.statement(
            "SELECT (n.start_utc + coalesce(n.utc_offset_min, 0) * 60) / 86400, n.source_path, o.source_path "
            "FROM activity AS n JOIN activity AS o ON o.athlete_id = n.athlete_id AND o.start_utc = n.start_utc "
            "AND o.sport = 'strength' AND o.import_id <> n.import_id "
            "WHERE n.athlete_id = ? AND n.import_id = ? AND n.sport = 'strength' ORDER BY o.source_path, n.start_utc");
        statement->bind(1, m_athlete.value);
        statement->bind(2, import_id);
        std::vector<domain::DaySourceConflict> found;
        while (statement->executeStep()) {
            domain::DaySourceConflict conflict;
            conflict.kind = domain::DailyKind::strength;
            conflict.day = detail::from_day_number(statement->getColumn(0).getInt64());
            conflict.path = statement->getColumn(1).getString();
            conflict.other_path = statement->getColumn(2).getString();
            found.push_back(std::move(conflict));
        }
        return found;
    });
}

}  // namespace ironstride::store::sqlite
