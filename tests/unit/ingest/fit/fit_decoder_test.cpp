#include "ironstride/ingest/fit/fit_decoder.hpp"

#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "ironstride/fit_protocol/fit_crc.hpp"
#include "ironstride/fit_protocol/fit_profile.hpp"
#include "ironstride/writers/fit/fit_writer.hpp"

namespace ironstride::ingest::fit {
namespace {

using writers::fit::DeveloperFieldDefinition;
using writers::fit::FieldDefinition;
using writers::fit::FitWriter;
using ::testing::HasSubstr;

constexpr std::uint32_t kT0 = 1'000'000'000;  // a FIT date_time: 2021-09-08T01:46:40Z
const units::Instant kT0Utc = units::Instant{std::chrono::seconds{kFitEpochUnixSeconds + kT0}};

units::Instant at(std::uint32_t fit_seconds) {
    return units::Instant{std::chrono::seconds{kFitEpochUnixSeconds + fit_seconds}};
}

/// Keeps copies of what the decoder delivers.
struct Recorder final : FitHandler {
    std::vector<FileHeader> headers;
    std::vector<FileIdMessage> file_ids;
    std::vector<std::string> product_names;
    std::vector<RecordMessage> records;
    std::vector<EventMessage> events;
    std::vector<SessionMessage> sessions;
    std::vector<LapMessage> laps;
    std::vector<SetMessage> sets;
    std::vector<std::vector<double>> hrv;
    std::vector<ActivityMessage> activities;
    std::vector<DeviceInfoMessage> devices;
    struct Dev {
        std::uint16_t message;
        std::string name;
        std::string units;
        std::optional<double> value;
        std::size_t size;
    };
    std::vector<Dev> developer;
    std::vector<std::uint16_t> others;

