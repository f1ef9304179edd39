#include "ironstride/ingest/fit/activity_builder.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <utility>

#include <fmt/format.h>

#include "ironstride/ingest/fit/protocol.hpp"
#include "ironstride/units/conversions.hpp"

namespace ironstride::ingest::fit {

namespace {

using domain::SampleStream;

/// Civil UTC offsets lie within −12 h … +14 h and are whole multiples of 15 minutes (IANA tz database: +05:45,
/// +08:45 and +12:45 are the finest); a local − UTC difference further than a minute from such a multiple is a
/// device clock error, not an offset.
constexpr std::int64_t kMaxUtcOffsetSeconds = 14 * units::kSecondsPerHour;
constexpr std::int64_t kUtcOffsetStepSeconds = 15 * units::kSecondsPerMinute;
constexpr std::int64_t kUtcOffsetToleranceSeconds = 60;
/// date_time values below 0x10000000 are relative (seconds since power-up), in Unix seconds.
constexpr std::int64_t kRelativeTimeLimitUnix = kFitEpochUnixSeconds + kDateTimeMinAbsolute;
/// Cadence is stored as uint8 with 0xFF as "missing", so the largest storable cadence is 254.
constexpr double kMaxStoredCadence = 254.0;

[[nodiscard]] std::int64_t unix_seconds(units::Instant instant) noexcept { return instant.time_since_epoch().count(); }
[[nodiscard]] units::Instant from_unix(std::int64_t seconds) noexcept {
    return units::Instant{std::chrono::seconds{seconds}};
}

/// The UTC offset a local − UTC difference stands for, when it is one (see kUtcOffsetStepSeconds).
[[nodiscard]] std::optional<units::UtcOffset> utc_offset_from(std::int64_t local_minus_utc_s) {
    const std::int64_t half_step = (local_minus_utc_s >= 0 ? 1 : -1) * kUtcOffsetStepSeconds / 2;
    const std::int64_t nearest = (local_minus_utc_s + half_step) / kUtcOffsetStepSeconds * kUtcOffsetStepSeconds;
    if (std::abs(local_minus_utc_s - nearest) > kUtcOffsetToleranceSeconds || std::abs(nearest) > kMaxUtcOffsetSeconds) {
        return std::nullopt;
    }
    return units::UtcOffset{static_cast<int>(nearest / units::kSecondsPerMinute)};
}

/// A lap's or session's heart rate. 0 bpm is no heart rate but a sentinel: apps without a sensor write it instead of
/// FIT's invalid 0xFF (in the corpus: Zwift's fitparse--null_compressed_speed_dist.fit and tormoder--0134902991.fit
/// store average and maximum 0 over 1,808 and 739 records without heart rate), like records' 0 (kNoHeartRate).
[[nodiscard]] std::optional<double> heart_rate(std::optional<std::uint8_t> value) {
    if (!value || *value == SampleStream::kNoHeartRate) return std::nullopt;
    return static_cast<double>(*value);
}

template <typename T>
[[nodiscard]] bool any_valid(const std::vector<T>& column, T sentinel) {
    return std::any_of(column.begin(), column.end(), [sentinel](T v) { return v != sentinel; });
}
[[nodiscard]] bool any_valid(const std::vector<float>& column) {
    return std::any_of(column.begin(), column.end(), [](float v) { return !std::isnan(v); });
}

/// Empties the columns in which no sample has a value (SampleStream: a column is empty or full length).
void drop_empty_columns(SampleStream& s) {
    if (!any_valid(s.lat_e7, SampleStream::kNoPosition) || !any_valid(s.lon_e7, SampleStream::kNoPosition)) {
        s.lat_e7.clear();
        s.lon_e7.clear();
    }
    if (!any_valid(s.altitude_m)) s.altitude_m.clear();
    if (!any_valid(s.distance_m)) s.distance_m.clear();
    if (!any_valid(s.speed_mps)) s.speed_mps.clear();
    if (!any_valid(s.heart_rate_bpm, SampleStream::kNoHeartRate)) s.heart_rate_bpm.clear();
    if (!any_valid(s.cadence_rpm, SampleStream::kNoCadence)) s.cadence_rpm.clear();
    if (!any_valid(s.power_w, SampleStream::kNoPower)) s.power_w.clear();
}

/// The time a session starts, Unix seconds: start_time, else its end minus its elapsed time.
[[nodiscard]] std::optional<std::int64_t> session_start(const SessionMessage& session) {
    if (session.start_time) return unix_seconds(*session.start_time);
    if (session.timestamp && session.total_elapsed_time_s) {
        return unix_seconds(*session.timestamp) - std::llround(*session.total_elapsed_time_s);
    }
    if (session.timestamp) return unix_seconds(*session.timestamp);
    return std::nullopt;
}

}  // namespace

void ActivityBuilder::note_time(std::optional<units::Instant> time) {
    if (time) m_last_time_s = unix_seconds(*time);
}

void ActivityBuilder::on_file_id(const FileIdMessage& message) {
    if (m_file_id_seen) return;  // a chained file's later parts describe themselves, not the activity
    m_file_id_seen = true;
    m_file_type = message.type;
    m_file_device = Device{message.manufacturer, message.product, std::string{message.product_name}};
}

void ActivityBuilder::on_sport(const SportMessage& message) {
    if (!m_sport) {
        m_sport = message.sport;
        m_sub_sport = message.sub_sport;
    }
}

void ActivityBuilder::on_device_info(const DeviceInfoMessage& message) {
    note_time(message.timestamp);
    if (message.device_index != 0 || m_creator_device) return;
    m_creator_device = Device{message.manufacturer, message.product, std::string{message.product_name}};
}

void ActivityBuilder::on_event(const EventMessage& message) { note_time(message.timestamp); }

void ActivityBuilder::on_record(const RecordMessage& message) {
    if (!message.timestamp) return;  // a sample that cannot be placed in time
    const std::int64_t time = unix_seconds(*message.timestamp);
    m_last_time_s = time;
    Records& r = m_records;
    r.time_s.push_back(time);
    r.lat_e7.push_back(message.lat_e7 && message.lon_e7 ? *message.lat_e7 : SampleStream::kNoPosition);
    r.lon_e7.push_back(message.lat_e7 && message.lon_e7 ? *message.lon_e7 : SampleStream::kNoPosition);
    r.altitude_m.push_back(message.altitude_m ? static_cast<float>(*message.altitude_m) : SampleStream::kNoValue);
    r.distance_m.push_back(message.distance_m ? static_cast<float>(*message.distance_m) : SampleStream::kNoValue);
    r.speed_mps.push_back(message.speed_mps ? static_cast<float>(*message.speed_mps) : SampleStream::kNoValue);
    r.heart_rate_bpm.push_back(message.heart_rate_bpm.value_or(SampleStream::kNoHeartRate));
    r.cadence_rpm.push_back(message.cadence_rpm ? static_cast<std::uint8_t>(std::lround(std::clamp(
                                                      *message.cadence_rpm, 0.0, kMaxStoredCadence)))
                                                : SampleStream::kNoCadence);
    r.power_w.push_back(message.power_w && *message.power_w != SampleStream::kNoPower ? *message.power_w
                                                                                       : SampleStream::kNoPower);
}

void ActivityBuilder::on_lap(const LapMessage& message) {
    note_time(message.timestamp);
    PendingLap pending;
    const std::optional<units::Instant> start = message.start_time ? message.start_time : message.timestamp;
    if (start) {
        pending.time_s = unix_seconds(*start);
        pending.lap.start_utc = *start;
    } else {
        pending.time_s = m_last_time_s.value_or(0);
        pending.lap.start_utc = from_unix(pending.time_s);
    }
    pending.lap.elapsed_s = message.total_elapsed_time_s;
    pending.lap.timer_s = message.total_timer_time_s;
    pending.lap.distance_m = message.total_distance_m;
    pending.lap.avg_hr_bpm = heart_rate(message.avg_heart_rate_bpm);
    pending.lap.max_hr_bpm = heart_rate(message.max_heart_rate_bpm);
    pending.lap.calories_kcal = message.total_calories_kcal;
    pending.lap.ascent_m = message.total_ascent_m;
    pending.sport = message.sport;
    pending.sub_sport = message.sub_sport;
    m_laps.push_back(std::move(pending));
}

void ActivityBuilder::on_session(const SessionMessage& message) {
    note_time(message.timestamp);
    SessionMessage copy = message;
    copy.sport_profile_name = {};  // a view into the decoder's buffer
    m_sessions.push_back(copy);
}

void ActivityBuilder::on_activity(const ActivityMessage& message) {
    note_time(message.timestamp);
    if (!message.timestamp || !message.local_timestamp || m_utc_offset) return;
    m_utc_offset = utc_offset_from(message.local_timestamp->time_since_epoch().count() -
                                   message.timestamp->time_since_epoch().count());
}

void ActivityBuilder::on_timestamp_correlation(const TimestampCorrelationMessage& message) {
    if (m_relative_time_shift_s || !message.timestamp || !message.system_timestamp) return;
    const std::int64_t utc = unix_seconds(*message.timestamp);
    const std::int64_t system = unix_seconds(*message.system_timestamp);
    if (utc < kRelativeTimeLimitUnix || system >= kRelativeTimeLimitUnix) return;  // nothing to correlate
    m_relative_time_shift_s = utc - system;
    if (message.local_timestamp) {
        m_correlation_utc_offset = utc_offset_from(message.local_timestamp->time_since_epoch().count() - utc);
    }
}

void ActivityBuilder::on_hrv(const HrvMessage& message) {
    for (const double interval : message.intervals_s()) {
        m_hrv.push_back(PendingHrv{m_last_time_s.value_or(0), interval});
    }
}

void ActivityBuilder::on_set(const SetMessage& message) {
    note_time(message.timestamp);
    // Rest sets are the pauses between sets; a set without a type counts when it names an exercise or reps.
    const bool active = message.set_type ? *message.set_type == set_type::kActive
                                         : (message.category.has_value() || message.repetitions.has_value());
    if (!active) return;
    PendingSet pending;
    domain::StrengthSet& set = pending.set;
    set.order = ++m_active_sets;
    set.exercise = exercise_display_name(message.category, message.category_subtype);
    set.weight_kg = message.weight_kg;
    if (message.repetitions) set.reps = *message.repetitions;
    set.duration_s = message.duration_s;
    if (message.start_time) {
        set.start_utc = message.start_time;
    } else if (message.timestamp && message.duration_s) {
        set.start_utc = *message.timestamp - std::chrono::seconds{std::llround(*message.duration_s)};
    } else {
        set.start_utc = message.timestamp;
    }
    pending.time_s = set.start_utc ? unix_seconds(*set.start_utc) : m_last_time_s.value_or(0);
    m_sets.push_back(std::move(pending));
}

void ActivityBuilder::on_workout(const WorkoutMessage& message) {
    if (m_workout_name.empty()) m_workout_name = std::string{message.name};
}

std::string ActivityBuilder::device_name() const {
    Device device = m_creator_device.value_or(m_file_device);
    if (!device.manufacturer) device.manufacturer = m_file_device.manufacturer;
    if (!device.product) device.product = m_file_device.product;
    if (device.product_name.empty()) device.product_name = m_file_device.product_name;

    std::string maker;
    if (device.manufacturer) {
        maker = std::string{manufacturer_name(*device.manufacturer)};
        if (maker.empty()) maker = fmt::format("manufacturer {}", *device.manufacturer);
    }
    std::string product = device.product_name;
    if (product.empty() && device.product) {
        const bool garmin_family = device.manufacturer == manufacturer::kGarmin ||
                                   device.manufacturer == manufacturer::kDynastream;
        if (garmin_family) product = std::string{garmin_product_name(*device.product)};
        if (product.empty()) product = fmt::format("product {}", *device.product);
    }
    if (maker.empty()) return product;
    if (product.empty()) return maker;
    return maker + " " + product;
}

void ActivityBuilder::resolve_relative_times(std::int64_t shift_s) {
    const auto fix = [shift_s](std::int64_t& t) {
        if (t < kRelativeTimeLimitUnix) t += shift_s;
    };
    const auto fix_instant = [&fix](units::Instant& instant) {
        std::int64_t t = unix_seconds(instant);
        fix(t);
        instant = from_unix(t);
    };
    for (std::int64_t& t : m_records.time_s) fix(t);
    for (PendingLap& lap : m_laps) {
        fix(lap.time_s);
        fix_instant(lap.lap.start_utc);
    }
    for (PendingSet& set : m_sets) {
        fix(set.time_s);
        if (set.set.start_utc) fix_instant(*set.set.start_utc);
    }
    for (PendingHrv& hrv : m_hrv) fix(hrv.time_s);
    for (SessionMessage& session : m_sessions) {
        if (session.start_time) fix_instant(*session.start_time);
        if (session.timestamp) fix_instant(*session.timestamp);
    }
    if (m_last_time_s) fix(*m_last_time_s);
    if (!m_utc_offset) m_utc_offset = m_correlation_utc_offset;
}

std::vector<ActivityBuilder::Slot> ActivityBuilder::activity_slots() const {
    std::vector<Slot> slots;
    for (const SessionMessage& session : m_sessions) {
        std::optional<std::int64_t> start = session_start(session);
        if (!start) start = m_records.time_s.empty() ? m_last_time_s.value_or(0) : m_records.time_s.front();
        slots.push_back(Slot{*start, &session});
    }
    std::stable_sort(slots.begin(), slots.end(), [](const Slot& a, const Slot& b) { return a.start_s < b.start_s; });
    if (!slots.empty()) return slots;

    // No session: an activity file with records or sets is one activity computed from them.
    const bool activity_file = !m_file_type || *m_file_type == file_type::kActivity;
    if (!activity_file || (m_records.time_s.empty() && m_sets.empty())) return slots;
    std::int64_t start = std::numeric_limits<std::int64_t>::max();
    if (!m_records.time_s.empty()) start = *std::min_element(m_records.time_s.begin(), m_records.time_s.end());
    for (const PendingSet& set : m_sets) start = std::min(start, set.time_s);
    slots.push_back(Slot{start, nullptr});
    return slots;
}

std::size_t ActivityBuilder::slot_of(const std::vector<Slot>& slots, std::int64_t time_s) {
    const auto after = std::upper_bound(slots.begin(), slots.end(), time_s,
                                        [](std::int64_t t, const Slot& slot) { return t < slot.start_s; });
    return after == slots.begin() ? 0 : static_cast<std::size_t>(after - slots.begin()) - 1;
}

std::optional<util::Error> ActivityBuilder::unplaceable_failure(const std::vector<Slot>& slots,
                                                                  const std::string& path) {
    for (const Slot& slot : slots) {
        if (slot.start_s >= kRelativeTimeLimitUnix) continue;
        return util::Error(util::ErrorCode::fit_unanchored_times, util::SourcePos{path, {}, {}, {}},
                           fmt::format("the activity's times are relative to the device's power-up (it starts {} s "
                                         "after it), and the file has no timestamp_correlation message that ties them "
                                         "to UTC, so the activity cannot be placed in time",
                                       slot.start_s - kFitEpochUnixSeconds));
    }
    return std::nullopt;
}

void ActivityBuilder::move_all_samples(SampleStream& s, std::int64_t start_s) {
    const std::int64_t start_ms = start_s * units::kMillisecondsPerSecond;
    s.time_ms.reserve(m_records.time_s.size());
    for (const std::int64_t t : m_records.time_s) s.time_ms.push_back(t * units::kMillisecondsPerSecond - start_ms);
    s.lat_e7 = std::move(m_records.lat_e7);
    s.lon_e7 = std::move(m_records.lon_e7);
    s.altitude_m = std::move(m_records.altitude_m);
    s.distance_m = std::move(m_records.distance_m);
    s.speed_mps = std::move(m_records.speed_mps);
    s.heart_rate_bpm = std::move(m_records.heart_rate_bpm);
    s.cadence_rpm = std::move(m_records.cadence_rpm);
    s.power_w = std::move(m_records.power_w);
}

void ActivityBuilder::copy_samples(SampleStream& s, std::int64_t start_s, const std::vector<std::size_t>& indices) const {
    const Records& r = m_records;
    const std::int64_t start_ms = start_s * units::kMillisecondsPerSecond;
    const auto gather = [&indices](auto& out, const auto& column) {
        out.reserve(indices.size());
        for (const std::size_t i : indices) out.push_back(column[i]);
    };
    s.time_ms.reserve(indices.size());
    for (const std::size_t i : indices) s.time_ms.push_back(r.time_s[i] * units::kMillisecondsPerSecond - start_ms);
    gather(s.lat_e7, r.lat_e7);
    gather(s.lon_e7, r.lon_e7);
    gather(s.altitude_m, r.altitude_m);
    gather(s.distance_m, r.distance_m);
    gather(s.speed_mps, r.speed_mps);
    gather(s.heart_rate_bpm, r.heart_rate_bpm);
    gather(s.cadence_rpm, r.cadence_rpm);
    gather(s.power_w, r.power_w);
}

std::vector<domain::Activity> ActivityBuilder::activities_with_samples(const std::vector<Slot>& slots) {
    std::vector<domain::Activity> activities(slots.size());
    const std::string device = device_name();
    std::vector<std::vector<std::size_t>> record_indices(slots.size());
    if (slots.size() > 1) {
        for (std::size_t i = 0; i < m_records.time_s.size(); ++i) {
            record_indices[slot_of(slots, m_records.time_s[i])].push_back(i);
        }
    }
    for (std::size_t k = 0; k < slots.size(); ++k) {
        domain::Activity& a = activities[k];
        a.format = domain::SourceFormat::fit;
        a.device = device;
        a.name = m_workout_name;
        a.utc_offset = m_utc_offset;
        a.start_utc = from_unix(slots[k].start_s);
        if (slots.size() == 1) {
            move_all_samples(a.samples, slots[k].start_s);
        } else {
            copy_samples(a.samples, slots[k].start_s, record_indices[k]);
        }
        drop_empty_columns(a.samples);
    }
    return activities;
}

std::vector<ActivityBuilder::LapSport> ActivityBuilder::distribute_to_slots(
    const std::vector<Slot>& slots, std::vector<domain::Activity>& activities) const {
    std::vector<LapSport> lap_sports(slots.size());
    for (const PendingLap& lap : m_laps) {
        const std::size_t k = slot_of(slots, lap.time_s);
        activities[k].laps.push_back(lap.lap);
        if (!lap_sports[k].sport) lap_sports[k] = LapSport{lap.sport, lap.sub_sport};
    }
    for (const PendingSet& set : m_sets) activities[slot_of(slots, set.time_s)].sets.push_back(set.set);
    for (const PendingHrv& hrv : m_hrv) {
        activities[slot_of(slots, hrv.time_s)].rr_intervals_s.push_back(hrv.interval_s);
    }
    return lap_sports;
}

void ActivityBuilder::set_sport(domain::Activity& a, const Slot& slot, const LapSport& lap_sport) const {
    std::optional<std::uint8_t> fit_sport = m_sport;
    std::optional<std::uint8_t> fit_sub_sport = m_sub_sport;
    if (slot.session != nullptr && slot.session->sport) {
        fit_sport = slot.session->sport;
        fit_sub_sport = slot.session->sub_sport;
    } else if (!fit_sport && lap_sport.sport) {
        fit_sport = lap_sport.sport;
        fit_sub_sport = lap_sport.sub_sport;
    }
    a.sport = to_domain_sport(fit_sport, fit_sub_sport, !a.sets.empty());
    a.sub_sport = sub_sport_text(fit_sub_sport);
}

void ActivityBuilder::set_summary_from_session(domain::Activity& a, const SessionMessage& session) {
    a.elapsed_s = session.total_elapsed_time_s;
    a.timer_s = session.total_timer_time_s;
    a.distance_m = session.total_distance_m;
    a.avg_hr_bpm = heart_rate(session.avg_heart_rate_bpm);
    a.max_hr_bpm = heart_rate(session.max_heart_rate_bpm);
    a.calories_kcal = session.total_calories_kcal;
    a.ascent_m = session.total_ascent_m;
    a.descent_m = session.total_descent_m;
    a.avg_speed_mps = session.avg_speed_mps;
    a.max_speed_mps = session.max_speed_mps;
}

void ActivityBuilder::set_summary_from_samples(domain::Activity& a) {
    const SampleStream& s = a.samples;
    if (s.empty()) return;
    a.elapsed_s = static_cast<double>(s.time_ms.back() - s.time_ms.front()) / units::kMillisecondsPerSecond;
    for (auto it = s.distance_m.rbegin(); it != s.distance_m.rend(); ++it) {
        if (!std::isnan(*it)) {
            a.distance_m = *it;
            break;
        }
    }
    double sum = 0;
    std::size_t count = 0;
    std::uint8_t max_hr = 0;
    for (const std::uint8_t hr : s.heart_rate_bpm) {
        if (hr == SampleStream::kNoHeartRate) continue;
        sum += hr;
        ++count;
        max_hr = std::max(max_hr, hr);
    }
    if (count > 0) {
        a.avg_hr_bpm = sum / static_cast<double>(count);
        a.max_hr_bpm = max_hr;
    }
}

util::Result<std::vector<domain::Activity>> ActivityBuilder::finish(const std::string& path) {
    // Relative times (seconds since power-up) become UTC through timestamp_correlation.
    if (m_relative_time_shift_s) resolve_relative_times(*m_relative_time_shift_s);
    const std::vector<Slot> slots = activity_slots();
    if (slots.empty()) {
        *this = ActivityBuilder{};
        return std::vector<domain::Activity>{};
    }
    if (std::optional<util::Error> failure = unplaceable_failure(slots, path)) {
        *this = ActivityBuilder{};
        return std::move(*failure);
    }
    std::vector<domain::Activity> activities = activities_with_samples(slots);
    const std::vector<LapSport> lap_sports = distribute_to_slots(slots, activities);
    for (std::size_t k = 0; k < slots.size(); ++k) {
        set_sport(activities[k], slots[k], lap_sports[k]);
        if (slots[k].session != nullptr) {
            set_summary_from_session(activities[k], *slots[k].session);
        } else {
            set_summary_from_samples(activities[k]);
        }
    }
    *this = ActivityBuilder{};
    return activities;
}

}  // namespace ironstride::ingest::fit
