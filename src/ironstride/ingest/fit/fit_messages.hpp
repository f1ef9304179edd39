#pragma once

// Typed FIT messages as the decoder hands them to a FitHandler. Every field is optional: absent from the message
// definition, or present with the base type's invalid sentinel, both read as std::nullopt. Values are scaled to SI
// (seconds, metres, m/s, kg) with the profile's scale and offset; instants are UTC; positions are fixed-point
// 1e-7 degrees. Enumerations stay as their FIT numbers (named in fit_profile.hpp, printable with fit_names.hpp).
//
// Strings are std::string_view into the caller's buffer: valid while that buffer lives, never copied by the decoder.

#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

#include "ironstride/ingest/fit/protocol.hpp"
#include "ironstride/units/civil_time.hpp"

namespace ironstride::ingest::fit {

/// Local wall-clock seconds (activity.local_timestamp): the FIT local_date_time type.
using LocalInstant = std::chrono::local_seconds;

/// The file header of one FIT file (a chained file has several).
struct FileHeader {
    std::uint64_t byte_offset = 0;  ///< where this header starts in the buffer
    std::uint8_t header_size = 0;   ///< 12 or 14
    std::uint8_t protocol_version = 0;
    std::uint16_t profile_version = 0;
    std::uint32_t data_size = 0;  ///< as declared by the header
    std::uint16_t header_crc = 0;  ///< 0 when absent or not computed
};

struct FileIdMessage {
    std::optional<std::uint8_t> type;  ///< file_type::k…
    std::optional<std::uint16_t> manufacturer;
    std::optional<std::uint16_t> product;
    std::optional<std::uint32_t> serial_number;
    std::optional<units::Instant> time_created;
    std::optional<std::uint16_t> number;
    std::string_view product_name;
};

struct SportMessage {
    std::optional<std::uint8_t> sport;
    std::optional<std::uint8_t> sub_sport;
    std::string_view name;
};

struct DeviceInfoMessage {
    std::optional<units::Instant> timestamp;
    std::optional<std::uint8_t> device_index;  ///< 0 = the device that created the file
    std::optional<std::uint8_t> device_type;
    std::optional<std::uint16_t> manufacturer;
    std::optional<std::uint32_t> serial_number;
    std::optional<std::uint16_t> product;
    std::optional<double> software_version;
    std::optional<std::uint8_t> hardware_version;
    std::optional<std::uint8_t> battery_status;
    std::optional<std::uint8_t> source_type;
    std::string_view descriptor;
    std::string_view product_name;
};

struct EventMessage {
    std::optional<units::Instant> timestamp;
    std::optional<std::uint8_t> event;       ///< event::k…
    std::optional<std::uint8_t> event_type;  ///< event_type::k…
    std::optional<std::uint32_t> data;       ///< data, or data16 when only that is present
    std::optional<std::uint8_t> event_group;
};

/// One sample. distance_m comes from `distance` or, on old devices, is accumulated from the 12-bit distance in
/// `compressed_speed_distance`; altitude_m and speed_mps prefer the enhanced (32-bit) fields.
struct RecordMessage {
    std::optional<units::Instant> timestamp;
    std::optional<std::int32_t> lat_e7;  ///< 1e-7 degrees
    std::optional<std::int32_t> lon_e7;
    std::optional<double> altitude_m;
    std::optional<double> distance_m;
    std::optional<double> speed_mps;
    std::optional<std::uint8_t> heart_rate_bpm;
    std::optional<double> cadence_rpm;  ///< cadence plus fractional_cadence when present
    std::optional<std::uint16_t> power_w;
    std::optional<std::int8_t> temperature_c;
};

/// Summary values shared by lap and session.
struct SummaryFields {
    std::optional<std::uint16_t> message_index;
    std::optional<units::Instant> timestamp;  ///< end of the lap/session
    std::optional<units::Instant> start_time;
    std::optional<std::int32_t> start_lat_e7;
    std::optional<std::int32_t> start_lon_e7;
    std::optional<double> total_elapsed_time_s;
    std::optional<double> total_timer_time_s;
    std::optional<double> total_distance_m;
    std::optional<double> total_calories_kcal;
    std::optional<double> avg_speed_mps;  ///< enhanced_avg_speed preferred
    std::optional<double> max_speed_mps;
    std::optional<std::uint8_t> avg_heart_rate_bpm;
    std::optional<std::uint8_t> max_heart_rate_bpm;
    std::optional<std::uint8_t> avg_cadence_rpm;
    std::optional<std::uint16_t> avg_power_w;
    std::optional<double> total_ascent_m;
    std::optional<double> total_descent_m;
    std::optional<std::uint8_t> sport;
    std::optional<std::uint8_t> sub_sport;
};

struct LapMessage : SummaryFields {
    std::optional<std::uint8_t> intensity;
    std::optional<std::uint8_t> lap_trigger;
};

struct SessionMessage : SummaryFields {
    std::optional<std::uint8_t> max_cadence_rpm;
    std::optional<std::uint16_t> max_power_w;
    std::optional<std::uint8_t> min_heart_rate_bpm;
    std::optional<std::uint16_t> first_lap_index;
    std::optional<std::uint16_t> num_laps;
    std::string_view sport_profile_name;
};

struct ActivityMessage {
    std::optional<units::Instant> timestamp;
    std::optional<double> total_timer_time_s;
    std::optional<std::uint16_t> num_sessions;
    std::optional<std::uint8_t> type;
    std::optional<std::uint8_t> event;
    std::optional<std::uint8_t> event_type;
    std::optional<LocalInstant> local_timestamp;
};

/// Ties the device's relative clock (system time, seconds since power-up) to UTC and local time, for devices such as
/// cameras that record relative date_time values (below 0x10000000).
struct TimestampCorrelationMessage {
    std::optional<units::Instant> timestamp;  ///< UTC
    std::optional<units::Instant> system_timestamp;  ///< the same moment on the relative clock
    std::optional<LocalInstant> local_timestamp;
};

/// Beat-to-beat intervals; invalid entries (0xFFFF) are left out.
struct HrvMessage {
    static constexpr std::size_t kMaxValues = 127;  ///< a field holds at most 255 bytes of uint16
    std::array<double, kMaxValues> values_s{};
    std::size_t count = 0;
    [[nodiscard]] std::span<const double> intervals_s() const { return {values_s.data(), count}; }
};

/// One strength-training set. category/category_subtype are the first valid entries of the profile's arrays.
struct SetMessage {
    std::optional<units::Instant> timestamp;  ///< end of the set (field 254 in this message)
    std::optional<units::Instant> start_time;
    std::optional<double> duration_s;
    std::optional<std::uint16_t> repetitions;
    std::optional<double> weight_kg;
    std::optional<std::uint8_t> set_type;  ///< set_type::kActive / kRest
    std::optional<std::uint16_t> category;
    std::optional<std::uint16_t> category_subtype;
    std::optional<std::uint16_t> weight_display_unit;
    std::optional<std::uint16_t> message_index;
    std::optional<std::uint16_t> wkt_step_index;
};

struct WorkoutMessage {
    std::optional<std::uint16_t> message_index;
    std::optional<std::uint8_t> sport;
    std::optional<std::uint8_t> sub_sport;
    std::optional<std::uint16_t> num_valid_steps;
    std::optional<std::uint32_t> capabilities;
    std::string_view name;
};

/// A workout step with its raw duration/target values; the meaning of those depends on duration_type and
/// target_type (profile sub-fields). The accessors decode the sub-fields this project uses.
struct WorkoutStepMessage {
    std::optional<std::uint16_t> message_index;
    std::string_view name;
    std::string_view notes;
    std::optional<std::uint8_t> duration_type;  ///< wkt_step_duration::k…
    std::optional<std::uint32_t> duration_value;
    std::optional<std::uint8_t> target_type;  ///< wkt_step_target::k…
    std::optional<std::uint32_t> target_value;
    std::optional<std::uint32_t> custom_target_value_low;
    std::optional<std::uint32_t> custom_target_value_high;
    std::optional<std::uint8_t> intensity;  ///< intensity::k…