    void on_file_header(const FileHeader& h) override { headers.push_back(h); }
    void on_file_id(const FileIdMessage& m) override {
        file_ids.push_back(m);
        product_names.emplace_back(m.product_name);
    }
    void on_record(const RecordMessage& m) override { records.push_back(m); }
    void on_event(const EventMessage& m) override { events.push_back(m); }
    void on_session(const SessionMessage& m) override { sessions.push_back(m); }
    void on_lap(const LapMessage& m) override { laps.push_back(m); }
    void on_set(const SetMessage& m) override { sets.push_back(m); }
    void on_hrv(const HrvMessage& m) override { hrv.emplace_back(m.intervals_s().begin(), m.intervals_s().end()); }
    void on_activity(const ActivityMessage& m) override { activities.push_back(m); }
    void on_device_info(const DeviceInfoMessage& m) override { devices.push_back(m); }
    void on_developer_field(const DeveloperField& f) override {
        developer.push_back(Dev{f.message_number, std::string{f.name}, std::string{f.units}, f.value, f.bytes.size()});
    }
    void on_other_message(const OtherMessage& m) override { others.push_back(m.message_number); }
};

util::Result<DecodeStats> decode(const std::vector<std::byte>& bytes, Recorder& recorder,
                                 DecodeMode mode = DecodeMode::strict) {
    FitDecoder decoder{DecodeOptions{mode}};
    return decoder.decode(bytes, recorder, "test.fit");
}

// The record definition most tests use: timestamp, position, heart rate, distance, speed, altitude.
const std::array<FieldDefinition, 7> kRecordFields{{
    {kFieldTimestamp, 4, BaseType::uint32},
    {record_field::kPositionLat, 4, BaseType::sint32},
    {record_field::kPositionLong, 4, BaseType::sint32},
    {record_field::kHeartRate, 1, BaseType::uint8},
    {record_field::kDistance, 4, BaseType::uint32},
    {record_field::kSpeed, 2, BaseType::uint16},
    {record_field::kAltitude, 2, BaseType::uint16},
}};

void write_record(FitWriter& w, std::uint8_t local, std::uint32_t time, std::int32_t lat, std::int32_t lon,
                  std::uint8_t hr, std::uint32_t distance_cm, std::uint16_t speed_mm_s, std::uint16_t altitude_raw) {
    w.message(local).u32(time).s32(lat).s32(lon).u8(hr).u32(distance_cm).u16(speed_mm_s).u16(altitude_raw);
}

std::vector<std::byte> one_record_file(bool big_endian) {
    FitWriter w;
    w.define(0, mesg_num::kRecord, kRecordFields, big_endian);
    write_record(w, 0, kT0, 0x1C71C71C, -0x0E38E38E, 150, 123456, 3456, 2600);
    return w.end_file().take();
}

// ---------------------------------------------------------------------------------------------------------------
// The container.

// Written byte by byte from the protocol document (CRCs from a bitwise CRC-16/ARC), independent of FitWriter.
TEST(FitDecoder, DecodesAHandWrittenMinimalFile) {
    const std::vector<std::byte> bytes = [] {
        const std::array<unsigned, 32> octets{0x0E, 0x20, 0xE1, 0x52, 0x10, 0x00, 0x00, 0x00, 0x2E, 0x46, 0x49,
                                              0x54, 0x2D, 0x79, 0x40, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x01,
                                              0x00, 0x01, 0x02, 0x84, 0x00, 0x04, 0x01, 0x00, 0x96, 0xB5};
        std::vector<std::byte> out;
        for (const unsigned o : octets) out.push_back(static_cast<std::byte>(o));
        return out;
    }();
    Recorder r;
    const auto result = decode(bytes, r);
    ASSERT_TRUE(result.ok()) << result.error().to_string();
    ASSERT_EQ(r.headers.size(), 1U);
    EXPECT_EQ(r.headers[0].header_size, 14);
    EXPECT_EQ(r.headers[0].profile_version, 21217);
    EXPECT_EQ(r.headers[0].data_size, 16U);
    ASSERT_EQ(r.file_ids.size(), 1U);
    EXPECT_EQ(r.file_ids[0].type, file_type::kActivity);
    EXPECT_EQ(r.file_ids[0].manufacturer, manufacturer::kGarmin);
    EXPECT_FALSE(r.file_ids[0].product.has_value());
    EXPECT_EQ(result->definitions, 1U);
    EXPECT_EQ(result->messages, 1U);
}

TEST(FitDecoder, WriterProducesTheSameBytesAsTheProtocolDocumentSays) {
    const std::array<FieldDefinition, 2> fields{{{file_id_field::kType, 1, BaseType::enum_},
                                                 {file_id_field::kManufacturer, 2, BaseType::uint16}}};
    FitWriter w;
    w.define(0, mesg_num::kFileId, fields).message(0).u8(file_type::kActivity).u16(manufacturer::kGarmin);
    const auto bytes = w.end_file().take();
    ASSERT_EQ(bytes.size(), 32U);
    EXPECT_EQ(bytes[12], std::byte{0x2D});  // header CRC, low byte
    EXPECT_EQ(bytes[13], std::byte{0x79});
    EXPECT_EQ(bytes[30], std::byte{0x96});  // file CRC
    EXPECT_EQ(bytes[31], std::byte{0xB5});
}

TEST(FitDecoder, Accepts12ByteHeadersAndZeroHeaderCrc) {
    FitWriter w;
    w.define(0, mesg_num::kRecord, kRecordFields);
    write_record(w, 0, kT0, 0, 0, 100, 0, 0, 2500);
    auto bytes = w.end_file(kHeaderSizeWithoutCrc).take();
    Recorder r;
    ASSERT_TRUE(decode(bytes, r).ok());
    EXPECT_EQ(r.records.size(), 1U);

    auto with_crc = one_record_file(false);
    with_crc[12] = std::byte{0};
    with_crc[13] = std::byte{0};
    // The file CRC covers the header, so recompute it.
    const std::uint16_t crc = crc16(std::span<const std::byte>{with_crc}.first(with_crc.size() - 2));
    with_crc[with_crc.size() - 2] = static_cast<std::byte>(crc & 0xFF);
    with_crc[with_crc.size() - 1] = static_cast<std::byte>(crc >> 8);
    Recorder r2;
    const auto result = decode(with_crc, r2);
    ASSERT_TRUE(result.ok()) << result.error().to_string();
    EXPECT_EQ(r2.headers[0].header_crc, 0);
}

TEST(FitDecoder, RejectsWhatIsNoFitFile) {
    Recorder r;
    auto empty = decode({}, r);
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().to_string(), "test.fit: byte 0: not a FIT file: the file is empty");

