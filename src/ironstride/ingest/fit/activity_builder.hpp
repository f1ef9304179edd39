#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "ironstride/domain/activity.hpp"
#include "ironstride/ingest/fit/fit_handler.hpp"
#include "ironstride/util/result.hpp"

namespace ironstride::ingest::fit {

/// A FitHandler that turns an activity file's messages into domain::Activity values.
///
/// - One activity per session message (a multisport file gives several), in start-time order. Records, laps, sets
///   and hrv intervals go to the session they fall in: the last session that starts at or before their time (the
///   first session for anything earlier), so every sample lands somewhere even when a device's clock and its session
///   boundaries disagree by a second.
/// - A file with records but no session (an activity whose summary was never written) yields one activity whose
///   totals are computed from the records (elapsed time, last distance, mean and maximum heart rate).
/// - Files that are no activity (settings, workouts, courses, locations, monitoring) yield none; that is no error.
/// - Summary values come from the session as recorded (nothing is made up); samples become dense SampleStream columns,
///   present only when at least one record of the activity has that channel.
/// - Strength: active `set` messages become StrengthSets (rest sets are the pauses between them), named from the FIT
///   exercise category and subtype; weight in kg.
/// - Device: the creator's device_info (device index 0), else file_id.
/// - utc_offset = activity.local_timestamp − activity.timestamp (else the same difference in timestamp_correlation),
///   taken only when it lies within a minute of a multiple of 15 minutes (every civil UTC offset is one) and within
///   ±14 h; devices whose two clocks disagree by odd amounts get no offset rather than a wrong one.
/// - Relative times: devices without a clock (cameras, old watches) write date_time values below 0x10000000 (seconds
///   since power-up). A timestamp_correlation message maps them to UTC; without one the activity cannot be placed in
///   time, and finish() fails with that reason.
class ActivityBuilder final : public FitHandler {
public:
    void on_file_id(const FileIdMessage& message) override;
    void on_sport(const SportMessage& message) override;
    void on_device_info(const DeviceInfoMessage& message) override;
    void on_event(const EventMessage& message) override;
    void on_record(const RecordMessage& message) override;
    void on_lap(const LapMessage& message) override;
    void on_session(const SessionMessage& message) override;
    void on_activity(const ActivityMessage& message) override;
    void on_hrv(const HrvMessage& message) override;
    void on_timestamp_correlation(const TimestampCorrelationMessage& message) override;
    void on_set(const SetMessage& message) override;
    void on_workout(const WorkoutMessage& message) override;

    /// The activities seen so far (call once, after a successful decode; the builder is empty afterwards). Fails when
    /// an activity's times are relative and the file does not say how they map to UTC; `path` labels the failure.
    [[nodiscard]] util::Result<std::vector<domain::Activity>> finish(const std::string& path = {});

private:
    /// Records in arrival order, columnar, with absolute times (Unix seconds) and SampleStream sentinels.
    struct Records {
        std::vector<std::int64_t> time_s;
        std::vector<std::int32_t> lat_e7;
        std::vector<std::int32_t> lon_e7;
        std::vector<float> altitude_m;
        std::vector<float> distance_m;
        std::vector<float> speed_mps;
        std::vector<std::uint8_t> heart_rate_bpm;
        std::vector<std::uint8_t> cadence_rpm;
        std::vector<std::uint16_t> power_w;
    };
    struct Device {
        std::optional<std::uint16_t> manufacturer;
        std::optional<std::uint16_t> product;
        std::string product_name;
    };
    struct PendingSet {
        std::int64_t time_s = 0;
        domain::StrengthSet set;
    };
    struct PendingLap {
        std::int64_t time_s = 0;
        domain::Lap lap;
        std::optional<std::uint8_t> sport;
        std::optional<std::uint8_t> sub_sport;
    };
    struct PendingHrv {
        std::int64_t time_s = 0;
        double interval_s = 0;
    };

    /// An activity to be: when it starts, and the session it summarises (nullptr: one computed from the records).
    struct Slot {
        std::int64_t start_s = 0;
        const SessionMessage* session = nullptr;
    };
    /// The sport and sub_sport of the first lap of a slot that names one.
    struct LapSport {
        std::optional<std::uint8_t> sport;
        std::optional<std::uint8_t> sub_sport;
    };

    void note_time(std::optional<units::Instant> time);
    [[nodiscard]] std::string device_name() const;

    // The steps of finish(), in order.
    /// Adds timestamp_correlation's shift to every relative time (below 0x10000000 after the FIT epoch).
    void resolve_relative_times(std::int64_t shift_s);
    /// One slot per session in start order; without sessions, one for an activity file with records or sets; none
    /// for a file that holds no activity.
    [[nodiscard]] std::vector<Slot> activity_slots() const;
    /// The failure for a slot whose start is still relative to the device's power-up, if any.
    [[nodiscard]] static std::optional<util::Error> unplaceable_failure(const std::vector<Slot>& slots,
                                                                         const std::string& path);
    /// The activities of the slots with their common fields and their samples (moved out when there is one slot).
    [[nodiscard]] std::vector<domain::Activity> activities_with_samples(const std::vector<Slot>& slots);
    void move_all_samples(domain::SampleStream& samples, std::int64_t start_s);
    void copy_samples(domain::SampleStream& samples, std::int64_t start_s,
                      const std::vector<std::size_t>& indices) const;
    /// Laps, sets and beat intervals to the slots they fall in; returns each slot's first lap sport.
    [[nodiscard]] std::vector<LapSport> distribute_to_slots(const std::vector<Slot>& slots,
                                                            std::vector<domain::Activity>& activities) const;
    /// Sport from the session, else the sport message, else the first lap.
    void set_sport(domain::Activity& activity, const Slot& slot, const LapSport& lap_sport) const;
    static void set_summary_from_session(domain::Activity& activity, const SessionMessage& session);
    /// Elapsed time, last distance, heart-rate mean and maximum from the samples (a file without a session).
    static void set_summary_from_samples(domain::Activity& activity);
    /// The slot a time belongs to: the last one starting at or before it, else the first.
    [[nodiscard]] static std::size_t slot_of(const std::vector<Slot>& slots, std::int64_t time_s);

    std::optional<std::uint8_t> m_file_type;
    bool m_file_id_seen = false;
    Device m_file_device;
    std::optional<Device> m_creator_device;
    std::optional<std::uint8_t> m_sport;  ///< from a sport message
    std::optional<std::uint8_t> m_sub_sport;
    std::string m_workout_name;
    std::optional<units::UtcOffset> m_utc_offset;
    std::optional<units::UtcOffset> m_correlation_utc_offset;
    /// UTC minus system time from timestamp_correlation, for relative date_time values.
    std::optional<std::int64_t> m_relative_time_shift_s;
    std::optional<std::int64_t> m_last_time_s;  ///< the latest timestamp seen, for messages without one (hrv)
    Records m_records;
    std::vector<SessionMessage> m_sessions;  ///< string views cleared: they do not outlive the decode
    std::vector<PendingLap> m_laps;
    std::vector<PendingSet> m_sets;
    std::vector<PendingHrv> m_hrv;
    int m_active_sets = 0;
};

}  // namespace ironstride::ingest::fit