    /// duration_time in seconds when the step ends after a time (duration types time and repetition_time).
    [[nodiscard]] std::optional<double> duration_time_s() const;
    /// duration_step: the message index a repeat step goes back to (repeat_until_steps_cmplt).
    [[nodiscard]] std::optional<std::uint32_t> repeat_from_step() const;
    /// repeat_steps: how many times the block is done (repeat_until_steps_cmplt).
    [[nodiscard]] std::optional<std::uint32_t> repeat_count() const;
    /// custom_target_heart_rate_low/high in bpm (values above 100 are bpm + 100; 0–100 are % of max HR: nullopt).
    [[nodiscard]] std::optional<double> custom_heart_rate_low_bpm() const;
    [[nodiscard]] std::optional<double> custom_heart_rate_high_bpm() const;
    /// custom_target_speed_low/high in m/s.
    [[nodiscard]] std::optional<double> custom_speed_low_mps() const;
    [[nodiscard]] std::optional<double> custom_speed_high_mps() const;
};

/// A developer field's value inside some message, described by a field_description message seen earlier in the
/// file. `bytes` are the raw field bytes (in the message's byte order); `value` the first element decoded with the
/// description's base type, scale and offset when it is numeric and valid.
struct DeveloperField {
    std::uint16_t message_number = 0;  ///< the global message the field rides on
    std::uint8_t developer_data_index = 0;
    std::uint8_t field_number = 0;
    std::uint8_t base_type = 0;
    std::string_view name;
    std::string_view units;
    std::optional<std::uint16_t> native_message_number;
    std::optional<std::uint8_t> native_field_number;
    std::span<const std::byte> bytes;
    std::optional<double> value;
};

/// Any message the decoder has no typed form for (still counted and skipped safely), for tools like fit-dump.
struct OtherMessage {
    std::uint16_t message_number = 0;
    std::uint64_t byte_offset = 0;  ///< of the record header
    std::span<const std::byte> bytes;  ///< the message's field bytes (developer fields included)
};

}  // namespace ironstride::ingest::fit