    auto bytes = one_record_file(false);
    bytes[0] = std::byte{13};
    auto bad_size = decode(bytes, r);
    ASSERT_FALSE(bad_size.ok());
    EXPECT_THAT(bad_size.error().message(), HasSubstr("header size byte is 13 (allowed: 12 or 14)"));

    bytes = one_record_file(false);
    bytes[9] = std::byte{'X'};
    auto no_signature = decode(bytes, r);
    ASSERT_FALSE(no_signature.ok());
    EXPECT_THAT(no_signature.error().message(), HasSubstr("no \".FIT\" signature"));

    auto too_short = decode(std::vector<std::byte>(5, std::byte{14}), r);
    ASSERT_FALSE(too_short.ok());
    EXPECT_THAT(too_short.error().message(), HasSubstr("5 bytes are too few"));
    EXPECT_TRUE(r.records.empty());
}

TEST(FitDecoder, RejectsAHeaderCrcMismatchAtItsOffset) {
    auto bytes = one_record_file(false);
    bytes[12] ^= std::byte{0x01};
    Recorder r;
    const auto result = decode(bytes, r);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().pos().byte_offset, 12U);
    EXPECT_THAT(result.error().message(), HasSubstr("header CRC mismatch"));
    EXPECT_TRUE(r.headers.empty()) << "nothing is delivered before the container is checked";
}

TEST(FitDecoder, RejectsAFileCrcMismatchBeforeDeliveringAnything) {
    auto bytes = one_record_file(false);
    bytes[30] ^= std::byte{0x40};  // inside the record data
    Recorder r;
    const auto result = decode(bytes, r);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().pos().byte_offset, bytes.size() - 2);
    EXPECT_THAT(result.error().message(), HasSubstr("file CRC mismatch: stored 0x"));
    EXPECT_TRUE(r.records.empty());
}

TEST(FitDecoder, RejectsTruncatedFiles) {
    auto bytes = one_record_file(false);
    bytes.resize(bytes.size() - 3);
    Recorder r;
    const auto result = decode(bytes, r);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().pos().byte_offset, 4U);
    EXPECT_THAT(result.error().message(),
                HasSubstr(fmt::format("truncated: the header declares {} data bytes", bytes.size() + 3 - 16)));
}

TEST(FitDecoder, RejectsTrailingBytesThatAreNoChainedFile) {
    auto bytes = one_record_file(false);
    const std::size_t end = bytes.size();
    for (int i = 0; i < 20; ++i) bytes.push_back(std::byte{0xAB});
    Recorder r;
    const auto result = decode(bytes, r);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().pos().byte_offset, end);
    EXPECT_THAT(result.error().message(), HasSubstr("20 bytes follow the FIT file"));
}

TEST(FitDecoder, RejectsAnUnfinishedHeaderWithZeroDataSize) {
    auto bytes = one_record_file(false);
    for (std::size_t i = 4; i < 8; ++i) bytes[i] = std::byte{0};
    bytes[12] = bytes[13] = std::byte{0};
    Recorder r;
    const auto strict = decode(bytes, r);
    ASSERT_FALSE(strict.ok());
    EXPECT_THAT(strict.error().message(), HasSubstr("unfinished file: the header declares 0 data bytes"));

    Recorder recovered;
    const auto result = decode(bytes, recovered, DecodeMode::recover);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(recovered.records.size(), 1U);
    EXPECT_FALSE(result->warnings.empty());
}

// ---------------------------------------------------------------------------------------------------------------
// Definitions and data.

TEST(FitDecoder, ReadsBothByteOrdersToTheSameValues) {
    Recorder little;
    Recorder big;
    ASSERT_TRUE(decode(one_record_file(false), little).ok());
    ASSERT_TRUE(decode(one_record_file(true), big).ok());
    ASSERT_EQ(little.records.size(), 1U);
    ASSERT_EQ(big.records.size(), 1U);
    for (const RecordMessage* m : {&little.records[0], &big.records[0]}) {
        EXPECT_EQ(m->timestamp, kT0Utc);
        // 0x1C71C71C semicircles = 40.0000000 degrees (2^31 semicircles = 180 degrees).
        EXPECT_EQ(m->lat_e7, 400'000'000);
        EXPECT_EQ(m->lon_e7, -200'000'000);
        EXPECT_EQ(m->heart_rate_bpm, 150);
        EXPECT_DOUBLE_EQ(*m->distance_m, 1234.56);
        EXPECT_DOUBLE_EQ(*m->speed_mps, 3.456);
        EXPECT_DOUBLE_EQ(*m->altitude_m, 20.0);  // 2600 / 5 - 500
    }
}

