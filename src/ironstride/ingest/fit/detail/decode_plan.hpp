#pragma once

// The decoder's table-driven core: when a definition message arrives it is compiled into a DecodePlan that says, for
// each field the typed messages use ("slots"), where it sits in the data message, how wide it is, its base type and
// whether its bytes must be swapped. Data messages are then read through a MessageView without looking at the
// definition again.

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "ironstride/ingest/fit/protocol.hpp"

namespace ironstride::ingest::fit::detail {

/// The messages the decoder reads fields of: the typed and interpreted kinds of fit_message_kinds.def (file_id,
/// record, session, …, field_description); `other` for every other message.
enum class MessageKind : std::uint8_t {
    other,
#define FIT_INTERPRETED_MESSAGE(snake, Pascal, number) snake,
#include "ironstride/fit_protocol/fit_message_kinds.def"
};

/// The kind of a global message number; MessageKind::other for messages the decoder does not read.
[[nodiscard]] MessageKind kind_of(std::uint16_t global_message_number) noexcept;

// Slots: the fields of interest per message kind, numbered densely so a plan can hold them in a fixed array. Every
// kind has a field-number → slot table k<Pascal>Table in decode_plan.cpp.

enum class FileIdSlot : std::uint8_t { type, manufacturer, product, serial_number, time_created, number, product_name };
enum class SportSlot : std::uint8_t { sport, sub_sport, name };
enum class DeviceInfoSlot : std::uint8_t {
    timestamp, device_index, device_type, manufacturer, serial_number, product, software_version, hardware_version,
    battery_status, descriptor, source_type, product_name,
};
enum class EventSlot : std::uint8_t { timestamp, event, event_type, data16, data, event_group };
enum class RecordSlot : std::uint8_t {
    timestamp, position_lat, position_long, altitude, heart_rate, cadence, distance, speed, power,
    compressed_speed_distance, temperature, fractional_cadence, enhanced_speed, enhanced_altitude,
};
/// Lap and session share the summary slots; the kind-specific ones follow.
enum class SummarySlot : std::uint8_t {
    message_index, timestamp, start_time, start_position_lat, start_position_long, total_elapsed_time,
    total_timer_time, total_distance, total_calories, avg_speed, max_speed, avg_heart_rate, max_heart_rate,
    avg_cadence, avg_power, total_ascent, total_descent, sport, sub_sport, enhanced_avg_speed, enhanced_max_speed,
    // lap only
    intensity, lap_trigger,
    // session only
    max_cadence, max_power, min_heart_rate, first_lap_index, num_laps, sport_profile_name,
};
enum class ActivitySlot : std::uint8_t {
    timestamp, total_timer_time, num_sessions, type, event, event_type, local_timestamp,
};
enum class HrvSlot : std::uint8_t { time };
enum class TimestampCorrelationSlot : std::uint8_t { timestamp, system_timestamp, local_timestamp };
enum class SetSlot : std::uint8_t {
    timestamp, duration, repetitions, weight, set_type, start_time, category, category_subtype,
    weight_display_unit, message_index, wkt_step_index,
};
enum class WorkoutSlot : std::uint8_t { message_index, sport, capabilities, num_valid_steps, name, sub_sport };
enum class WorkoutStepSlot : std::uint8_t {
    message_index, name, duration_type, duration_value, target_type, target_value, custom_target_value_low,
    custom_target_value_high, intensity, notes,
};
enum class FieldDescriptionSlot : std::uint8_t {
    developer_data_index, field_definition_number, fit_base_type_id, field_name, scale, offset, units,
    native_mesg_num, native_field_num,
};

inline constexpr std::size_t kMaxSlots = 32;
/// Marks "no slot" in the per-kind field-number → slot tables.
inline constexpr std::uint8_t kNoSlot = 0xFF;

/// For one kind: slot index by field definition number.
using SlotTable = std::array<std::uint8_t, 256>;
[[nodiscard]] const SlotTable& slot_table(MessageKind kind) noexcept;

/// What the decoder knows about each base type (protocol document, "Base Types").
struct BaseTypeInfo {
    std::uint8_t size = 0;  ///< 0: not a known base type
    bool is_signed = false;
    bool is_float = false;
    bool is_string = false;
    std::uint64_t invalid = 0;  ///< the sentinel, as the unsigned bit pattern of one element
};
[[nodiscard]] const BaseTypeInfo& base_type_info(std::uint8_t base_type_byte) noexcept;

/// How a field's elements are read.
enum class ReadKind : std::uint8_t { absent, unsigned_int, signed_int, floating, string };

/// Where one field of interest sits in a data message, with what the reader needs to know about its base type copied
/// in, so that reading a field is one inlined switch.
struct FieldPlan {
    std::uint16_t offset = 0;
    std::uint8_t size = 0;  ///< total bytes; 0 = the definition does not have this field (or it was unusable)
    std::uint8_t element_size = 0;
    std::uint8_t base_type = 0;  ///< the definition's base type byte
    ReadKind kind = ReadKind::absent;
    bool swap = false;  ///< element bytes are in the other byte order than this machine's
    std::uint64_t invalid = 0;  ///< the base type's invalid sentinel, as the bit pattern of one element
};

/// A FieldPlan for a field of `size` bytes of the given base type at `offset`; kind absent when unusable.
[[nodiscard]] FieldPlan make_field_plan(std::uint32_t offset, std::uint8_t size, std::uint8_t base_type, bool swap) noexcept;

/// A developer field in a definition.
struct DeveloperFieldPlan {
    std::uint16_t offset = 0;
    std::uint8_t size = 0;
    std::uint8_t field_number = 0;
    std::uint8_t developer_data_index = 0;
};

/// A compiled definition message.
struct DecodePlan {
    bool defined = false;
    MessageKind kind = MessageKind::other;
    std::uint16_t global_number = 0;
    bool big_endian = false;
    std::uint32_t size = 0;  ///< bytes of field data, developer fields included
    /// timestamp (253) of any message, for the compressed-timestamp reference; absent when size == 0.
    FieldPlan timestamp;
    std::array<FieldPlan, kMaxSlots> slots{};
    std::vector<DeveloperFieldPlan> developer_fields;
};

/// Loads one element of `size` bytes (1, 2, 4 or 8), swapping when asked.
[[nodiscard, gnu::always_inline]] inline std::uint64_t load_element(const std::byte* p, std::uint8_t size, bool swap) noexcept {
    switch (size) {
        case 1:
            return std::to_integer<std::uint8_t>(*p);
        case 2: {
            std::uint16_t v = 0;
            std::memcpy(&v, p, sizeof v);
            if (swap) v = static_cast<std::uint16_t>((v >> 8U) | (v << 8U));
            return v;
        }
        case 4: {
            std::uint32_t v = 0;
            std::memcpy(&v, p, sizeof v);
            return swap ? __builtin_bswap32(v) : v;
        }
        case 8: {
            std::uint64_t v = 0;
            std::memcpy(&v, p, sizeof v);
            return swap ? __builtin_bswap64(v) : v;
        }
        default:
            return 0;
    }
}

/// True when a message in the given architecture needs its multi-byte values swapped on this machine.
[[nodiscard]] constexpr bool needs_swap(bool big_endian) noexcept {
    return big_endian != (std::endian::native == std::endian::big);
}

/// Reads the fields of one data message through its plan.
class MessageView {
public:
    MessageView(const DecodePlan& plan, const std::byte* data) noexcept : m_plan(&plan), m_data(data) {}

