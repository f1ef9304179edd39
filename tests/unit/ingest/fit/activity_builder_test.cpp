#include "ironstride/ingest/fit/activity_builder.hpp"

#include <array>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "ironstride/fit_protocol/fit_profile.hpp"
#include "ironstride/ingest/fit/fit_reader.hpp"
#include "ironstride/writers/fit/fit_writer.hpp"

namespace ironstride::ingest::fit {
namespace {

using writers::fit::FieldDefinition;
using writers::fit::FitWriter;
using domain::SampleStream;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

constexpr std::uint32_t kT0 = 1'000'000'000;  // FIT time 2021-09-08T01:46:40Z

units::Instant at(std::uint32_t fit_seconds) {
    return units::Instant{std::chrono::seconds{kFitEpochUnixSeconds + fit_seconds}};
}

/// Writes small activity files message by message.
class ActivityFile {
public:
    ActivityFile& file_id(std::uint8_t type, std::uint16_t maker = manufacturer::kGarmin, std::uint16_t product = 2691) {
        static const std::array<FieldDefinition, 3> fields{{{file_id_field::kType, 1, BaseType::enum_},
                                                            {file_id_field::kManufacturer, 2, BaseType::uint16},
                                                            {file_id_field::kProduct, 2, BaseType::uint16}}};
        m_w.define(0, mesg_num::kFileId, fields).message(0).u8(type).u16(maker).u16(product);
        return *this;
    }
    ActivityFile& record(std::uint32_t t, std::uint8_t hr, std::uint32_t distance_cm, std::int32_t lat = 0x7FFFFFFF,
                         std::int32_t lon = 0x7FFFFFFF) {
        static const std::array<FieldDefinition, 5> fields{{{kFieldTimestamp, 4, BaseType::uint32},
                                                            {record_field::kPositionLat, 4, BaseType::sint32},
                                                            {record_field::kPositionLong, 4, BaseType::sint32},
                                                            {record_field::kHeartRate, 1, BaseType::uint8},
                                                            {record_field::kDistance, 4, BaseType::uint32}}};
        if (!m_record_defined) m_w.define(1, mesg_num::kRecord, fields);
        m_record_defined = true;
        m_w.message(1).u32(t).s32(lat).s32(lon).u8(hr).u32(distance_cm);
        return *this;
    }
    ActivityFile& lap(std::uint32_t start, std::uint32_t elapsed_ms, std::uint32_t distance_cm) {
        static const std::array<FieldDefinition, 4> fields{{{kFieldTimestamp, 4, BaseType::uint32},
                                                            {summary_field::kStartTime, 4, BaseType::uint32},
                                                            {summary_field::kTotalElapsedTime, 4, BaseType::uint32},
                                                            {summary_field::kTotalDistance, 4, BaseType::uint32}}};
        m_w.define(2, mesg_num::kLap, fields).message(2).u32(start + elapsed_ms / 1000).u32(start).u32(elapsed_ms);
        m_w.u32(distance_cm);
        return *this;
    }
    ActivityFile& session(std::uint32_t start, std::uint32_t elapsed_ms, std::uint8_t sport, std::uint8_t sub_sport,
                          std::uint32_t distance_cm = 0xFFFFFFFF, std::uint8_t avg_hr = 0xFF) {
        static const std::array<FieldDefinition, 8> fields{{{kFieldTimestamp, 4, BaseType::uint32},
                                                            {summary_field::kStartTime, 4, BaseType::uint32},
                                                            {summary_field::kTotalElapsedTime, 4, BaseType::uint32},
                                                            {summary_field::kTotalTimerTime, 4, BaseType::uint32},
                                                            {summary_field::kTotalDistance, 4, BaseType::uint32},
                                                            {session_field::kSport, 1, BaseType::enum_},
                                                            {session_field::kSubSport, 1, BaseType::enum_},
                                                            {session_field::kAvgHeartRate, 1, BaseType::uint8}}};
        m_w.define(3, mesg_num::kSession, fields).message(3).u32(start + elapsed_ms / 1000).u32(start);
        m_w.u32(elapsed_ms).u32(elapsed_ms).u32(distance_cm).u8(sport).u8(sub_sport).u8(avg_hr);
        return *this;
    }
    ActivityFile& activity(std::uint32_t t, std::int64_t local_minus_utc_s) {
        static const std::array<FieldDefinition, 2> fields{{{kFieldTimestamp, 4, BaseType::uint32},
                                                            {activity_field::kLocalTimestamp, 4, BaseType::uint32}}};
        m_w.define(4, mesg_num::kActivity, fields).message(4).u32(t);
        m_w.u32(static_cast<std::uint32_t>(static_cast<std::int64_t>(t) + local_minus_utc_s));
        return *this;
    }
    ActivityFile& set(std::uint32_t end, std::uint32_t duration_ms, std::uint8_t type, std::uint16_t category,
                      std::uint16_t subtype, std::uint16_t reps, std::uint16_t weight_16ths) {
        static const std::array<FieldDefinition, 7> fields{{{set_field::kTimestamp, 4, BaseType::uint32},
                                                            {set_field::kDuration, 4, BaseType::uint32},
                                                            {set_field::kSetType, 1, BaseType::uint8},
                                                            {set_field::kCategory, 2, BaseType::uint16},
                                                            {set_field::kCategorySubtype, 2, BaseType::uint16},
                                                            {set_field::kRepetitions, 2, BaseType::uint16},
                                                            {set_field::kWeight, 2, BaseType::uint16}}};
        m_w.define(5, mesg_num::kSet, fields).message(5).u32(end).u32(duration_ms).u8(type).u16(category);
        m_w.u16(subtype).u16(reps).u16(weight_16ths);
        return *this;
    }
    ActivityFile& hrv(std::uint16_t a_ms, std::uint16_t b_ms) {
        static const std::array<FieldDefinition, 1> fields{{{hrv_field::kTime, 4, BaseType::uint16}}};
        m_w.define(6, mesg_num::kHrv, fields).message(6).u16(a_ms).u16(b_ms);
        return *this;
    }
    ActivityFile& correlation(std::uint32_t utc, std::uint32_t system, std::int64_t local_minus_utc_s) {
        static const std::array<FieldDefinition, 3> fields{
            {{kFieldTimestamp, 4, BaseType::uint32},
             {timestamp_correlation_field::kSystemTimestamp, 4, BaseType::uint32},
             {timestamp_correlation_field::kLocalTimestamp, 4, BaseType::uint32}}};
        m_w.define(7, mesg_num::kTimestampCorrelation, fields).message(7).u32(utc).u32(system);
        m_w.u32(static_cast<std::uint32_t>(static_cast<std::int64_t>(utc) + local_minus_utc_s));
        return *this;
    }
    ActivityFile& creator(std::uint16_t maker, std::uint16_t product, std::string_view name) {
        static const std::array<FieldDefinition, 4> fields{{{device_info_field::kDeviceIndex, 1, BaseType::uint8},
                                                            {device_info_field::kManufacturer, 2, BaseType::uint16},
                                                            {device_info_field::kProduct, 2, BaseType::uint16},
                                                            {device_info_field::kProductName, 12, BaseType::string}}};
        m_w.define(8, mesg_num::kDeviceInfo, fields).message(8).u8(0).u16(maker).u16(product).text(name, 12);
        return *this;
    }