TEST(FitDecoder, BigEndianGlobalMessageNumbersAreSwapped) {
    const std::array<FieldDefinition, 1> fields{{{set_field::kRepetitions, 2, BaseType::uint16}}};
    FitWriter w;
    w.define(3, mesg_num::kSet, fields, /*big_endian=*/true).message(3).u16(0x0102);
    Recorder r;
    ASSERT_TRUE(decode(w.end_file().take(), r).ok());
    ASSERT_EQ(r.sets.size(), 1U);  // global 225 written as 00 E1
    EXPECT_EQ(r.sets[0].repetitions, 0x0102);
}

TEST(FitDecoder, InvalidSentinelsReadAsAbsent) {
    FitWriter w;
    w.define(0, mesg_num::kRecord, kRecordFields);
    write_record(w, 0, kT0, 0x7FFFFFFF, 0x7FFFFFFF, 0xFF, 0xFFFFFFFF, 0xFFFF, 0xFFFF);
    const std::array<FieldDefinition, 3> file_id{{{file_id_field::kType, 1, BaseType::enum_},
                                                  {file_id_field::kSerialNumber, 4, BaseType::uint32z},
                                                  {file_id_field::kProductName, 6, BaseType::string}}};
    w.define(1, mesg_num::kFileId, file_id).message(1).u8(0xFF).u32(0).text("", 6);
    Recorder r;
    ASSERT_TRUE(decode(w.end_file().take(), r).ok());
    ASSERT_EQ(r.records.size(), 1U);
    const RecordMessage& m = r.records[0];
    EXPECT_EQ(m.timestamp, kT0Utc);
    EXPECT_FALSE(m.lat_e7.has_value());
    EXPECT_FALSE(m.lon_e7.has_value());
    EXPECT_FALSE(m.heart_rate_bpm.has_value());
    EXPECT_FALSE(m.distance_m.has_value());
    EXPECT_FALSE(m.speed_mps.has_value());
    EXPECT_FALSE(m.altitude_m.has_value());
    ASSERT_EQ(r.file_ids.size(), 1U);
    EXPECT_FALSE(r.file_ids[0].type.has_value());           // enum 0xFF
    EXPECT_FALSE(r.file_ids[0].serial_number.has_value());  // uint32z 0
    EXPECT_EQ(r.product_names[0], "");                      // empty string
}

