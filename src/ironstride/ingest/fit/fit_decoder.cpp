#include "ironstride/ingest/fit/fit_decoder.hpp"

#include <chrono>
#include <cmath>
#include <limits>
#include <optional>
#include <type_traits>
#include <utility>

#include <fmt/format.h>

#include "ironstride/ingest/fit/protocol.hpp"

namespace ironstride::ingest::fit {

using detail::DecodePlan;
using detail::MessageKind;
using detail::MessageView;

namespace {

// ---------------------------------------------------------------------------------------------------------------
// Small readers from a MessageView to typed, SI-scaled values.

[[nodiscard]] std::uint8_t octet(const std::byte* p) noexcept { return std::to_integer<std::uint8_t>(*p); }

[[nodiscard]] std::uint32_t le32(const std::byte* p) noexcept {
    return static_cast<std::uint32_t>(detail::load_element(p, sizeof(std::uint32_t), detail::needs_swap(false)));
}
[[nodiscard]] std::uint16_t le16(const std::byte* p) noexcept {
    return static_cast<std::uint16_t>(detail::load_element(p, sizeof(std::uint16_t), detail::needs_swap(false)));
}

[[nodiscard, gnu::always_inline]] inline units::Instant fit_instant(std::int64_t fit_seconds) noexcept {
    return units::Instant{std::chrono::seconds{kFitEpochUnixSeconds + fit_seconds}};
}

// The set_* helpers write a field into a message member only when it is present and valid, leaving it empty
// otherwise; they write straight into the member (see MessageView::read_integer for why not std::optional returns).

/// An integer field narrowed to T; a value that does not fit T (a device that widened the field) is treated as
/// invalid rather than wrapped.
template <typename T, typename Slot>
[[gnu::always_inline]] inline void set(const MessageView& view, Slot slot, std::optional<T>& out) noexcept {
    std::int64_t value = 0;
    if (view.read_integer(view.field(slot), 0, value) && std::in_range<T>(value)) out = static_cast<T>(value);
}

/// The first valid element of an array field.
template <typename T, typename Slot>
void set_first_valid(const MessageView& view, Slot slot, std::optional<T>& out) noexcept {
    std::int64_t value = 0;
    for (std::size_t i = 0, n = view.count(slot); i < n; ++i) {
        if (view.read_integer(view.field(slot), i, value) && std::in_range<T>(value)) {
            out = static_cast<T>(value);
            return;
        }
    }
}

/// raw / scale - offset (profile scale and offset).
template <typename Slot>
[[gnu::always_inline]] inline void set_scaled(const MessageView& view, Slot slot, std::optional<double>& out,
                                              double scale, double offset = 0) noexcept {
    double raw = 0;
    if (view.read_number(view.field(slot), 0, raw)) out = raw / scale - offset;
}

template <typename Slot>
[[gnu::always_inline]] inline void set_instant(const MessageView& view, Slot slot,
                                               std::optional<units::Instant>& out) noexcept {
    std::int64_t raw = 0;
    if (view.read_integer(view.field(slot), 0, raw) && std::in_range<std::uint32_t>(raw)) out = fit_instant(raw);
}

/// The message's timestamp field, or the time of its compressed timestamp header when it has no such field.
template <typename Slot>
[[gnu::always_inline]] inline void set_timestamp(const MessageView& view, Slot slot,
                                                 std::optional<std::uint32_t> header_time,
                                                 std::optional<units::Instant>& out) noexcept {
    if (view.has(slot)) {
        set_instant(view, slot, out);
    } else if (header_time) {
        out = fit_instant(*header_time);
    }
}

/// Semicircles to 1e-7 degrees in integer arithmetic: e7 = semicircles × 1.8e9 / 2^31, rounded to nearest (ties
/// upward). |semicircles| ≤ 2^31, so the product stays below 2^62.
template <typename Slot>
[[gnu::always_inline]] inline void set_position(const MessageView& view, Slot slot,
                                                std::optional<std::int32_t>& out) noexcept {
    std::int64_t semicircles = 0;
    if (!view.read_integer(view.field(slot), 0, semicircles) || !std::in_range<std::int32_t>(semicircles)) return;
    const std::int64_t scaled = semicircles * kE7PerHalfTurn + (std::int64_t{1} << (kSemicircleBitsPerHalfTurn - 1));
    out = static_cast<std::int32_t>(scaled >> kSemicircleBitsPerHalfTurn);
}

/// A local_date_time field.
template <typename Slot>
void set_local(const MessageView& view, Slot slot, std::optional<LocalInstant>& out) noexcept {
    std::int64_t raw = 0;
    if (view.read_integer(view.field(slot), 0, raw) && std::in_range<std::uint32_t>(raw)) {
        out = LocalInstant{std::chrono::seconds{kFitEpochUnixSeconds + raw}};
    }
}

/// Fills the summary fields shared by lap and session.
void read_summary(const MessageView& view, std::optional<std::uint32_t> header_time, SummaryFields& out) noexcept {
    using S = detail::SummarySlot;
    set(view, S::message_index, out.message_index);
    set_timestamp(view, S::timestamp, header_time, out.timestamp);
    set_instant(view, S::start_time, out.start_time);
    set_position(view, S::start_position_lat, out.start_lat_e7);
    set_position(view, S::start_position_long, out.start_lon_e7);
    set_scaled(view, S::total_elapsed_time, out.total_elapsed_time_s, kScaleTime);
    set_scaled(view, S::total_timer_time, out.total_timer_time_s, kScaleTime);
    set_scaled(view, S::total_distance, out.total_distance_m, kScaleDistance);
    out.total_calories_kcal = view.number(S::total_calories);
    set_scaled(view, S::enhanced_avg_speed, out.avg_speed_mps, kScaleSpeed);
    if (!out.avg_speed_mps) set_scaled(view, S::avg_speed, out.avg_speed_mps, kScaleSpeed);
    set_scaled(view, S::enhanced_max_speed, out.max_speed_mps, kScaleSpeed);
    if (!out.max_speed_mps) set_scaled(view, S::max_speed, out.max_speed_mps, kScaleSpeed);
    set(view, S::avg_heart_rate, out.avg_heart_rate_bpm);
    set(view, S::max_heart_rate, out.max_heart_rate_bpm);
    set(view, S::avg_cadence, out.avg_cadence_rpm);
    set(view, S::avg_power, out.avg_power_w);
    out.total_ascent_m = view.number(S::total_ascent);
    out.total_descent_m = view.number(S::total_descent);
    set(view, S::sport, out.sport);
    set(view, S::sub_sport, out.sub_sport);
}

// ---------------------------------------------------------------------------------------------------------------
// One read_fields per typed kind of fit_message_kinds.def: the message's fields from the view, SI-scaled. The
// decoder's state (compressed timestamps, compressed_speed_distance) is applied by FitDecoder.

void read_fields(const MessageView& view, std::optional<std::uint32_t> /*header_time*/, FileIdMessage& m) noexcept {
    using S = detail::FileIdSlot;
    set(view, S::type, m.type);
    set(view, S::manufacturer, m.manufacturer);
    set(view, S::product, m.product);
    set(view, S::serial_number, m.serial_number);
    set_instant(view, S::time_created, m.time_created);
    set(view, S::number, m.number);
    m.product_name = view.text(S::product_name);
}

void read_fields(const MessageView& view, std::optional<std::uint32_t> /*header_time*/, SportMessage& m) noexcept {
    using S = detail::SportSlot;
    set(view, S::sport, m.sport);
    set(view, S::sub_sport, m.sub_sport);
    m.name = view.text(S::name);
}

void read_fields(const MessageView& view, std::optional<std::uint32_t> header_time, DeviceInfoMessage& m) noexcept {
    using S = detail::DeviceInfoSlot;
    set_timestamp(view, S::timestamp, header_time, m.timestamp);
    set(view, S::device_index, m.device_index);
    set(view, S::device_type, m.device_type);
    set(view, S::manufacturer, m.manufacturer);
    set(view, S::serial_number, m.serial_number);
    set(view, S::product, m.product);
    set_scaled(view, S::software_version, m.software_version, kScaleSoftwareVersion);
    set(view, S::hardware_version, m.hardware_version);
    set(view, S::battery_status, m.battery_status);
    set(view, S::source_type, m.source_type);
    m.descriptor = view.text(S::descriptor);
    m.product_name = view.text(S::product_name);
}

void read_fields(const MessageView& view, std::optional<std::uint32_t> header_time, EventMessage& m) noexcept {
    using S = detail::EventSlot;
    set_timestamp(view, S::timestamp, header_time, m.timestamp);
    set(view, S::event, m.event);
    set(view, S::event_type, m.event_type);
    set(view, S::data, m.data);
    if (!m.data) set(view, S::data16, m.data);  // data16 expands to data (profile component)
    set(view, S::event_group, m.event_group);
}

/// Everything of a record but compressed_speed_distance (FitDecoder::add_compressed_speed_distance).
[[gnu::always_inline]] inline void read_fields(const MessageView& view, std::optional<std::uint32_t> header_time,
                                               RecordMessage& m) noexcept {
    using S = detail::RecordSlot;
    set_timestamp(view, S::timestamp, header_time, m.timestamp);
    set_position(view, S::position_lat, m.lat_e7);
    set_position(view, S::position_long, m.lon_e7);
    set_scaled(view, S::enhanced_altitude, m.altitude_m, kScaleAltitude, kOffsetAltitude);
    if (!m.altitude_m) set_scaled(view, S::altitude, m.altitude_m, kScaleAltitude, kOffsetAltitude);
    set_scaled(view, S::enhanced_speed, m.speed_mps, kScaleSpeed);
    if (!m.speed_mps) set_scaled(view, S::speed, m.speed_mps, kScaleSpeed);
    set_scaled(view, S::distance, m.distance_m, kScaleDistance);
    set(view, S::heart_rate, m.heart_rate_bpm);
    if (double cadence = 0; view.read_number(view.field(S::cadence), 0, cadence)) {
        double fraction = 0;
        if (view.read_number(view.field(S::fractional_cadence), 0, fraction)) {
            cadence += fraction / kScaleFractionalCadence;
        }
        m.cadence_rpm = cadence;
    }
    set(view, S::power, m.power_w);
    set(view, S::temperature, m.temperature_c);
}

void read_fields(const MessageView& view, std::optional<std::uint32_t> header_time, LapMessage& m) noexcept {
    using S = detail::SummarySlot;
    read_summary(view, header_time, m);
    set(view, S::intensity, m.intensity);
    set(view, S::lap_trigger, m.lap_trigger);
}

void read_fields(const MessageView& view, std::optional<std::uint32_t> header_time, SessionMessage& m) noexcept {
    using S = detail::SummarySlot;
    read_summary(view, header_time, m);
    set(view, S::max_cadence, m.max_cadence_rpm);
    set(view, S::max_power, m.max_power_w);
    set(view, S::min_heart_rate, m.min_heart_rate_bpm);
    set(view, S::first_lap_index, m.first_lap_index);
    set(view, S::num_laps, m.num_laps);
    m.sport_profile_name = view.text(S::sport_profile_name);
}

void read_fields(const MessageView& view, std::optional<std::uint32_t> header_time, ActivityMessage& m) noexcept {
    using S = detail::ActivitySlot;
    set_timestamp(view, S::timestamp, header_time, m.timestamp);
    set_scaled(view, S::total_timer_time, m.total_timer_time_s, kScaleTime);
    set(view, S::num_sessions, m.num_sessions);
    set(view, S::type, m.type);
    set(view, S::event, m.event);
    set(view, S::event_type, m.event_type);
    set_local(view, S::local_timestamp, m.local_timestamp);
}

void read_fields(const MessageView& view, std::optional<std::uint32_t> /*header_time*/, HrvMessage& m) noexcept {
    using S = detail::HrvSlot;
    for (std::size_t i = 0, n = view.count(S::time); i < n && m.count < HrvMessage::kMaxValues; ++i) {
        if (double raw = 0; view.read_number(view.field(S::time), i, raw)) m.values_s[m.count++] = raw / kScaleHrvTime;
    }
}

void read_fields(const MessageView& view, std::optional<std::uint32_t> header_time,
                 TimestampCorrelationMessage& m) noexcept {
    using S = detail::TimestampCorrelationSlot;
    set_timestamp(view, S::timestamp, header_time, m.timestamp);
    set_instant(view, S::system_timestamp, m.system_timestamp);
    set_local(view, S::local_timestamp, m.local_timestamp);
}

void read_fields(const MessageView& view, std::optional<std::uint32_t> header_time, SetMessage& m) noexcept {
    using S = detail::SetSlot;
    set_timestamp(view, S::timestamp, header_time, m.timestamp);
    set_instant(view, S::start_time, m.start_time);
    set_scaled(view, S::duration, m.duration_s, kScaleTime);
    set(view, S::repetitions, m.repetitions);
    set_scaled(view, S::weight, m.weight_kg, kScaleSetWeight);
    set(view, S::set_type, m.set_type);
    set_first_valid(view, S::category, m.category);
    set_first_valid(view, S::category_subtype, m.category_subtype);
    set(view, S::weight_display_unit, m.weight_display_unit);
    set(view, S::message_index, m.message_index);
    set(view, S::wkt_step_index, m.wkt_step_index);
}

void read_fields(const MessageView& view, std::optional<std::uint32_t> /*header_time*/, WorkoutMessage& m) noexcept {
    using S = detail::WorkoutSlot;
    set(view, S::message_index, m.message_index);
    set(view, S::sport, m.sport);
    set(view, S::sub_sport, m.sub_sport);
    set(view, S::num_valid_steps, m.num_valid_steps);
    set(view, S::capabilities, m.capabilities);
    m.name = view.text(S::name);
}

void read_fields(const MessageView& view, std::optional<std::uint32_t> /*header_time*/,
                 WorkoutStepMessage& m) noexcept {
    using S = detail::WorkoutStepSlot;
    set(view, S::message_index, m.message_index);
    m.name = view.text(S::name);
    m.notes = view.text(S::notes);
    set(view, S::duration_type, m.duration_type);
    set(view, S::duration_value, m.duration_value);
    set(view, S::target_type, m.target_type);
    set(view, S::target_value, m.target_value);
    set(view, S::custom_target_value_low, m.custom_target_value_low);
    set(view, S::custom_target_value_high, m.custom_target_value_high);
    set(view, S::intensity, m.intensity);
}

/// Why the bytes at a position are no FIT file header, for the failure message.
std::string why_not_a_header(std::span<const std::byte> rest) {
    if (rest.size() < kHeaderSizeWithoutCrc) {
        return fmt::format("{} bytes are too few for a FIT file header (12 or 14 bytes)", rest.size());
    }
    if (const std::uint8_t size = octet(rest.data()); size != kHeaderSizeWithoutCrc && size != kHeaderSizeWithCrc) {
        return fmt::format("the header size byte is {} (allowed: 12 or 14)", size);
    }
    return "the header has no \".FIT\" signature at offset 8";
}

/// The header fields of a FIT file that starts at `pos` (its CRC is read by the caller: 14-byte headers only).
FileHeader read_file_header(std::span<const std::byte> rest, std::size_t pos) noexcept {
    FileHeader header;
    header.byte_offset = pos;
    header.header_size = octet(rest.data());
    header.protocol_version = octet(&rest[kHeaderOffsetProtocolVersion]);
    header.profile_version = le16(&rest[kHeaderOffsetProfileVersion]);
    header.data_size = le32(&rest[kHeaderOffsetDataSize]);
    return header;
}

[[nodiscard]] util::Error failure_at(const std::string& path, std::uint64_t byte_offset, util::ErrorCode code,
                                     std::string message) {
    return util::Error(code, util::SourcePos::at_byte(path, byte_offset), std::move(message));
}

constexpr const char* kDamagedHint =
    "the file is damaged; export it again from the device or app, or `ironstride import --recover` it";

}  // namespace

// ---------------------------------------------------------------------------------------------------------------

/// One FIT file of a (possibly chained) buffer, after the container checks.
struct FitDecoder::Segment {
    FileHeader header;
    std::size_t data_begin = 0;
    std::size_t data_end = 0;
};

FitDecoder::FitDecoder(DecodeOptions options) : m_options(options) {}

bool looks_like_fit(std::span<const std::byte> bytes) noexcept {
    if (bytes.size() < kHeaderSizeWithoutCrc) return false;
    const std::uint8_t header_size = octet(bytes.data());
    if (header_size != kHeaderSizeWithoutCrc && header_size != kHeaderSizeWithCrc) return false;
    for (std::size_t i = 0; i < sizeof kSignature; ++i) {
        if (octet(&bytes[kHeaderOffsetSignature + i]) != kSignature[i]) return false;
    }
    return true;
}

void FitDecoder::reset_file_state() {
    for (auto& plan : m_plans) plan.defined = false;
    m_developer_descriptions.clear();
    m_last_timestamp.reset();
    m_distance_started = false;
    m_distance_last = 0;
    m_distance_accumulated = 0;
}

util::Result<DecodeStats> FitDecoder::decode(std::span<const std::byte> bytes, FitHandler& handler,
                                            std::string_view path_view) {
    const std::string path{path_view};
    DecodeStats stats;
    std::vector<Segment> segments;
    // 1. The container: every chained file's header, data size and CRCs, before any message is delivered.
    if (std::optional<util::Error> failure = check_container(bytes, path, segments, stats)) return std::move(*failure);
    // 2. The content, file by file.
    for (const Segment& segment : segments) {
        reset_file_state();
        ++stats.files;
        handler.on_file_header(segment.header);
        if (SectionResult broken = decode_section(bytes, segment.data_begin, segment.data_end, handler, stats, path)) {
            if (std::optional<util::Error> failure = damaged(std::move(*broken), stats)) return std::move(*failure);
            break;
        }
    }
    return stats;
}

std::optional<util::Error> FitDecoder::damaged(util::Error problem, DecodeStats& stats) const {
    if (m_options.mode != DecodeMode::recover) return problem;
    stats.warnings.push_back(std::move(problem));
    return std::nullopt;
}

std::optional<util::Error> FitDecoder::check_container(std::span<const std::byte> bytes, const std::string& path,
                                                         std::vector<Segment>& segments, DecodeStats& stats) const {
    if (bytes.empty()) return failure_at(path, 0, util::ErrorCode::fit_header, "not a FIT file: the file is empty");
    std::size_t pos = 0;
    while (pos < bytes.size()) {
        const std::span<const std::byte> rest = bytes.subspan(pos);
        if (!looks_like_fit(rest)) {
            const std::string what = why_not_a_header(rest);
            if (segments.empty()) return failure_at(path, pos, util::ErrorCode::fit_header, "not a FIT file: " + what);
            util::Error trailing = failure_at(
                path, pos, util::ErrorCode::fit_header,
                fmt::format("{} bytes follow the FIT file that ends at byte {}, but they are not another (chained) "
                            "FIT file: {}",
                            rest.size(), pos, what));
            if (std::optional<util::Error> failure = damaged(std::move(trailing), stats)) return failure;
            break;
        }
        Segment segment;
        util::Result<bool> more = check_segment(bytes, pos, path, segment, stats);
        if (!more) return more.error();
        segments.push_back(segment);
        if (!more.value()) break;
        pos = segment.data_end + kFileCrcSize;
    }
    return std::nullopt;
}

util::Result<bool> FitDecoder::check_segment(std::span<const std::byte> bytes, std::size_t pos,
                                             const std::string& path, Segment& segment, DecodeStats& stats) const {
    const std::span<const std::byte> rest = bytes.subspan(pos);
    segment.header = read_file_header(rest, pos);
    if (segment.header.header_size == kHeaderSizeWithCrc) {
        if (rest.size() < kHeaderSizeWithCrc) {
            return failure_at(path, pos, util::ErrorCode::fit_truncated, fmt::format("the 14-byte FIT header is cut off after {} bytes", rest.size()));
        }
        segment.header.header_crc = le16(&rest[kHeaderOffsetCrc]);
        const std::uint16_t stored = segment.header.header_crc;  // 0: the writer computed none
        if (const std::uint16_t computed = stored == 0 ? 0 : crc16(rest.first(kHeaderSizeWithoutCrc));
            computed != stored) {
            if (auto failure = damaged(failure_at(path, pos + kHeaderOffsetCrc, util::ErrorCode::fit_crc_mismatch,
                                                  fmt::format("header CRC mismatch: stored 0x{:04X}, computed "
                                                              "0x{:04X} ({})",
                                                              segment.header.header_crc, computed, kDamagedHint)),
                                       stats)) {
                return std::move(*failure);
            }
        }
    }
    segment.data_begin = pos + segment.header.header_size;
    if (std::optional<util::Error> unsized = check_data_size(bytes, pos, path, segment)) {
        // Truncated or never finished: in recover mode the data runs to the end of the buffer, the last file.
        if (auto failure = damaged(std::move(*unsized), stats)) return std::move(*failure);
        segment.data_end = bytes.size();
        return false;
    }
    const std::uint16_t stored = le16(&bytes[segment.data_end]);
    const std::uint16_t computed = crc16(bytes.subspan(pos, segment.data_end - pos));
    if (stored != computed) {
        if (auto failure = damaged(failure_at(path, segment.data_end, util::ErrorCode::fit_crc_mismatch,
                                              fmt::format("file CRC mismatch: stored 0x{:04X}, computed 0x{:04X} over "
                                                          "bytes {}..{} ({})",
                                                          stored, computed, pos, segment.data_end - 1, kDamagedHint)),
                                   stats)) {
            return std::move(*failure);
        }
    }
    return true;
}

std::optional<util::Error> FitDecoder::check_data_size(std::span<const std::byte> bytes, std::size_t pos,
                                                         const std::string& path, Segment& segment) {
    const std::size_t after_header = bytes.size() - segment.data_begin;
    if (segment.header.data_size > after_header || after_header - segment.header.data_size < kFileCrcSize) {
        return failure_at(path, pos + kHeaderOffsetDataSize, util::ErrorCode::fit_truncated,
                          fmt::format("truncated: the header declares {} data bytes and a 2-byte CRC, but only {} "
                                      "bytes follow the header ({})",
                                      segment.header.data_size, after_header, kDamagedHint));
    }
    segment.data_end = segment.data_begin + segment.header.data_size;
    if (segment.header.data_size == 0 && after_header > kFileCrcSize &&
        !looks_like_fit(bytes.subspan(segment.data_end + kFileCrcSize))) {
        // Devices write the header first and patch data size and CRC in when they close the file.
        return failure_at(path, pos + kHeaderOffsetDataSize, util::ErrorCode::fit_truncated,
                          fmt::format("unfinished file: the header declares 0 data bytes, yet {} bytes follow it; the "
                                      "recording device probably never closed the file (`ironstride import "
                                      "--recover` reads what it holds)",
                                      after_header));
    }
    return std::nullopt;
}

FitDecoder::SectionResult FitDecoder::decode_section(std::span<const std::byte> bytes, std::size_t begin,
                                                     std::size_t end, FitHandler& handler, DecodeStats& stats,
                                                     const std::string& path) {
    const std::byte* const base = bytes.data();
    std::size_t pos = begin;
    while (pos < end) {
        const std::uint8_t header = octet(base + pos);
        if ((header & kCompressedHeaderBit) == 0 && (header & kDefinitionBit) != 0) {
            util::Result<std::size_t> length = read_definition(base, pos, end, header, path);
            if (!length) return length.error();
            ++stats.definitions;
            pos += 1 + length.value();
            continue;
        }
        unsigned local = header & kLocalTypeMask;
        std::optional<std::uint32_t> header_time;
        if ((header & kCompressedHeaderBit) != 0) {
            local = (header >> kCompressedLocalTypeShift) & kCompressedLocalTypeMask;
            header_time = advance_compressed_time(header);
            ++stats.compressed_timestamps;
        }
        const DecodePlan& plan = m_plans[local];
        if (!plan.defined) {
            return failure_at(path, pos, util::ErrorCode::fit_undefined_message,
                              fmt::format("a data message uses local message type {}, which no definition message has "
                                          "defined ({})",
                                          local, kDamagedHint));
        }
        if (plan.size > end - pos - 1) {
            return failure_at(path, pos, util::ErrorCode::fit_truncated,
                              fmt::format("the data message of global message {} needs {} bytes but the data section "
                                          "ends after {} ({})",
                                          plan.global_number, plan.size, end - pos - 1, kDamagedHint));
        }
        dispatch(plan, base + pos + 1, pos, header_time, handler, stats);
        pos += 1 + plan.size;
    }
    return std::nullopt;
}

std::uint32_t FitDecoder::advance_compressed_time(std::uint8_t header) noexcept {
    // The 5-bit offset replaces the low bits of the last timestamp, rolling over every 32 s. A file that never gave
    // a full timestamp counts from 0.
    const std::uint32_t offset = header & kCompressedTimeMask;
    const std::uint32_t last = m_last_timestamp.value_or(0);
    const std::uint32_t time = last + ((offset - (last & kCompressedTimeMask)) & kCompressedTimeMask);
    m_last_timestamp = time;
    return time;
}

util::Result<std::size_t> FitDecoder::read_definition(const std::byte* base, std::size_t pos, std::size_t end,
                                                      std::uint8_t header, const std::string& path) {
    const std::size_t available = end - pos - 1;
    if (available < kDefinitionFixedSize) {
        return failure_at(path, pos, util::ErrorCode::fit_truncated,
                          fmt::format("the definition message is cut off by the end of the data section at byte {} "
                                      "({})",
                                      end, kDamagedHint));
    }
    const std::byte* def = base + pos + 1;
    const std::uint8_t architecture = octet(def + kDefinitionOffsetArchitecture);
    if (architecture != kArchitectureLittleEndian && architecture != kArchitectureBigEndian) {
        return failure_at(path, pos + 1 + kDefinitionOffsetArchitecture, util::ErrorCode::fit_bad_record,
                          fmt::format("the definition message's architecture byte is 0x{:02X} (allowed: 0 = little "
                                      "endian, 1 = big endian); {}",
                                      architecture, kDamagedHint));
    }
    const bool big_endian = architecture == kArchitectureBigEndian;
    const auto global = static_cast<std::uint16_t>(detail::load_element(def + kDefinitionOffsetGlobalNumber,
                                                                        sizeof(std::uint16_t),
                                                                        detail::needs_swap(big_endian)));
    const std::size_t field_bytes = std::size_t{octet(def + kDefinitionOffsetFieldCount)} * kFieldDefinitionSize;
    std::size_t length = kDefinitionFixedSize + field_bytes;
    std::size_t developer_bytes = 0;
    if ((header & kDeveloperDataBit) != 0) {
        if (available < length + 1) {
            length = available + 1;  // reported below
        } else {
            developer_bytes = std::size_t{octet(def + length)} * kFieldDefinitionSize;
        }
        length += 1 + developer_bytes;
    }
    if (length > available) {
        return failure_at(path, pos, util::ErrorCode::fit_truncated,
                          fmt::format("the definition message of global message {} needs {} bytes but the data "
                                      "section ends after {} ({})",
                                      global, length, available, kDamagedHint));
    }
    const std::span<const std::byte> fields{def + kDefinitionFixedSize, field_bytes};
    const std::span<const std::byte> developer_fields{def + kDefinitionFixedSize + field_bytes + 1, developer_bytes};
    detail::compile_plan(m_plans[header & kLocalTypeMask], global, big_endian, fields, developer_fields);
    return length;
}

void FitDecoder::dispatch(const DecodePlan& plan, const std::byte* data, std::uint64_t byte_offset,
                          std::optional<std::uint32_t> header_time, FitHandler& handler, DecodeStats& stats) {
    ++stats.messages;
    if (plan.timestamp.size != 0) {
        const auto raw = static_cast<std::uint32_t>(
            detail::load_element(data + plan.timestamp.offset, sizeof(std::uint32_t), plan.timestamp.swap));
        if (raw != std::numeric_limits<std::uint32_t>::max()) m_last_timestamp = raw;
    }
    const MessageView view{plan, data};
    switch (plan.kind) {
        // Every typed kind of the table: read its fields, hand it to FitHandler::on_<kind>.
#define FIT_TYPED_MESSAGE(snake, Pascal, number)                                 \
    case MessageKind::snake:                                                     \
        deliver(&FitHandler::on_##snake, view, header_time, handler, stats);     \
        break;
#include "ironstride/fit_protocol/fit_message_kinds.def"
        case MessageKind::field_description:
            remember_field_description(view);
            [[fallthrough]];
        case MessageKind::other:
            ++stats.other_messages;
            handler.on_other_message(OtherMessage{plan.global_number, byte_offset, {data, plan.size}});
            break;
    }
    if (!plan.developer_fields.empty()) deliver_developer_fields(plan, data, handler, stats);
}

template <typename Message>
void FitDecoder::deliver(void (FitHandler::*callback)(const Message&), const MessageView& view,
                         std::optional<std::uint32_t> header_time, FitHandler& handler, DecodeStats& stats) {
    Message message;
    read_fields(view, header_time, message);
    if constexpr (std::is_same_v<Message, RecordMessage>) {
        ++stats.records;
        add_compressed_speed_distance(view, message);
    }
    (handler.*callback)(message);
}

void FitDecoder::add_compressed_speed_distance(const MessageView& view, RecordMessage& m) noexcept {
    using S = detail::RecordSlot;
    if (view.count(S::compressed_speed_distance) < kCompressedSpeedDistanceSize ||
        view.field(S::compressed_speed_distance).element_size != 1 ||
        view.field(S::compressed_speed_distance).kind == detail::ReadKind::string) {
        return;
    }
    // Three bytes, bits read least significant first: speed in bits 0–11, distance in bits 12–23.
    const std::span<const std::byte> b = view.bytes(S::compressed_speed_distance);
    const std::uint32_t packed =
        octet(&b[0]) | (std::uint32_t{octet(&b[1])} << 8U) | (std::uint32_t{octet(&b[2])} << 16U);
    if (packed == kCompressedSpeedDistanceInvalid) return;
    const std::uint32_t speed = packed & kCompressedSpeedDistanceMask;
    const std::uint32_t distance = (packed >> kCompressedSpeedDistanceBits) & kCompressedSpeedDistanceMask;
    if (!m_distance_started) {
        m_distance_started = true;
        m_distance_accumulated = distance;
    } else {
        m_distance_accumulated += (distance - m_distance_last) & kCompressedSpeedDistanceMask;
    }
    m_distance_last = distance;
    if (!m.speed_mps) m.speed_mps = speed / kScaleCompressedSpeed;
    if (!m.distance_m) m.distance_m = static_cast<double>(m_distance_accumulated) / kScaleCompressedDistance;
}

void FitDecoder::remember_field_description(const MessageView& view) {
    using S = detail::FieldDescriptionSlot;
    std::optional<std::uint8_t> index;
    std::optional<std::uint8_t> number;
    std::optional<std::uint8_t> base_type;
    set(view, S::developer_data_index, index);
    set(view, S::field_definition_number, number);
    set(view, S::fit_base_type_id, base_type);
    if (!index || !number || !base_type) return;  // a description that describes nothing
    DeveloperDescription description;
    description.developer_data_index = *index;
    description.field_number = *number;
    description.base_type = *base_type;
    description.name = view.text(S::field_name);
    description.units = view.text(S::units);
    if (const auto scale = view.number(S::scale); scale && *scale != 0) description.scale = *scale;
    if (const auto offset = view.number(S::offset)) description.offset = *offset;
    set(view, S::native_mesg_num, description.native_message_number);
    set(view, S::native_field_num, description.native_field_number);
    for (auto& known : m_developer_descriptions) {
        if (known.developer_data_index == *index && known.field_number == *number) {
            known = description;
            return;
        }
    }
    m_developer_descriptions.push_back(description);
}

void FitDecoder::deliver_developer_fields(const DecodePlan& plan, const std::byte* data, FitHandler& handler,
                                          DecodeStats& stats) {
    for (const detail::DeveloperFieldPlan& field : plan.developer_fields) {
        const DeveloperDescription* description = nullptr;
        for (const auto& known : m_developer_descriptions) {
            if (known.developer_data_index == field.developer_data_index && known.field_number == field.field_number) {
                description = &known;
                break;
            }
        }
        if (description == nullptr) continue;  // no field_description: skipped by its size, like the FIT SDK does
        DeveloperField out;
        out.message_number = plan.global_number;
        out.developer_data_index = field.developer_data_index;
        out.field_number = field.field_number;
        out.base_type = description->base_type;
        out.name = description->name;
        out.units = description->units;
        out.native_message_number = description->native_message_number;
        out.native_field_number = description->native_field_number;
        out.bytes = {data + field.offset, field.size};
        const std::uint8_t element_size = detail::base_type_info(description->base_type).size;
        if (element_size != 0 && field.size >= element_size) {
            const detail::FieldPlan element = detail::make_field_plan(field.offset, element_size, description->base_type,
                                                                      detail::needs_swap(plan.big_endian));
            if (const std::optional<double> raw = MessageView{plan, data}.number_of(element, 0)) {
                out.value = *raw / description->scale - description->offset;
            }
        }
        ++stats.developer_fields;
        handler.on_developer_field(out);
    }
}

}  // namespace ironstride::ingest::fit