    [[nodiscard]] std::vector<std::byte> bytes() { return m_w.end_file().take(); }

private:
    FitWriter m_w;
    bool m_record_defined = false;
};

std::vector<domain::Activity> read(std::vector<std::byte> bytes) {
    auto result = read_activities(bytes, "activity.fit");
    EXPECT_TRUE(result.ok()) << result.error().to_string();
    if (!result.ok()) return {};
    return std::move(result).value();
}

TEST(FitActivityBuilder, MakesOneActivityPerSessionWithSummaryLapsAndSamples) {
    ActivityFile f;
    f.file_id(file_type::kActivity);
    f.record(kT0, 140, 0, 0x1C71C71C, 0x0E38E38E).record(kT0 + 1, 141, 350).record(kT0 + 2, 0xFF, 700);
    f.lap(kT0, 2500, 700).session(kT0, 2500, sport::kRunning, 2 /* street */, 700, 141).activity(kT0 + 3, 7200);
    const auto activities = read(f.bytes());
    ASSERT_EQ(activities.size(), 1U);
    const domain::Activity& a = activities[0];
    EXPECT_EQ(a.format, domain::SourceFormat::fit);
    EXPECT_EQ(a.sport, domain::Sport::running);
    EXPECT_EQ(a.sub_sport, "street");
    EXPECT_EQ(a.device, "Garmin Forerunner 935");
    EXPECT_EQ(a.start_utc, at(kT0));
    ASSERT_TRUE(a.utc_offset.has_value());
    EXPECT_EQ(a.utc_offset->minutes, 120);
    EXPECT_DOUBLE_EQ(*a.elapsed_s, 2.5);
    EXPECT_DOUBLE_EQ(*a.distance_m, 7.0);
    EXPECT_DOUBLE_EQ(*a.avg_hr_bpm, 141.0);
    EXPECT_FALSE(a.max_hr_bpm.has_value());
    ASSERT_EQ(a.laps.size(), 1U);
    EXPECT_EQ(a.laps[0].start_utc, at(kT0));
    EXPECT_DOUBLE_EQ(*a.laps[0].distance_m, 7.0);

    const SampleStream& s = a.samples;
    EXPECT_THAT(s.time_ms, ElementsAre(0, 1000, 2000));
    EXPECT_THAT(s.heart_rate_bpm, ElementsAre(140, 141, SampleStream::kNoHeartRate));
    EXPECT_THAT(s.distance_m, ElementsAre(0.0F, 3.5F, 7.0F));
    EXPECT_THAT(s.lat_e7, ElementsAre(400'000'000, SampleStream::kNoPosition, SampleStream::kNoPosition));
    EXPECT_THAT(s.lon_e7, ElementsAre(200'000'000, SampleStream::kNoPosition, SampleStream::kNoPosition));
    EXPECT_TRUE(s.power_w.empty()) << "a channel no record has stays empty";
    EXPECT_TRUE(s.altitude_m.empty());
    EXPECT_TRUE(s.cadence_rpm.empty());
}

TEST(FitActivityBuilder, LapsAndBeatIntervalsWithoutRecordsSetsOrSessionsMakeNoActivity) {
    ActivityFile course;
    course.file_id(file_type::kCourse).lap(kT0, 2000, 500).hrv(800, 810);
    EXPECT_TRUE(read(course.bytes()).empty());
    ActivityFile activity;
    activity.file_id(file_type::kActivity).lap(kT0, 2000, 500).hrv(800, 810);
    EXPECT_TRUE(read(activity.bytes()).empty()) << "laps alone are no recorded activity";
}

TEST(FitActivityBuilder, WithoutASessionTheTotalsComeFromTheRecords) {
    ActivityFile f;
    f.file_id(file_type::kActivity).lap(kT0, 2000, 500);
    f.record(kT0 + 1, 120, 0).record(kT0 + 3, 0xFF, 250).record(kT0 + 5, 130, 0xFFFFFFFF);
    const auto activities = read(f.bytes());
    ASSERT_EQ(activities.size(), 1U);
    const domain::Activity& a = activities[0];
    EXPECT_EQ(a.start_utc, at(kT0 + 1));
    EXPECT_DOUBLE_EQ(*a.elapsed_s, 4.0);
    EXPECT_DOUBLE_EQ(*a.distance_m, 2.5) << "the last distance a record has";
    EXPECT_DOUBLE_EQ(*a.avg_hr_bpm, 125.0);
    EXPECT_DOUBLE_EQ(*a.max_hr_bpm, 130.0);
    EXPECT_EQ(a.laps.size(), 1U);
    EXPECT_FALSE(a.timer_s.has_value());
}

TEST(FitActivityBuilder, SplitsAMultisportFileBySession) {
    ActivityFile f;
    f.file_id(file_type::kActivity);
    f.record(kT0 - 2, 100, 0);  // before the first session: belongs to it
    for (std::uint32_t t = 0; t < 10; ++t) f.record(kT0 + t, static_cast<std::uint8_t>(110 + t), t * 100);
    f.lap(kT0, 5000, 400).lap(kT0 + 5, 3000, 300).lap(kT0 + 8, 2000, 200);
    f.session(kT0, 5000, sport::kSwimming, 18 /* open_water */);
    f.session(kT0 + 5, 3000, sport::kTransition, 0);
    f.session(kT0 + 8, 2000, sport::kCycling, 0);
    const auto activities = read(f.bytes());
    ASSERT_EQ(activities.size(), 3U);
    EXPECT_EQ(activities[0].sport, domain::Sport::swimming);
    EXPECT_EQ(activities[0].sub_sport, "open_water");
    EXPECT_EQ(activities[1].sport, domain::Sport::other);
    EXPECT_EQ(activities[2].sport, domain::Sport::cycling);
    EXPECT_THAT(activities[0].samples.time_ms, ElementsAre(-2000, 0, 1000, 2000, 3000, 4000));
    EXPECT_THAT(activities[1].samples.heart_rate_bpm, ElementsAre(115, 116, 117));
    EXPECT_THAT(activities[2].samples.time_ms, ElementsAre(0, 1000));
    for (const auto& a : activities) EXPECT_EQ(a.laps.size(), 1U);
}

TEST(FitActivityBuilder, ComputesAnActivityFromRecordsWhenThereIsNoSession) {
    ActivityFile f;
    f.file_id(file_type::kActivity);
    f.record(kT0, 100, 0).record(kT0 + 30, 120, 9000).record(kT0 + 60, 0xFF, 0xFFFFFFFF);
    const auto activities = read(f.bytes());
    ASSERT_EQ(activities.size(), 1U);
    const domain::Activity& a = activities[0];
    EXPECT_EQ(a.start_utc, at(kT0));
    EXPECT_DOUBLE_EQ(*a.elapsed_s, 60.0);
    EXPECT_DOUBLE_EQ(*a.distance_m, 90.0);  // the last valid distance
    EXPECT_DOUBLE_EQ(*a.avg_hr_bpm, 110.0);
    EXPECT_DOUBLE_EQ(*a.max_hr_bpm, 120.0);
    EXPECT_FALSE(a.timer_s.has_value());
    EXPECT_FALSE(a.calories_kcal.has_value());
}

TEST(FitActivityBuilder, FilesThatAreNoActivityGiveNothing) {
    ActivityFile course;
    course.file_id(file_type::kCourse).record(kT0, 0xFF, 0, 1, 1).record(kT0 + 1, 0xFF, 100, 2, 2);
    EXPECT_TRUE(read(course.bytes()).empty());

    ActivityFile settings;
    settings.file_id(file_type::kSettings);
    EXPECT_TRUE(read(settings.bytes()).empty());

    ActivityFile only_id;
    only_id.file_id(file_type::kActivity);
    EXPECT_TRUE(read(only_id.bytes()).empty());
}

TEST(FitActivityBuilder, TurnsActiveSetsIntoNamedStrengthSets) {
    ActivityFile f;
    f.file_id(file_type::kActivity);
    f.record(kT0, 90, 0xFFFFFFFF).record(kT0 + 300, 120, 0xFFFFFFFF);
    f.set(kT0 + 40, 30'000, set_type::kActive, 28, 6, 5, 16 * 100);       // squat / barbell back squat, 100 kg
    f.set(kT0 + 160, 120'000, set_type::kRest, 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF);
    f.set(kT0 + 200, 40'000, set_type::kActive, 0, 999, 8, 16 * 60 + 8);  // bench press, unknown subtype, 60.5 kg
    f.set(kT0 + 250, 20'000, set_type::kActive, 16, 1, 12, 0xFFFF);       // hanging leg raise, no weight
    f.session(kT0, 300'000, sport::kTraining, sub_sport::kStrengthTraining);
    const auto activities = read(f.bytes());
    ASSERT_EQ(activities.size(), 1U);
    const domain::Activity& a = activities[0];
    EXPECT_EQ(a.sport, domain::Sport::strength);
    EXPECT_EQ(a.sub_sport, "strength_training");
    ASSERT_EQ(a.sets.size(), 3U);
    EXPECT_EQ(a.sets[0].order, 1);
    EXPECT_EQ(a.sets[0].exercise, "Barbell Back Squat");
    EXPECT_DOUBLE_EQ(*a.sets[0].weight_kg, 100.0);
    EXPECT_EQ(a.sets[0].reps, 5);
    EXPECT_DOUBLE_EQ(*a.sets[0].duration_s, 30.0);
    EXPECT_EQ(a.sets[0].start_utc, at(kT0 + 10));  // end minus duration
    EXPECT_EQ(a.sets[1].order, 2);
    EXPECT_EQ(a.sets[1].exercise, "Bench Press");
    EXPECT_DOUBLE_EQ(*a.sets[1].weight_kg, 60.5);
    EXPECT_EQ(a.sets[2].exercise, "Hanging Leg Raise");
    EXPECT_FALSE(a.sets[2].weight_kg.has_value());
}

TEST(FitActivityBuilder, GenericTrainingWithSetsIsStrength) {
    ActivityFile f;
    f.file_id(file_type::kActivity).record(kT0, 90, 0xFFFFFFFF);
    f.set(kT0 + 40, 30'000, set_type::kActive, 28, 6, 5, 16 * 100);
    f.session(kT0, 60'000, sport::kTraining, sub_sport::kGeneric);
    const auto with_sets = read(f.bytes());
    ASSERT_EQ(with_sets.size(), 1U);
    EXPECT_EQ(with_sets[0].sport, domain::Sport::strength);

    ActivityFile g;
    g.file_id(file_type::kActivity).record(kT0, 90, 0xFFFFFFFF).session(kT0, 60'000, sport::kTraining, 26);
    const auto cardio = read(g.bytes());
    ASSERT_EQ(cardio.size(), 1U);
    EXPECT_EQ(cardio[0].sport, domain::Sport::other);
    EXPECT_EQ(cardio[0].sub_sport, "cardio_training");
}

TEST(FitActivityBuilder, CollectsBeatToBeatIntervals) {
    ActivityFile f;
    f.file_id(file_type::kActivity).record(kT0, 90, 0).hrv(800, 810).record(kT0 + 1, 91, 0).hrv(0xFFFF, 790);
    f.session(kT0, 2000, sport::kRunning, 0);
    const auto activities = read(f.bytes());
    ASSERT_EQ(activities.size(), 1U);
    EXPECT_THAT(activities[0].rr_intervals_s, ElementsAre(0.8, 0.81, 0.79));
}

TEST(FitActivityBuilder, KeepsOnlyPlausibleUtcOffsets) {
    const auto offset_for = [](std::int64_t local_minus_utc_s) {
        ActivityFile f;
        f.file_id(file_type::kActivity).record(kT0, 90, 0).session(kT0, 1000, sport::kRunning, 0);
        f.activity(kT0 + 1, local_minus_utc_s);
        const auto activities = read(f.bytes());
        return activities.empty() ? std::nullopt : activities[0].utc_offset;
    };
    EXPECT_EQ(offset_for(-5 * 3600)->minutes, -300);
    EXPECT_EQ(offset_for(5 * 3600 + 45 * 60 + 20)->minutes, 345);  // Nepal, a few seconds of clock skew
    EXPECT_FALSE(offset_for(225).has_value());                      // 3 min 45 s: a clock error, not a zone
    EXPECT_FALSE(offset_for(-26 * 24 * 3600).has_value());
}

TEST(FitActivityBuilder, NamesTheCreatorDevice) {
    ActivityFile f;
    f.file_id(file_type::kActivity, 32, 31).creator(32, 31, "ELEMNT BOLT").record(kT0, 90, 0);
    f.session(kT0, 1000, sport::kCycling, 0);
    const auto activities = read(f.bytes());
    ASSERT_EQ(activities.size(), 1U);
    EXPECT_EQ(activities[0].device, "Wahoo Fitness ELEMNT BOLT");

    ActivityFile g;
    g.file_id(file_type::kActivity, 9999, 7).record(kT0, 90, 0).session(kT0, 1000, sport::kCycling, 0);
    EXPECT_EQ(read(g.bytes()).at(0).device, "manufacturer 9999 product 7");
}

TEST(FitActivityBuilder, PlacesRelativeTimesThroughTimestampCorrelation) {
    constexpr std::uint32_t kPowerUp = 100;  // seconds since power-up: a relative date_time
    ActivityFile f;
    f.file_id(file_type::kActivity).correlation(kT0, kPowerUp, -7 * 3600);
    f.record(kPowerUp, 90, 0).record(kPowerUp + 5, 95, 500).session(kPowerUp, 5000, sport::kRunning, 0);
    const auto activities = read(f.bytes());
    ASSERT_EQ(activities.size(), 1U);
    EXPECT_EQ(activities[0].start_utc, at(kT0));
    EXPECT_EQ(activities[0].utc_offset->minutes, -420);
    EXPECT_THAT(activities[0].samples.time_ms, ElementsAre(0, 5000));

    ActivityFile g;
    g.file_id(file_type::kActivity).record(kPowerUp, 90, 0).session(kPowerUp, 5000, sport::kRunning, 0);
    const auto bytes = g.bytes();
    const auto rejected = read_activities(bytes, "camera.fit");
    ASSERT_FALSE(rejected.ok());
    EXPECT_THAT(rejected.error().to_string(), HasSubstr("camera.fit: the activity's times are relative"));
}

}  // namespace
}  // namespace ironstride::ingest::fit