TEST(FitDecoder, AppliesScaleAndOffsetAndPrefersEnhancedFields) {
    const std::array<FieldDefinition, 5> fields{{
        {kFieldTimestamp, 4, BaseType::uint32},
        {record_field::kAltitude, 2, BaseType::uint16},
        {record_field::kEnhancedAltitude, 4, BaseType::uint32},
        {record_field::kSpeed, 2, BaseType::uint16},
        {record_field::kEnhancedSpeed, 4, BaseType::uint32},
    }};
    FitWriter w;
    w.define(0, mesg_num::kRecord, fields).message(0).u32(kT0).u16(100).u32(2000).u16(1).u32(70000);
    const std::array<FieldDefinition, 7> session{{
        {kFieldTimestamp, 4, BaseType::uint32},
        {summary_field::kStartTime, 4, BaseType::uint32},
        {summary_field::kTotalElapsedTime, 4, BaseType::uint32},
        {summary_field::kTotalTimerTime, 4, BaseType::uint32},
        {summary_field::kTotalDistance, 4, BaseType::uint32},
        {session_field::kAvgSpeed, 2, BaseType::uint16},
        {session_field::kEnhancedAvgSpeed, 4, BaseType::uint32},
    }};
    w.define(1, mesg_num::kSession, session).message(1).u32(kT0 + 100).u32(kT0).u32(100'500).u32(90'250).u32(50'001);
    w.u16(2000).u32(2500);
    Recorder r;
    ASSERT_TRUE(decode(w.end_file().take(), r).ok());
    ASSERT_EQ(r.records.size(), 1U);
    EXPECT_DOUBLE_EQ(*r.records[0].altitude_m, -100.0);  // enhanced: 2000 / 5 - 500
    EXPECT_DOUBLE_EQ(*r.records[0].speed_mps, 70.0);     // enhanced: 70000 / 1000
    ASSERT_EQ(r.sessions.size(), 1U);
    const SessionMessage& s = r.sessions[0];
    EXPECT_EQ(s.start_time, kT0Utc);
    EXPECT_DOUBLE_EQ(*s.total_elapsed_time_s, 100.5);
    EXPECT_DOUBLE_EQ(*s.total_timer_time_s, 90.25);
    EXPECT_DOUBLE_EQ(*s.total_distance_m, 500.01);
    EXPECT_DOUBLE_EQ(*s.avg_speed_mps, 2.5);
}

TEST(FitDecoder, ReadsStrengthSetsHrvAndEvents) {
    const std::array<FieldDefinition, 8> set_fields{{
        {set_field::kTimestamp, 4, BaseType::uint32},
        {set_field::kDuration, 4, BaseType::uint32},
        {set_field::kRepetitions, 2, BaseType::uint16},
        {set_field::kWeight, 2, BaseType::uint16},
        {set_field::kSetType, 1, BaseType::uint8},
        {set_field::kStartTime, 4, BaseType::uint32},
        {set_field::kCategory, 4, BaseType::uint16},  // an array of two
        {set_field::kCategorySubtype, 4, BaseType::uint16},
    }};
    const std::array<FieldDefinition, 1> hrv_fields{{{hrv_field::kTime, 10, BaseType::uint16}}};
    const std::array<FieldDefinition, 4> event_fields{{{kFieldTimestamp, 4, BaseType::uint32},
                                                       {event_field::kEvent, 1, BaseType::enum_},
                                                       {event_field::kEventType, 1, BaseType::enum_},
                                                       {event_field::kData16, 2, BaseType::uint16}}};
    FitWriter w;
    w.define(0, mesg_num::kSet, set_fields).message(0).u32(kT0 + 40).u32(35'500).u16(8).u16(16 * 100 + 8).u8(1);
    w.u32(kT0 + 5).u16(0xFFFF).u16(28).u16(0xFFFF).u16(6);
    w.define(1, mesg_num::kHrv, hrv_fields).message(1).u16(812).u16(0xFFFF).u16(790).u16(0xFFFF).u16(0xFFFF);
    w.define(2, mesg_num::kEvent, event_fields).message(2).u32(kT0).u8(event::kTimer).u8(event_type::kStart).u16(7);
    Recorder r;
    ASSERT_TRUE(decode(w.end_file().take(), r).ok());
    ASSERT_EQ(r.sets.size(), 1U);
    const SetMessage& s = r.sets[0];
    EXPECT_EQ(s.timestamp, at(kT0 + 40));  // set's timestamp is field 254
    EXPECT_EQ(s.start_time, at(kT0 + 5));
    EXPECT_DOUBLE_EQ(*s.duration_s, 35.5);
    EXPECT_EQ(s.repetitions, 8);
    EXPECT_DOUBLE_EQ(*s.weight_kg, 100.5);  // 1608 / 16
    EXPECT_EQ(s.set_type, set_type::kActive);
    EXPECT_EQ(s.category, 28);  // the first valid entry of the array
    EXPECT_EQ(s.category_subtype, 6);
    ASSERT_EQ(r.hrv.size(), 1U);
    EXPECT_THAT(r.hrv[0], ::testing::ElementsAre(0.812, 0.790));
    ASSERT_EQ(r.events.size(), 1U);
    EXPECT_EQ(r.events[0].data, 7U);  // data16 expands to data
}

TEST(FitDecoder, CompressedTimestampsFollowTheLastFullTimestampAndRollOver) {
    const std::array<FieldDefinition, 1> hr_only{{{record_field::kHeartRate, 1, BaseType::uint8}}};
    const std::uint32_t base = kT0 + 27;  // low five bits: 1000000027 & 31 = 27
    ASSERT_EQ(base & 0x1F, 27U);
    FitWriter w;
    w.define(0, mesg_num::kRecord, kRecordFields);
    write_record(w, 0, base, 0, 0, 100, 0, 0, 2500);
    w.define(1, mesg_num::kRecord, hr_only);
    w.compressed_message(1, 29).u8(101);  // +2 s
    w.compressed_message(1, 3).u8(102);   // rolls over: 29 -> 3 is +6 s
    w.compressed_message(1, 3).u8(103);   // same second again
    w.compressed_message(1, 2).u8(104);   // 3 -> 2 is +31 s
    Recorder r;
    const auto result = decode(w.end_file().take(), r);
    ASSERT_TRUE(result.ok()) << result.error().to_string();
    EXPECT_EQ(result->compressed_timestamps, 4U);
    ASSERT_EQ(r.records.size(), 5U);
    EXPECT_EQ(r.records[1].timestamp, at(base + 2));
    EXPECT_EQ(r.records[2].timestamp, at(base + 8));
    EXPECT_EQ(r.records[3].timestamp, at(base + 8));
    EXPECT_EQ(r.records[4].timestamp, at(base + 39));
    EXPECT_EQ(r.records[4].heart_rate_bpm, 104);
}

TEST(FitDecoder, DeliversDeveloperFieldsAndReadsTheFieldsAroundThem) {
    const std::array<FieldDefinition, 2> id_fields{{{developer_data_id_field::kDeveloperDataIndex, 1, BaseType::uint8},
                                                    {developer_data_id_field::kManufacturerId, 2, BaseType::uint16}}};
    const std::array<FieldDefinition, 6> description{{
        {field_description_field::kDeveloperDataIndex, 1, BaseType::uint8},
        {field_description_field::kFieldDefinitionNumber, 1, BaseType::uint8},
        {field_description_field::kFitBaseTypeId, 1, BaseType::uint8},
        {field_description_field::kFieldName, 8, BaseType::string},
        {field_description_field::kScale, 1, BaseType::uint8},
        {field_description_field::kUnits, 6, BaseType::string},
    }};
    const std::array<DeveloperFieldDefinition, 2> dev{{{0, 2, 0}, {9, 3, 0}}};  // field 9 has no description
    FitWriter w;
    w.define(0, mesg_num::kDeveloperDataId, id_fields).message(0).u8(0).u16(manufacturer::kDevelopment);
    w.define(1, mesg_num::kFieldDescription, description).message(1).u8(0).u8(0);
    w.u8(static_cast<std::uint8_t>(BaseType::uint16)).text("Power2", 8).u8(10).text("watts", 6);
    w.define(2, mesg_num::kRecord, kRecordFields, /*big_endian=*/true, dev);
    write_record(w, 2, kT0, 0, 0, 140, 500, 1000, 2500);
    w.u16(2345).u8(1).u8(2).u8(3);
    write_record(w, 2, kT0 + 1, 0, 0, 141, 600, 1000, 2500);
    w.u16(0xFFFF).u8(1).u8(2).u8(3);
    Recorder r;
    const auto result = decode(w.end_file().take(), r);
    ASSERT_TRUE(result.ok()) << result.error().to_string();
    ASSERT_EQ(r.records.size(), 2U);
    EXPECT_EQ(r.records[1].heart_rate_bpm, 141);
    EXPECT_EQ(r.records[1].timestamp, at(kT0 + 1));
    ASSERT_EQ(r.developer.size(), 2U);
    EXPECT_EQ(r.developer[0].message, mesg_num::kRecord);
    EXPECT_EQ(r.developer[0].name, "Power2");
    EXPECT_EQ(r.developer[0].units, "watts");
    EXPECT_DOUBLE_EQ(*r.developer[0].value, 234.5);  // big endian 2345, scale 10
    EXPECT_EQ(r.developer[0].size, 2U);
    EXPECT_FALSE(r.developer[1].value.has_value());  // invalid
    EXPECT_EQ(result->developer_fields, 2U);
    EXPECT_THAT(r.others, ::testing::ElementsAre(mesg_num::kDeveloperDataId, mesg_num::kFieldDescription));
}

TEST(FitDecoder, SkipsUnknownMessagesUnknownFieldsAndMisalignedFields) {
    const std::array<FieldDefinition, 2> unknown_message{{{0, 4, BaseType::uint32}, {1, 7, BaseType::byte}}};
    const std::array<FieldDefinition, 5> record{{
        {kFieldTimestamp, 4, BaseType::uint32},
        {200, 5, BaseType::byte},                         // a field the profile does not have
        {record_field::kPower, 3, BaseType::uint16},      // 3 bytes of uint16: misaligned, skipped
        {record_field::kHeartRate, 2, BaseType::uint16},  // heart rate widened to uint16 by some device
        {record_field::kCadence, 1, BaseType::uint8},
    }};
    FitWriter w;
    w.define(5, 0xFF00, unknown_message).message(5).u32(1).raw(std::vector<std::byte>(7, std::byte{9}));
    w.define(6, mesg_num::kRecord, record).message(6).u32(kT0).raw(std::vector<std::byte>(5, std::byte{0}));
    w.u8(1).u8(2).u8(3).u16(155).u8(88);
    Recorder r;
    ASSERT_TRUE(decode(w.end_file().take(), r).ok());
    ASSERT_EQ(r.records.size(), 1U);
    EXPECT_FALSE(r.records[0].power_w.has_value());
    EXPECT_EQ(r.records[0].heart_rate_bpm, 155);
    EXPECT_DOUBLE_EQ(*r.records[0].cadence_rpm, 88.0);
    EXPECT_THAT(r.others, ::testing::ElementsAre(0xFF00));
}

TEST(FitDecoder, AccumulatesCompressedSpeedAndDistanceAcrossRollover) {
    const std::array<FieldDefinition, 2> fields{{{kFieldTimestamp, 4, BaseType::uint32},
                                                 {record_field::kCompressedSpeedDistance, 3, BaseType::byte}}};
    // speed 12 bits (m/s x100), then distance 12 bits (m x16), least significant bit first.
    const auto packed = [](std::uint32_t speed, std::uint32_t distance) {
        const std::uint32_t v = speed | (distance << 12U);
        return std::vector<std::byte>{static_cast<std::byte>(v & 0xFF), static_cast<std::byte>((v >> 8) & 0xFF),
                                      static_cast<std::byte>((v >> 16) & 0xFF)};
    };
    FitWriter w;
    w.define(0, mesg_num::kRecord, fields);
    w.message(0).u32(kT0).raw(packed(350, 4000));
    w.message(0).u32(kT0 + 1).raw(packed(360, 10));  // 4000 -> 10 wraps: +106
    w.message(0).u32(kT0 + 2).raw(std::vector<std::byte>(3, std::byte{0xFF}));
    Recorder r;
    ASSERT_TRUE(decode(w.end_file().take(), r).ok());
    ASSERT_EQ(r.records.size(), 3U);
    EXPECT_DOUBLE_EQ(*r.records[0].speed_mps, 3.5);
    EXPECT_DOUBLE_EQ(*r.records[0].distance_m, 250.0);  // 4000 / 16
    EXPECT_DOUBLE_EQ(*r.records[1].speed_mps, 3.6);
    EXPECT_DOUBLE_EQ(*r.records[1].distance_m, (4000.0 + 106.0) / 16.0);
    EXPECT_FALSE(r.records[2].distance_m.has_value());
}

TEST(FitDecoder, DecodesChainedFilesWithFreshDefinitions) {
    FitWriter w;
    w.define(0, mesg_num::kRecord, kRecordFields);
    write_record(w, 0, kT0, 0, 0, 120, 100, 0, 2500);
    w.end_file();
    w.define(0, mesg_num::kRecord, kRecordFields, /*big_endian=*/true);
    write_record(w, 0, kT0 + 60, 0, 0, 121, 200, 0, 2500);
    w.end_file(kHeaderSizeWithoutCrc);
    const auto bytes = w.take();
    Recorder r;
    const auto result = decode(bytes, r);
    ASSERT_TRUE(result.ok()) << result.error().to_string();
    EXPECT_EQ(result->files, 2U);
    ASSERT_EQ(r.headers.size(), 2U);
    EXPECT_EQ(r.headers[1].byte_offset, r.headers[0].header_size + r.headers[0].data_size + 2U);
    ASSERT_EQ(r.records.size(), 2U);
    EXPECT_EQ(r.records[1].heart_rate_bpm, 121);

    // A local message type defined in the first file is not defined in the second.
    FitWriter broken;
    broken.define(0, mesg_num::kRecord, kRecordFields);
    write_record(broken, 0, kT0, 0, 0, 120, 100, 0, 2500);
    broken.end_file();
    write_record(broken, 0, kT0 + 1, 0, 0, 120, 100, 0, 2500);  // no definition in this file
    broken.end_file();
    const auto chained = broken.take();
    const std::size_t second = kHeaderSizeWithCrc + std::to_integer<std::size_t>(chained[4]) + 2;
    Recorder r2;
    const auto failed = decode(chained, r2);
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().pos().byte_offset, second + kHeaderSizeWithCrc);
    EXPECT_THAT(failed.error().message(), HasSubstr("local message type 0, which no definition message has defined"));
}

TEST(FitDecoder, FailsWhereTheDataSectionBreaksOff) {
    FitWriter w;
    w.define(0, mesg_num::kRecord, kRecordFields);
    write_record(w, 0, kT0, 0, 0, 120, 100, 0, 2500);
    w.message(0).u32(kT0 + 1);  // a record cut after its timestamp
    const auto bytes = w.end_file().take();
    const std::size_t broken_at = bytes.size() - 2 - 5;
    Recorder r;
    const auto strict = decode(bytes, r);
    ASSERT_FALSE(strict.ok());
    EXPECT_EQ(strict.error().pos().byte_offset, broken_at);
    EXPECT_THAT(strict.error().message(), HasSubstr("needs 21 bytes but the data section ends after 4"));

    Recorder recovered;
    const auto result = decode(bytes, recovered, DecodeMode::recover);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(recovered.records.size(), 1U);
    ASSERT_EQ(result->warnings.size(), 1U);
    EXPECT_EQ(result->warnings[0].pos().byte_offset, broken_at);
}

TEST(FitDecoder, RejectsABadArchitectureByte) {
    FitWriter w;
    w.define(0, mesg_num::kRecord, kRecordFields);
    auto bytes = w.end_file().take();
    bytes[kHeaderSizeWithCrc + 2] = std::byte{0xE5};
    const std::uint16_t crc = crc16(std::span<const std::byte>{bytes}.first(bytes.size() - 2));
    bytes[bytes.size() - 2] = static_cast<std::byte>(crc & 0xFF);
    bytes[bytes.size() - 1] = static_cast<std::byte>(crc >> 8);
    Recorder r;
    const auto result = decode(bytes, r);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().pos().byte_offset, kHeaderSizeWithCrc + 2);
    EXPECT_THAT(result.error().message(), HasSubstr("architecture byte is 0xE5"));
}

