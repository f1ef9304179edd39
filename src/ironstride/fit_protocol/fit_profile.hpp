#pragma once

// Protocol knowledge for the FIT decoder and encoder, as named constants (STYLE habit 5).
//
// Sources: the FIT protocol document ("Flexible and Interoperable Data Transfer (FIT) Protocol", Garmin, rev. 2.x:
// sections "File Header", "Record Header", "Definition Message", "Data Message", "Compressed Timestamp Header",
// "Base Types", "CRC", "Developer Data") and the FIT profile (Profile.xlsx, "Messages" and "Types" sheets, release
// 21.x), checked against the profile that ships with Garmin's JavaScript FIT SDK 21.217. Numbers that the profile
// defines appear here once, with the profile's snake_case name in the comment; the decode loop uses only these names.

#include <cstddef>
#include <cstdint>

namespace ironstride::fit_protocol {

// ---------------------------------------------------------------------------------------------------------------
// Container: file header, record headers, CRC (protocol document, "File Header" and "Record Header").

/// Header without the header CRC (protocol versions 1.0–1.x writers).
inline constexpr std::size_t kHeaderSizeWithoutCrc = 12;
/// Header with a CRC over its first 12 bytes (bytes 12–13; 0x0000 means "not computed").
inline constexpr std::size_t kHeaderSizeWithCrc = 14;
/// Header byte offsets: [0] header size, [1] protocol version, [2..3] profile version (LE), [4..7] data size (LE),
/// [8..11] ".FIT", [12..13] header CRC (LE, 14-byte headers only).
inline constexpr std::size_t kHeaderOffsetProtocolVersion = 1;
inline constexpr std::size_t kHeaderOffsetProfileVersion = 2;
inline constexpr std::size_t kHeaderOffsetDataSize = 4;
inline constexpr std::size_t kHeaderOffsetSignature = 8;
inline constexpr std::size_t kHeaderOffsetCrc = 12;
/// The four signature bytes at header offset 8: ASCII ".FIT".
inline constexpr unsigned char kSignature[4] = {'.', 'F', 'I', 'T'};
/// Every FIT file ends with a 2-byte CRC (little endian) over the header and the data.
inline constexpr std::size_t kFileCrcSize = 2;
/// Protocol version byte: major version in the high nibble (1.0 = 0x10, 2.0 = 0x20).
inline constexpr std::uint8_t kProtocolVersion20 = 0x20;
inline constexpr std::uint8_t kProtocolMajorShift = 4;
/// Profile version in the header: major × 100 + minor up to 21.99 (2199), major × 1000 + minor above that; we
/// write the profile release these constants were checked against, 21.217.
inline constexpr std::uint16_t kProfileVersionWritten = 21217;

/// Record header bit 7: a compressed timestamp header (bits 5–6 local message type, bits 0–4 time offset).
inline constexpr std::uint8_t kCompressedHeaderBit = 0x80;
/// Normal header bit 6: a definition message (else a data message).
inline constexpr std::uint8_t kDefinitionBit = 0x40;
/// Normal definition header bit 5: developer field definitions follow the field definitions.
inline constexpr std::uint8_t kDeveloperDataBit = 0x20;
/// Normal header bits 0–3: the local message type (0–15).
inline constexpr std::uint8_t kLocalTypeMask = 0x0F;
inline constexpr std::size_t kLocalTypeCount = 16;
/// Compressed timestamp header: bits 5–6 are the local message type (0–3), bits 0–4 the time offset in seconds.
inline constexpr std::uint8_t kCompressedLocalTypeShift = 5;
inline constexpr std::uint8_t kCompressedLocalTypeMask = 0x03;
inline constexpr std::uint8_t kCompressedTimeMask = 0x1F;
/// The 5-bit time offset wraps every 32 s.
inline constexpr std::uint32_t kCompressedTimeRollover = 0x20;

/// Definition message layout after the record header: [0] reserved, [1] architecture, [2..3] global message number,
/// [4] number of fields, then 3 bytes per field (number, size, base type); with the developer bit, one byte count and
/// 3 bytes per developer field (number, size, developer data index).
inline constexpr std::size_t kDefinitionFixedSize = 5;
inline constexpr std::size_t kDefinitionOffsetArchitecture = 1;
inline constexpr std::size_t kDefinitionOffsetGlobalNumber = 2;
inline constexpr std::size_t kDefinitionOffsetFieldCount = 4;
inline constexpr std::size_t kFieldDefinitionSize = 3;
/// Architecture byte: 0 = little endian, 1 = big endian (applies to the global number and every multi-byte field).
inline constexpr std::uint8_t kArchitectureLittleEndian = 0;
inline constexpr std::uint8_t kArchitectureBigEndian = 1;

/// CRC-16 of the FIT protocol ("CRC" section): the reflected polynomial 0x8005 (0xA001), initial value 0, no final
/// XOR — the protocol document's 16-entry nibble table computes the same CRC-16/ARC.
inline constexpr std::uint16_t kCrcPolynomialReflected = 0xA001;

// ---------------------------------------------------------------------------------------------------------------
// Base types (protocol document, "Base Types" table). Bit 7 marks multi-byte types ("endian ability"); bits 0–4 are
// the base type number.

enum class BaseType : std::uint8_t {
    enum_ = 0x00,    ///< 1 byte, invalid 0xFF
    sint8 = 0x01,    ///< invalid 0x7F
    uint8 = 0x02,    ///< invalid 0xFF
    sint16 = 0x83,   ///< invalid 0x7FFF
    uint16 = 0x84,   ///< invalid 0xFFFF
    sint32 = 0x85,   ///< invalid 0x7FFFFFFF
    uint32 = 0x86,   ///< invalid 0xFFFFFFFF
    string = 0x07,   ///< null-terminated UTF-8; invalid when empty (first byte 0x00)
    float32 = 0x88,  ///< invalid 0xFFFFFFFF (bit pattern)
    float64 = 0x89,  ///< invalid 0xFFFFFFFFFFFFFFFF (bit pattern)
    uint8z = 0x0A,   ///< invalid 0x00
    uint16z = 0x8B,  ///< invalid 0x0000
    uint32z = 0x8C,  ///< invalid 0x00000000
    byte = 0x0D,     ///< array of bytes; invalid when every byte is 0xFF
    sint64 = 0x8E,   ///< invalid 0x7FFFFFFFFFFFFFFF
    uint64 = 0x8F,   ///< invalid 0xFFFFFFFFFFFFFFFF
    uint64z = 0x90,  ///< invalid 0
};
/// Bits 0–4 of a base type byte number the type; readers ignore bits 5–6 (reserved) and bit 7 (endian ability).
inline constexpr std::uint8_t kBaseTypeNumberMask = 0x1F;
inline constexpr std::size_t kBaseTypeCount = 17;

// ---------------------------------------------------------------------------------------------------------------
// Time and position (protocol document, "date_time" type and profile units).

/// FIT date_time counts seconds since 1989-12-31T00:00:00Z: 631,065,600 s after the Unix epoch.
inline constexpr std::int64_t kFitEpochUnixSeconds = 631'065'600;
/// date_time values below 0x10000000 are relative (seconds since device power-up), not instants.
inline constexpr std::uint32_t kDateTimeMinAbsolute = 0x10000000;
/// Positions are semicircles: 2^31 semicircles = 180 degrees.
inline constexpr unsigned kSemicircleBitsPerHalfTurn = 31;
/// Our positions are fixed-point 1e-7 degrees (domain::SampleStream): 180 degrees = 1.8e9.
inline constexpr std::int64_t kE7PerHalfTurn = 1'800'000'000;

// ---------------------------------------------------------------------------------------------------------------
// Global message numbers (profile "mesg_num"): mesg_num::kFileId = 0, kRecord = 20, kSet = 225, … — one constant per
// row of fit_message_kinds.def, the single list of message kinds.

namespace mesg_num {
#define FIT_MESSAGE(snake, Pascal, number) inline constexpr std::uint16_t k##Pascal = number;
#include "ironstride/fit_protocol/fit_message_kinds.def"
}  // namespace mesg_num

/// Field numbers shared by all messages (profile: "timestamp" 253 and "message_index" 254 wherever they exist).
inline constexpr std::uint8_t kFieldTimestamp = 253;
inline constexpr std::uint8_t kFieldMessageIndex = 254;

// Field numbers per message (profile "Messages" sheet).

namespace file_id_field {
inline constexpr std::uint8_t kType = 0;           ///< file (enum)
inline constexpr std::uint8_t kManufacturer = 1;   ///< manufacturer (uint16)
inline constexpr std::uint8_t kProduct = 2;        ///< product / garmin_product (uint16)
inline constexpr std::uint8_t kSerialNumber = 3;   ///< uint32z
inline constexpr std::uint8_t kTimeCreated = 4;    ///< date_time
inline constexpr std::uint8_t kNumber = 5;         ///< uint16
inline constexpr std::uint8_t kProductName = 8;    ///< string
}  // namespace file_id_field

namespace sport_field {
inline constexpr std::uint8_t kSport = 0;     ///< sport (enum)
inline constexpr std::uint8_t kSubSport = 1;  ///< sub_sport (enum)
inline constexpr std::uint8_t kName = 3;      ///< string
}  // namespace sport_field

namespace device_info_field {
inline constexpr std::uint8_t kDeviceIndex = 0;      ///< device_index (uint8; 0 = creator)
inline constexpr std::uint8_t kDeviceType = 1;       ///< uint8 (ANT+/BLE/local device type by source_type)
inline constexpr std::uint8_t kManufacturer = 2;     ///< manufacturer
inline constexpr std::uint8_t kSerialNumber = 3;     ///< uint32z
inline constexpr std::uint8_t kProduct = 4;          ///< uint16
inline constexpr std::uint8_t kSoftwareVersion = 5;  ///< uint16, scale 100
inline constexpr std::uint8_t kHardwareVersion = 6;  ///< uint8
inline constexpr std::uint8_t kBatteryStatus = 11;   ///< battery_status (uint8)
inline constexpr std::uint8_t kDescriptor = 19;      ///< string
inline constexpr std::uint8_t kSourceType = 25;      ///< source_type (enum)
inline constexpr std::uint8_t kProductName = 27;     ///< string
}  // namespace device_info_field

namespace event_field {
inline constexpr std::uint8_t kEvent = 0;       ///< event (enum)
inline constexpr std::uint8_t kEventType = 1;   ///< event_type (enum)
inline constexpr std::uint8_t kData16 = 2;      ///< uint16, expands to data
inline constexpr std::uint8_t kData = 3;        ///< uint32
inline constexpr std::uint8_t kEventGroup = 4;  ///< uint8
}  // namespace event_field

namespace record_field {
inline constexpr std::uint8_t kPositionLat = 0;                ///< sint32 semicircles
inline constexpr std::uint8_t kPositionLong = 1;               ///< sint32 semicircles
inline constexpr std::uint8_t kAltitude = 2;                   ///< uint16, scale 5, offset 500, m
inline constexpr std::uint8_t kHeartRate = 3;                  ///< uint8 bpm
inline constexpr std::uint8_t kCadence = 4;                    ///< uint8 rpm
inline constexpr std::uint8_t kDistance = 5;                   ///< uint32, scale 100, m
inline constexpr std::uint8_t kSpeed = 6;                      ///< uint16, scale 1000, m/s
inline constexpr std::uint8_t kPower = 7;                      ///< uint16 W
inline constexpr std::uint8_t kCompressedSpeedDistance = 8;    ///< byte[3]: speed 12 bits /100, distance 12 bits /16
inline constexpr std::uint8_t kTemperature = 13;               ///< sint8 °C
inline constexpr std::uint8_t kFractionalCadence = 53;         ///< uint8, scale 128, rpm
inline constexpr std::uint8_t kEnhancedSpeed = 73;             ///< uint32, scale 1000, m/s
inline constexpr std::uint8_t kEnhancedAltitude = 78;          ///< uint32, scale 5, offset 500, m
}  // namespace record_field

/// Fields shared by lap and session that have the same number in both messages.
namespace summary_field {
inline constexpr std::uint8_t kEvent = 0;             ///< event
inline constexpr std::uint8_t kEventType = 1;         ///< event_type
inline constexpr std::uint8_t kStartTime = 2;         ///< date_time
inline constexpr std::uint8_t kStartPositionLat = 3;  ///< sint32 semicircles
inline constexpr std::uint8_t kStartPositionLong = 4; ///< sint32 semicircles
inline constexpr std::uint8_t kTotalElapsedTime = 7;  ///< uint32, scale 1000, s
inline constexpr std::uint8_t kTotalTimerTime = 8;    ///< uint32, scale 1000, s
inline constexpr std::uint8_t kTotalDistance = 9;     ///< uint32, scale 100, m
inline constexpr std::uint8_t kTotalCalories = 11;    ///< uint16 kcal
}  // namespace summary_field

namespace lap_field {
inline constexpr std::uint8_t kAvgSpeed = 13;           ///< uint16, scale 1000, m/s
inline constexpr std::uint8_t kMaxSpeed = 14;           ///< uint16, scale 1000, m/s
inline constexpr std::uint8_t kAvgHeartRate = 15;       ///< uint8 bpm
inline constexpr std::uint8_t kMaxHeartRate = 16;       ///< uint8 bpm
inline constexpr std::uint8_t kAvgCadence = 17;         ///< uint8 rpm
inline constexpr std::uint8_t kAvgPower = 19;           ///< uint16 W
inline constexpr std::uint8_t kTotalAscent = 21;        ///< uint16 m
inline constexpr std::uint8_t kTotalDescent = 22;       ///< uint16 m
inline constexpr std::uint8_t kIntensity = 23;          ///< intensity
inline constexpr std::uint8_t kLapTrigger = 24;         ///< lap_trigger
inline constexpr std::uint8_t kSport = 25;              ///< sport
inline constexpr std::uint8_t kSubSport = 39;           ///< sub_sport
inline constexpr std::uint8_t kEnhancedAvgSpeed = 110;  ///< uint32, scale 1000, m/s
inline constexpr std::uint8_t kEnhancedMaxSpeed = 111;  ///< uint32, scale 1000, m/s
}  // namespace lap_field

namespace session_field {
inline constexpr std::uint8_t kSport = 5;                ///< sport
inline constexpr std::uint8_t kSubSport = 6;             ///< sub_sport
inline constexpr std::uint8_t kAvgSpeed = 14;            ///< uint16, scale 1000, m/s
inline constexpr std::uint8_t kMaxSpeed = 15;            ///< uint16, scale 1000, m/s
inline constexpr std::uint8_t kAvgHeartRate = 16;        ///< uint8 bpm
inline constexpr std::uint8_t kMaxHeartRate = 17;        ///< uint8 bpm
inline constexpr std::uint8_t kAvgCadence = 18;          ///< uint8 rpm
inline constexpr std::uint8_t kMaxCadence = 19;          ///< uint8 rpm
inline constexpr std::uint8_t kAvgPower = 20;            ///< uint16 W
inline constexpr std::uint8_t kMaxPower = 21;            ///< uint16 W
inline constexpr std::uint8_t kTotalAscent = 22;         ///< uint16 m
inline constexpr std::uint8_t kTotalDescent = 23;        ///< uint16 m
inline constexpr std::uint8_t kFirstLapIndex = 25;       ///< uint16
inline constexpr std::uint8_t kNumLaps = 26;             ///< uint16
inline constexpr std::uint8_t kMinHeartRate = 64;        ///< uint8 bpm
inline constexpr std::uint8_t kSportProfileName = 110;   ///< string
inline constexpr std::uint8_t kEnhancedAvgSpeed = 124;   ///< uint32, scale 1000, m/s
inline constexpr std::uint8_t kEnhancedMaxSpeed = 125;   ///< uint32, scale 1000, m/s
}  // namespace session_field

namespace activity_field {
inline constexpr std::uint8_t kTotalTimerTime = 0;  ///< uint32, scale 1000, s
inline constexpr std::uint8_t kNumSessions = 1;     ///< uint16
inline constexpr std::uint8_t kType = 2;            ///< activity (enum: manual, auto_multi_sport)
inline constexpr std::uint8_t kEvent = 3;           ///< event
inline constexpr std::uint8_t kEventType = 4;       ///< event_type
inline constexpr std::uint8_t kLocalTimestamp = 5;  ///< local_date_time: seconds since the FIT epoch, local time
}  // namespace activity_field

namespace timestamp_correlation_field {
inline constexpr std::uint8_t kSystemTimestamp = 1;  ///< date_time, relative (seconds since power-up)
inline constexpr std::uint8_t kLocalTimestamp = 3;   ///< local_date_time
}  // namespace timestamp_correlation_field

namespace hrv_field {
inline constexpr std::uint8_t kTime = 0;  ///< uint16[], scale 1000, s (beat-to-beat intervals)
}  // namespace hrv_field

/// set: note that its timestamp is field 254 (not 253) and its message_index is field 10 (profile quirk).
namespace set_field {
inline constexpr std::uint8_t kDuration = 0;           ///< uint32, scale 1000, s
inline constexpr std::uint8_t kRepetitions = 3;        ///< uint16
inline constexpr std::uint8_t kWeight = 4;             ///< uint16, scale 16, kg
inline constexpr std::uint8_t kSetType = 5;            ///< set_type (uint8: 0 rest, 1 active)
inline constexpr std::uint8_t kStartTime = 6;          ///< date_time
inline constexpr std::uint8_t kCategory = 7;           ///< exercise_category[] (uint16)
inline constexpr std::uint8_t kCategorySubtype = 8;    ///< uint16[] (the <category>_exercise_name enum)
inline constexpr std::uint8_t kWeightDisplayUnit = 9;  ///< fit_base_unit (uint16)
inline constexpr std::uint8_t kMessageIndex = 10;      ///< message_index
inline constexpr std::uint8_t kWktStepIndex = 11;      ///< message_index of the workout step
inline constexpr std::uint8_t kTimestamp = 254;        ///< date_time
}  // namespace set_field

namespace workout_field {
inline constexpr std::uint8_t kSport = 4;           ///< sport
inline constexpr std::uint8_t kCapabilities = 5;    ///< workout_capabilities (uint32z)
inline constexpr std::uint8_t kNumValidSteps = 6;   ///< uint16
inline constexpr std::uint8_t kWktName = 8;         ///< string
inline constexpr std::uint8_t kSubSport = 11;       ///< sub_sport
}  // namespace workout_field

namespace workout_step_field {
inline constexpr std::uint8_t kWktStepName = 0;            ///< string
inline constexpr std::uint8_t kDurationType = 1;           ///< wkt_step_duration (enum)
inline constexpr std::uint8_t kDurationValue = 2;          ///< uint32; sub-field by duration_type
inline constexpr std::uint8_t kTargetType = 3;             ///< wkt_step_target (enum)
inline constexpr std::uint8_t kTargetValue = 4;            ///< uint32; sub-field by target_type / duration_type
inline constexpr std::uint8_t kCustomTargetValueLow = 5;   ///< uint32; sub-field by target_type
inline constexpr std::uint8_t kCustomTargetValueHigh = 6;  ///< uint32; sub-field by target_type
inline constexpr std::uint8_t kIntensity = 7;              ///< intensity (enum)
inline constexpr std::uint8_t kNotes = 8;                  ///< string
}  // namespace workout_step_field

namespace field_description_field {
inline constexpr std::uint8_t kDeveloperDataIndex = 0;     ///< uint8
inline constexpr std::uint8_t kFieldDefinitionNumber = 1;  ///< uint8
inline constexpr std::uint8_t kFitBaseTypeId = 2;          ///< fit_base_type (uint8)
inline constexpr std::uint8_t kFieldName = 3;              ///< string
inline constexpr std::uint8_t kScale = 6;                  ///< uint8
inline constexpr std::uint8_t kOffset = 7;                 ///< sint8
inline constexpr std::uint8_t kUnits = 8;                  ///< string
inline constexpr std::uint8_t kNativeMesgNum = 14;         ///< mesg_num (uint16)
inline constexpr std::uint8_t kNativeFieldNum = 15;        ///< uint8
}  // namespace field_description_field

namespace developer_data_id_field {
inline constexpr std::uint8_t kApplicationId = 1;       ///< byte[16]
inline constexpr std::uint8_t kManufacturerId = 2;      ///< manufacturer
inline constexpr std::uint8_t kDeveloperDataIndex = 3;  ///< uint8
}  // namespace developer_data_id_field

// ---------------------------------------------------------------------------------------------------------------
// Scales and offsets (profile "Scale" and "Offset" columns): value = raw / scale - offset.

inline constexpr double kScaleTime = 1000.0;            ///< s ×1000 (total_elapsed_time, duration, …)
inline constexpr double kScaleDistance = 100.0;         ///< m ×100
inline constexpr double kScaleSpeed = 1000.0;           ///< m/s ×1000
inline constexpr double kScaleAltitude = 5.0;           ///< (m + 500) ×5
inline constexpr double kOffsetAltitude = 500.0;        ///< m
inline constexpr double kScaleSetWeight = 16.0;         ///< set.weight: kg ×16
inline constexpr double kScaleHrvTime = 1000.0;         ///< hrv.time: s ×1000
inline constexpr double kScaleSoftwareVersion = 100.0;  ///< device_info.software_version ×100
inline constexpr double kScaleFractionalCadence = 128.0;  ///< record.fractional_cadence: rpm ×128
/// record.compressed_speed_distance: bits 0–11 speed (m/s ×100), bits 12–23 distance (m ×16, accumulated).
inline constexpr double kScaleCompressedSpeed = 100.0;
inline constexpr double kScaleCompressedDistance = 16.0;
inline constexpr unsigned kCompressedSpeedDistanceBits = 12;
inline constexpr std::uint32_t kCompressedSpeedDistanceMask = 0xFFF;
inline constexpr std::size_t kCompressedSpeedDistanceSize = 3;
/// All three bytes 0xFF: the byte array's invalid value.
inline constexpr std::uint32_t kCompressedSpeedDistanceInvalid = 0xFFFFFF;
/// workout_step custom heart-rate targets (type workout_hr): 0–100 = % of max HR, above 100 = bpm + 100.
inline constexpr std::uint32_t kWorkoutHrBpmOffset = 100;

// ---------------------------------------------------------------------------------------------------------------
// Enumerations (profile "Types" sheet). Only the values the decoder and encoder act upon.

/// file: what a FIT file holds.
namespace file_type {
inline constexpr std::uint8_t kDevice = 1;
inline constexpr std::uint8_t kSettings = 2;
inline constexpr std::uint8_t kSport = 3;
inline constexpr std::uint8_t kActivity = 4;
inline constexpr std::uint8_t kWorkout = 5;
inline constexpr std::uint8_t kCourse = 6;
}  // namespace file_type

/// manufacturer (uint16).
namespace manufacturer {
inline constexpr std::uint16_t kGarmin = 1;
inline constexpr std::uint16_t kDynastream = 15;
inline constexpr std::uint16_t kDevelopment = 255;  ///< for software that is no registered manufacturer
}  // namespace manufacturer

/// sport (enum). The decoder names every value through fit_names; these are the ones mapped to domain::Sport.
namespace sport {
inline constexpr std::uint8_t kGeneric = 0;
inline constexpr std::uint8_t kRunning = 1;
inline constexpr std::uint8_t kCycling = 2;
inline constexpr std::uint8_t kTransition = 3;
inline constexpr std::uint8_t kFitnessEquipment = 4;
inline constexpr std::uint8_t kSwimming = 5;
inline constexpr std::uint8_t kTraining = 10;
inline constexpr std::uint8_t kWalking = 11;
inline constexpr std::uint8_t kHiking = 17;
inline constexpr std::uint8_t kEBiking = 21;
}  // namespace sport

/// sub_sport (enum).
namespace sub_sport {
inline constexpr std::uint8_t kGeneric = 0;
inline constexpr std::uint8_t kStrengthTraining = 20;
}  // namespace sub_sport

/// event (enum) and event_type (enum).
namespace event {
inline constexpr std::uint8_t kTimer = 0;
}  // namespace event
namespace event_type {
inline constexpr std::uint8_t kStart = 0;
inline constexpr std::uint8_t kStop = 1;
inline constexpr std::uint8_t kStopAll = 4;
}  // namespace event_type

/// set_type (uint8).
namespace set_type {
inline constexpr std::uint8_t kRest = 0;
inline constexpr std::uint8_t kActive = 1;
}  // namespace set_type

/// wkt_step_duration (enum).
namespace wkt_step_duration {
inline constexpr std::uint8_t kTime = 0;                   ///< duration_value = duration_time, s ×1000
inline constexpr std::uint8_t kDistance = 1;               ///< duration_value = duration_distance, m ×100
inline constexpr std::uint8_t kOpen = 5;                   ///< until the lap key
inline constexpr std::uint8_t kRepeatUntilStepsCmplt = 6;  ///< duration_value = step index, target_value = count
inline constexpr std::uint8_t kRepetitionTime = 28;        ///< duration_value = duration_time, s ×1000
}  // namespace wkt_step_duration

/// wkt_step_target (enum).
namespace wkt_step_target {
inline constexpr std::uint8_t kSpeed = 0;      ///< custom_target_speed_low/high, m/s ×1000
inline constexpr std::uint8_t kHeartRate = 1;  ///< custom_target_heart_rate_low/high, workout_hr
inline constexpr std::uint8_t kOpen = 2;
}  // namespace wkt_step_target
/// target_value 0 with a speed or heart-rate target means "custom range in custom_target_value_low/high" (a zone
/// number 1–5 otherwise).
inline constexpr std::uint32_t kTargetValueCustom = 0;

/// intensity (enum).
namespace intensity {
inline constexpr std::uint8_t kActive = 0;
inline constexpr std::uint8_t kRest = 1;
inline constexpr std::uint8_t kWarmup = 2;
inline constexpr std::uint8_t kCooldown = 3;
inline constexpr std::uint8_t kRecovery = 4;
inline constexpr std::uint8_t kInterval = 5;
inline constexpr std::uint8_t kOther = 6;
}  // namespace intensity

/// exercise_category (uint16): 65534 = unknown.
inline constexpr std::uint16_t kExerciseCategoryUnknown = 65534;

}  // namespace ironstride::fit_protocol
