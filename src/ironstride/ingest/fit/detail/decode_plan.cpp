#include "ironstride/ingest/fit/detail/decode_plan.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <initializer_list>

namespace ironstride::ingest::fit::detail {

MessageKind kind_of(std::uint16_t global_message_number) noexcept {
    switch (global_message_number) {
#define FIT_INTERPRETED_MESSAGE(snake, Pascal, number) \
    case mesg_num::k##Pascal:                          \
        return MessageKind::snake;
#include "ironstride/fit_protocol/fit_message_kinds.def"
        default: return MessageKind::other;
    }
}

namespace {

template <typename Slot>
struct FieldSlot {
    std::uint8_t field_number;
    Slot slot;
};

template <typename Slot>
constexpr SlotTable make_table(std::initializer_list<FieldSlot<Slot>> entries) {
    SlotTable table{};
    for (auto& entry : table) entry = kNoSlot;
    for (const auto& entry : entries) table[entry.field_number] = static_cast<std::uint8_t>(entry.slot);
    return table;
}

using FI = FileIdSlot;
constexpr SlotTable kFileIdTable = make_table<FI>({
    {file_id_field::kType, FI::type},
    {file_id_field::kManufacturer, FI::manufacturer},
    {file_id_field::kProduct, FI::product},
    {file_id_field::kSerialNumber, FI::serial_number},
    {file_id_field::kTimeCreated, FI::time_created},
    {file_id_field::kNumber, FI::number},
    {file_id_field::kProductName, FI::product_name},
});

using SP = SportSlot;
constexpr SlotTable kSportTable = make_table<SP>({
    {sport_field::kSport, SP::sport},
    {sport_field::kSubSport, SP::sub_sport},
    {sport_field::kName, SP::name},
});

using DI = DeviceInfoSlot;
constexpr SlotTable kDeviceInfoTable = make_table<DI>({
    {kFieldTimestamp, DI::timestamp},
    {device_info_field::kDeviceIndex, DI::device_index},
    {device_info_field::kDeviceType, DI::device_type},
    {device_info_field::kManufacturer, DI::manufacturer},
    {device_info_field::kSerialNumber, DI::serial_number},
    {device_info_field::kProduct, DI::product},
    {device_info_field::kSoftwareVersion, DI::software_version},
    {device_info_field::kHardwareVersion, DI::hardware_version},
    {device_info_field::kBatteryStatus, DI::battery_status},
    {device_info_field::kDescriptor, DI::descriptor},
    {device_info_field::kSourceType, DI::source_type},
    {device_info_field::kProductName, DI::product_name},
});

using EV = EventSlot;
constexpr SlotTable kEventTable = make_table<EV>({
    {kFieldTimestamp, EV::timestamp},
    {event_field::kEvent, EV::event},
    {event_field::kEventType, EV::event_type},
    {event_field::kData16, EV::data16},
    {event_field::kData, EV::data},
    {event_field::kEventGroup, EV::event_group},
});

using RE = RecordSlot;
constexpr SlotTable kRecordTable = make_table<RE>({
    {kFieldTimestamp, RE::timestamp},
    {record_field::kPositionLat, RE::position_lat},
    {record_field::kPositionLong, RE::position_long},
    {record_field::kAltitude, RE::altitude},
    {record_field::kHeartRate, RE::heart_rate},
    {record_field::kCadence, RE::cadence},
    {record_field::kDistance, RE::distance},
    {record_field::kSpeed, RE::speed},
    {record_field::kPower, RE::power},
    {record_field::kCompressedSpeedDistance, RE::compressed_speed_distance},
    {record_field::kTemperature, RE::temperature},
    {record_field::kFractionalCadence, RE::fractional_cadence},
    {record_field::kEnhancedSpeed, RE::enhanced_speed},
    {record_field::kEnhancedAltitude, RE::enhanced_altitude},
});

using SU = SummarySlot;
constexpr SlotTable kLapTable = make_table<SU>({
    {kFieldMessageIndex, SU::message_index},
    {kFieldTimestamp, SU::timestamp},
    {summary_field::kStartTime, SU::start_time},
    {summary_field::kStartPositionLat, SU::start_position_lat},
    {summary_field::kStartPositionLong, SU::start_position_long},
    {summary_field::kTotalElapsedTime, SU::total_elapsed_time},
    {summary_field::kTotalTimerTime, SU::total_timer_time},
    {summary_field::kTotalDistance, SU::total_distance},
    {summary_field::kTotalCalories, SU::total_calories},
    {lap_field::kAvgSpeed, SU::avg_speed},
    {lap_field::kMaxSpeed, SU::max_speed},
    {lap_field::kAvgHeartRate, SU::avg_heart_rate},
    {lap_field::kMaxHeartRate, SU::max_heart_rate},
    {lap_field::kAvgCadence, SU::avg_cadence},
    {lap_field::kAvgPower, SU::avg_power},
    {lap_field::kTotalAscent, SU::total_ascent},
    {lap_field::kTotalDescent, SU::total_descent},
    {lap_field::kIntensity, SU::intensity},
    {lap_field::kLapTrigger, SU::lap_trigger},
    {lap_field::kSport, SU::sport},
    {lap_field::kSubSport, SU::sub_sport},
    {lap_field::kEnhancedAvgSpeed, SU::enhanced_avg_speed},
    {lap_field::kEnhancedMaxSpeed, SU::enhanced_max_speed},
});

constexpr SlotTable kSessionTable = make_table<SU>({
    {kFieldMessageIndex, SU::message_index},
    {kFieldTimestamp, SU::timestamp},
    {summary_field::kStartTime, SU::start_time},
    {summary_field::kStartPositionLat, SU::start_position_lat},
    {summary_field::kStartPositionLong, SU::start_position_long},
    {summary_field::kTotalElapsedTime, SU::total_elapsed_time},
    {summary_field::kTotalTimerTime, SU::total_timer_time},
    {summary_field::kTotalDistance, SU::total_distance},
    {summary_field::kTotalCalories, SU::total_calories},
    {session_field::kSport, SU::sport},
    {session_field::kSubSport, SU::sub_sport},
    {session_field::kAvgSpeed, SU::avg_speed},
    {session_field::kMaxSpeed, SU::max_speed},
    {session_field::kAvgHeartRate, SU::avg_heart_rate},
    {session_field::kMaxHeartRate, SU::max_heart_rate},
    {session_field::kAvgCadence, SU::avg_cadence},
    {session_field::kMaxCadence, SU::max_cadence},
    {session_field::kAvgPower, SU::avg_power},
    {session_field::kMaxPower, SU::max_power},
    {session_field::kTotalAscent, SU::total_ascent},
    {session_field::kTotalDescent, SU::total_descent},
    {session_field::kFirstLapIndex, SU::first_lap_index},
    {session_field::kNumLaps, SU::num_laps},
    {session_field::kMinHeartRate, SU::min_heart_rate},
    {session_field::kSportProfileName, SU::sport_profile_name},
    {session_field::kEnhancedAvgSpeed, SU::enhanced_avg_speed},
    {session_field::kEnhancedMaxSpeed, SU::enhanced_max_speed},
});

using AC = ActivitySlot;
constexpr SlotTable kActivityTable = make_table<AC>({
    {kFieldTimestamp, AC::timestamp},
    {activity_field::kTotalTimerTime, AC::total_timer_time},
    {activity_field::kNumSessions, AC::num_sessions},
    {activity_field::kType, AC::type},
    {activity_field::kEvent, AC::event},
    {activity_field::kEventType, AC::event_type},
    {activity_field::kLocalTimestamp, AC::local_timestamp},
});

constexpr SlotTable kHrvTable = make_table<HrvSlot>({{hrv_field::kTime, HrvSlot::time}});

using TC = TimestampCorrelationSlot;
constexpr SlotTable kTimestampCorrelationTable = make_table<TC>({
    {kFieldTimestamp, TC::timestamp},
    {timestamp_correlation_field::kSystemTimestamp, TC::system_timestamp},
    {timestamp_correlation_field::kLocalTimestamp, TC::local_timestamp},
});

using ST = SetSlot;
constexpr SlotTable kSetTable = make_table<ST>({
    {set_field::kTimestamp, ST::timestamp},
    {set_field::kDuration, ST::duration},
    {set_field::kRepetitions, ST::repetitions},
    {set_field::kWeight, ST::weight},
    {set_field::kSetType, ST::set_type},
    {set_field::kStartTime, ST::start_time},
    {set_field::kCategory, ST::category},
    {set_field::kCategorySubtype, ST::category_subtype},
    {set_field::kWeightDisplayUnit, ST::weight_display_unit},
    {set_field::kMessageIndex, ST::message_index},
    {set_field::kWktStepIndex, ST::wkt_step_index},
});

using WO = WorkoutSlot;
constexpr SlotTable kWorkoutTable = make_table<WO>({
    {kFieldMessageIndex, WO::message_index},
    {workout_field::kSport, WO::sport},
    {workout_field::kCapabilities, WO::capabilities},
    {workout_field::kNumValidSteps, WO::num_valid_steps},
    {workout_field::kWktName, WO::name},
    {workout_field::kSubSport, WO::sub_sport},
});

using WS = WorkoutStepSlot;
constexpr SlotTable kWorkoutStepTable = make_table<WS>({
    {kFieldMessageIndex, WS::message_index},
    {workout_step_field::kWktStepName, WS::name},
    {workout_step_field::kDurationType, WS::duration_type},
    {workout_step_field::kDurationValue, WS::duration_value},
    {workout_step_field::kTargetType, WS::target_type},
    {workout_step_field::kTargetValue, WS::target_value},
    {workout_step_field::kCustomTargetValueLow, WS::custom_target_value_low},
    {workout_step_field::kCustomTargetValueHigh, WS::custom_target_value_high},
    {workout_step_field::kIntensity, WS::intensity},
    {workout_step_field::kNotes, WS::notes},
});

using FD = FieldDescriptionSlot;
constexpr SlotTable kFieldDescriptionTable = make_table<FD>({
    {field_description_field::kDeveloperDataIndex, FD::developer_data_index},
    {field_description_field::kFieldDefinitionNumber, FD::field_definition_number},
    {field_description_field::kFitBaseTypeId, FD::fit_base_type_id},
    {field_description_field::kFieldName, FD::field_name},
    {field_description_field::kScale, FD::scale},
    {field_description_field::kOffset, FD::offset},
    {field_description_field::kUnits, FD::units},
    {field_description_field::kNativeMesgNum, FD::native_mesg_num},
    {field_description_field::kNativeFieldNum, FD::native_field_num},
});

constexpr SlotTable kEmptyTable = make_table<FI>({});

// The base type table, indexed by base type number (bits 0–4 of the base type byte).
constexpr std::array<BaseTypeInfo, 32> make_base_types() {
    std::array<BaseTypeInfo, 32> t{};
    auto set = [&t](BaseType type, std::uint8_t size, bool is_signed, bool is_float, std::uint64_t invalid) {
        t[static_cast<std::uint8_t>(type) & kBaseTypeNumberMask] =
            BaseTypeInfo{size, is_signed, is_float, type == BaseType::string, invalid};
    };
    set(BaseType::enum_, 1, false, false, 0xFF);
    set(BaseType::sint8, 1, true, false, 0x7F);
    set(BaseType::uint8, 1, false, false, 0xFF);
    set(BaseType::sint16, 2, true, false, 0x7FFF);
    set(BaseType::uint16, 2, false, false, 0xFFFF);
    set(BaseType::sint32, 4, true, false, 0x7FFFFFFF);
    set(BaseType::uint32, 4, false, false, 0xFFFFFFFF);
    set(BaseType::string, 1, false, false, 0x00);
    set(BaseType::float32, 4, true, true, 0xFFFFFFFF);
    set(BaseType::float64, 8, true, true, 0xFFFFFFFFFFFFFFFF);
    set(BaseType::uint8z, 1, false, false, 0x00);
    set(BaseType::uint16z, 2, false, false, 0x0000);
    set(BaseType::uint32z, 4, false, false, 0x00000000);
    set(BaseType::byte, 1, false, false, 0xFF);
    set(BaseType::sint64, 8, true, false, 0x7FFFFFFFFFFFFFFF);
    set(BaseType::uint64, 8, false, false, 0xFFFFFFFFFFFFFFFF);
    set(BaseType::uint64z, 8, false, false, 0);
    return t;
}
constexpr std::array<BaseTypeInfo, 32> kBaseTypes = make_base_types();

}  // namespace

const SlotTable& slot_table(MessageKind kind) noexcept {
    switch (kind) {
#define FIT_INTERPRETED_MESSAGE(snake, Pascal, number) \
    case MessageKind::snake:                           \
        return k##Pascal##Table;
#include "ironstride/fit_protocol/fit_message_kinds.def"
        case MessageKind::other: break;
    }
    return kEmptyTable;
}

const BaseTypeInfo& base_type_info(std::uint8_t base_type_byte) noexcept {
    return kBaseTypes[base_type_byte & kBaseTypeNumberMask];
}

FieldPlan make_field_plan(std::uint32_t offset, std::uint8_t size, std::uint8_t base_type, bool swap) noexcept {
    const BaseTypeInfo& info = base_type_info(base_type);
    // A field is usable when its base type is known and its size is a whole number of elements; otherwise its bytes
    // are skipped like those of any field we do not read (e.g. misaligned fields some devices write).
    if (info.size == 0 || size == 0 || size % info.size != 0 || offset > 0xFFFFU) return FieldPlan{};
    FieldPlan field;
    field.offset = static_cast<std::uint16_t>(offset);
    field.size = size;
    field.element_size = info.size;
    field.base_type = base_type;
    field.swap = swap && info.size > 1;
    field.invalid = info.invalid;
    if (info.is_string) {
        field.kind = ReadKind::string;
    } else if (info.is_float) {
        field.kind = ReadKind::floating;
    } else {
        field.kind = info.is_signed ? ReadKind::signed_int : ReadKind::unsigned_int;
    }
    return field;
}

bool MessageView::read_float(const FieldPlan& f, std::size_t index, double& out) const noexcept {
    if ((index + 1) * f.element_size > f.size) return false;
    const std::uint64_t raw = load_element(m_data + f.offset + index * f.element_size, f.element_size, f.swap);
    if (raw == f.invalid) return false;
    const double value = f.element_size == 4 ? static_cast<double>(std::bit_cast<float>(static_cast<std::uint32_t>(raw)))
                                             : std::bit_cast<double>(raw);
    if (!std::isfinite(value)) return false;
    out = value;
    return true;
}

std::string_view MessageView::text_of(const FieldPlan& f) const noexcept {
    if (f.kind != ReadKind::string) return {};
    const auto* chars = reinterpret_cast<const char*>(m_data + f.offset);  // NOLINT: bytes viewed as characters
    const std::string_view all{chars, f.size};
    return all.substr(0, all.find('\0'));
}

void compile_plan(DecodePlan& plan, std::uint16_t global_number, bool big_endian, std::span<const std::byte> fields,
                  std::span<const std::byte> developer_fields) {
    plan.defined = true;
    plan.kind = kind_of(global_number);
    plan.global_number = global_number;
    plan.big_endian = big_endian;
    plan.timestamp = FieldPlan{};
    plan.slots.fill(FieldPlan{});
    plan.developer_fields.clear();

    const bool swap = needs_swap(big_endian);
    const SlotTable& table = slot_table(plan.kind);
    std::uint32_t offset = 0;
    for (std::size_t i = 0; i + kFieldDefinitionSize <= fields.size(); i += kFieldDefinitionSize) {
        const auto number = std::to_integer<std::uint8_t>(fields[i]);
        const auto size = std::to_integer<std::uint8_t>(fields[i + 1]);
        const auto base_type = std::to_integer<std::uint8_t>(fields[i + 2]);
        const FieldPlan field = make_field_plan(offset, size, base_type, swap);
        if (field.kind != ReadKind::absent) {
            if (number == kFieldTimestamp && field.element_size == 4 && field.kind == ReadKind::unsigned_int) {
                plan.timestamp = field;
            }
            const std::uint8_t slot = table[number];
            if (slot != kNoSlot) plan.slots[slot] = field;
        }
        offset += size;
    }
    for (std::size_t i = 0; i + kFieldDefinitionSize <= developer_fields.size(); i += kFieldDefinitionSize) {
        const DeveloperFieldPlan field{static_cast<std::uint16_t>(std::min<std::uint32_t>(offset, 0xFFFFU)),
                                       std::to_integer<std::uint8_t>(developer_fields[i + 1]),
                                       std::to_integer<std::uint8_t>(developer_fields[i]),
                                       std::to_integer<std::uint8_t>(developer_fields[i + 2])};
        if (offset <= 0xFFFFU) plan.developer_fields.push_back(field);
        offset += field.size;
    }
    plan.size = offset;
}

}  // namespace ironstride::ingest::fit::detail