TEST(FitDecoder, RecoveryModeToleratesCrcMismatchesAndTruncation) {
    auto bytes = one_record_file(false);
    bytes[bytes.size() - 1] ^= std::byte{0xFF};
    Recorder r;
    const auto result = decode(bytes, r, DecodeMode::recover);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(r.records.size(), 1U);
    ASSERT_EQ(result->warnings.size(), 1U);
    EXPECT_THAT(result->warnings[0].message(), HasSubstr("file CRC mismatch"));

    auto cut = one_record_file(false);
    cut.resize(cut.size() - 2);  // no CRC
    Recorder r2;
    const auto truncated = decode(cut, r2, DecodeMode::recover);
    ASSERT_TRUE(truncated.ok());
    EXPECT_EQ(r2.records.size(), 1U);
    EXPECT_THAT(truncated->warnings.at(0).message(), HasSubstr("truncated"));

    Recorder r3;
    EXPECT_FALSE(decode(std::vector<std::byte>(40, std::byte{0}), r3, DecodeMode::recover).ok())
        << "a buffer that is no FIT file fails even in recovery mode";
}

TEST(FitDecoder, ReadsStringsWithoutTerminator) {
    const std::array<FieldDefinition, 1> fields{{{file_id_field::kProductName, 4, BaseType::string}}};
    FitWriter w;
    w.define(0, mesg_num::kFileId, fields).message(0).raw(std::vector<std::byte>{
        std::byte{'E'}, std::byte{'d'}, std::byte{'g'}, std::byte{'e'}});
    Recorder r;
    ASSERT_TRUE(decode(w.end_file().take(), r).ok());
    ASSERT_EQ(r.product_names.size(), 1U);
    EXPECT_EQ(r.product_names[0], "Edge");
}

TEST(FitDecoder, LooksLikeFitChecksHeaderSizeAndSignature) {
    EXPECT_TRUE(looks_like_fit(one_record_file(false)));
    auto bytes = one_record_file(false);
    bytes[8] = std::byte{'x'};
    EXPECT_FALSE(looks_like_fit(bytes));
    EXPECT_FALSE(looks_like_fit(std::span<const std::byte>{}));
}

}  // namespace
}  // namespace ironstride::ingest::fit