    template <typename Slot>
    [[nodiscard, gnu::always_inline]] const FieldPlan& field(Slot slot) const noexcept {
        return m_plan->slots[static_cast<std::size_t>(slot)];
    }
    template <typename Slot>
    [[nodiscard, gnu::always_inline]] bool has(Slot slot) const noexcept {
        return field(slot).size != 0;
    }
    /// Number of elements of an array field (1 for a scalar, 0 when absent).
    template <typename Slot>
    [[nodiscard, gnu::always_inline]] std::size_t count(Slot slot) const noexcept {
        const FieldPlan& f = field(slot);
        return f.size == 0 ? std::size_t{0} : std::size_t{f.size} / f.element_size;
    }
    /// Element `index` as an integer (sign-extended for signed types); nullopt when absent, invalid or a float/string.
    template <typename Slot>
    [[nodiscard, gnu::always_inline]] std::optional<std::int64_t> integer(Slot slot, std::size_t index = 0) const noexcept {
        return integer_of(field(slot), index);
    }
    /// Element `index` as a number (integers and floats); nullopt when absent, invalid or not numeric.
    template <typename Slot>
    [[nodiscard, gnu::always_inline]] std::optional<double> number(Slot slot, std::size_t index = 0) const noexcept {
        return number_of(field(slot), index);
    }
    /// A string field up to its first NUL; empty when absent or invalid.
    template <typename Slot>
    [[nodiscard]] std::string_view text(Slot slot) const noexcept {
        return text_of(field(slot));
    }
    /// The raw bytes of a field.
    template <typename Slot>
    [[nodiscard]] std::span<const std::byte> bytes(Slot slot) const noexcept {
        const FieldPlan& f = field(slot);
        return {m_data + f.offset, f.size};
    }

    /// Element `index` of a field as an integer (sign-extended for signed types) into `out`; false when absent,
    /// invalid, or not an integer type. (The bool-and-out form keeps the hot loop free of std::optional temporaries,
    /// which GCC 12 spills to memory piece by piece and reloads whole, stalling store forwarding.)
    [[nodiscard, gnu::always_inline]] bool read_integer(const FieldPlan& f, std::size_t index,
                                                        std::int64_t& out) const noexcept {
        if (f.kind != ReadKind::unsigned_int && f.kind != ReadKind::signed_int) return false;
        if ((index + 1) * f.element_size > f.size) return false;
        const std::uint64_t raw = load_element(m_data + f.offset + index * f.element_size, f.element_size, f.swap);
        if (raw == f.invalid) return false;
        if (f.kind == ReadKind::signed_int) {
            const unsigned shift = 64U - 8U * f.element_size;
            out = static_cast<std::int64_t>(raw << shift) >> shift;
        } else {
            out = static_cast<std::int64_t>(raw);
        }
        return true;
    }
    /// Element `index` as a number (integers and floats) into `out`; false when absent, invalid or not numeric.
    [[nodiscard, gnu::always_inline]] bool read_number(const FieldPlan& f, std::size_t index, double& out) const noexcept {
        if (f.kind == ReadKind::floating) return read_float(f, index, out);
        std::int64_t value = 0;
        if (!read_integer(f, index, value)) return false;
        out = static_cast<double>(value);
        return true;
    }
    [[nodiscard]] std::optional<std::int64_t> integer_of(const FieldPlan& f, std::size_t index) const noexcept {
        std::int64_t value = 0;
        if (!read_integer(f, index, value)) return std::nullopt;
        return value;
    }
    [[nodiscard]] std::optional<double> number_of(const FieldPlan& f, std::size_t index) const noexcept {
        double value = 0;
        if (!read_number(f, index, value)) return std::nullopt;
        return value;
    }
    [[nodiscard]] std::string_view text_of(const FieldPlan& f) const noexcept;

private:
    [[nodiscard]] bool read_float(const FieldPlan& f, std::size_t index, double& out) const noexcept;

    const DecodePlan* m_plan;
    const std::byte* m_data;
};

/// Compiles a definition. `fields` are the 3-byte field definitions, `developer_fields` the developer ones (may be
/// empty). Fields whose size is no multiple of their base type's size, or whose base type is unknown, are kept out
/// of the slots (their bytes are still skipped). Reuses `plan`'s storage.
void compile_plan(DecodePlan& plan, std::uint16_t global_number, bool big_endian, std::span<const std::byte> fields,
                  std::span<const std::byte> developer_fields);

}  // namespace ironstride::ingest::fit::detail
