#include <cmath>
#include <cstddef>
#include <span>
#include <string>

#include <gtest/gtest.h>

#include "ironstride/ingest/tcx/tcx_activity_builder.hpp"
#include "ironstride/units/civil_time.hpp"
#include "ironstride/util/file_bytes.hpp"
#include "support/test_support.hpp"

namespace ironstride::ingest::tcx {
namespace {

using domain::SampleStream;

std::span<const std::byte> as_bytes(const std::string& text) {
    return std::as_bytes(std::span<const char>(text.data(), text.size()));
}

TEST(TcxActivityBuilder, KeepsLapSummariesAndCompletesThemFromPoints) {
    const util::FileBytes file(testing::test_data("pass/tcx/two_laps_two_tracks.tcx"));
    const auto decoded = decode_tcx(file.bytes(), "two.tcx");
    ASSERT_TRUE(decoded.ok()) << decoded.error().to_string();
    EXPECT_EQ(decoded->format, FileFormat::tcx);
    EXPECT_TRUE(decoded->warnings.empty());
    ASSERT_EQ(decoded->activities.size(), 1U);
    const domain::Activity& run = decoded->activities[0];
    EXPECT_EQ(run.format, domain::SourceFormat::tcx);
    EXPECT_EQ(run.sport, domain::Sport::running);
    EXPECT_EQ(run.device, "Forerunner 945");
    EXPECT_EQ(units::format_iso_instant(run.start_utc.value()), "2024-05-01T06:00:00Z");

    ASSERT_EQ(run.laps.size(), 2U);
    const domain::Lap& first = run.laps[0];
    EXPECT_EQ(units::format_iso_instant(first.start_utc), "2024-05-01T06:00:00Z");
    EXPECT_DOUBLE_EQ(*first.timer_s, 60);
    EXPECT_DOUBLE_EQ(*first.elapsed_s, 60);
    EXPECT_DOUBLE_EQ(*first.distance_m, 200);
    EXPECT_DOUBLE_EQ(*first.avg_hr_bpm, 130);  // the lap's own value
    EXPECT_DOUBLE_EQ(*first.max_hr_bpm, 140);
    EXPECT_DOUBLE_EQ(*first.calories_kcal, 10);
    EXPECT_DOUBLE_EQ(*first.ascent_m, 4);
    const domain::Lap& second = run.laps[1];
    EXPECT_DOUBLE_EQ(*second.timer_s, 90);
    EXPECT_DOUBLE_EQ(*second.elapsed_s, 300);  // 06:01:00 to its last point at 06:06:00
    EXPECT_DOUBLE_EQ(*second.avg_hr_bpm, (150.0 + 152.0 + 160.0) / 3);  // no lap value: from its points
    EXPECT_DOUBLE_EQ(*second.max_hr_bpm, 160);
    EXPECT_FALSE(second.ascent_m.has_value());

    EXPECT_DOUBLE_EQ(*run.timer_s, 150);
    EXPECT_DOUBLE_EQ(*run.elapsed_s, 360);
    EXPECT_DOUBLE_EQ(*run.distance_m, 500);
    EXPECT_DOUBLE_EQ(*run.calories_kcal, 25);
    EXPECT_DOUBLE_EQ(*run.avg_hr_bpm, (130.0 * 60 + 154.0 * 90) / 150);  // lap averages weighted by lap time
    EXPECT_DOUBLE_EQ(*run.max_hr_bpm, 160);
    EXPECT_DOUBLE_EQ(*run.max_speed_mps, 4);
    EXPECT_DOUBLE_EQ(*run.avg_speed_mps, 500.0 / 150);
    EXPECT_DOUBLE_EQ(*run.ascent_m, 4);

    const SampleStream& s = run.samples;
    ASSERT_EQ(s.size(), 5U);
    EXPECT_EQ(s.time_ms, (std::vector<std::int64_t>{0, 60000, 90000, 300000, 360000}));
    EXPECT_EQ(s.distance_m, (std::vector<float>{0, 200, 300, 310, 500}));
    EXPECT_EQ(s.heart_rate_bpm, (std::vector<std::uint8_t>{120, 140, 150, 152, 160}));
    EXPECT_EQ(s.cadence_rpm, (std::vector<std::uint8_t>{85, 87, SampleStream::kNoCadence, SampleStream::kNoCadence,
                                                        SampleStream::kNoCadence}));
    ASSERT_EQ(s.speed_mps.size(), 5U);
    EXPECT_FLOAT_EQ(s.speed_mps[1], 3.5F);
    EXPECT_TRUE(std::isnan(s.speed_mps[2]));
    ASSERT_EQ(s.lat_e7.size(), 5U);
    EXPECT_EQ(s.lat_e7[1], 480018000);
    EXPECT_EQ(s.lat_e7[2], SampleStream::kNoPosition);
}

TEST(TcxActivityBuilder, MakesOneActivityPerMultisportLegAndSkipsCourses) {
    const util::FileBytes file(testing::test_data("pass/tcx/multisport_and_course.tcx"));
    const auto decoded = decode_tcx(file.bytes(), "m.tcx");
    ASSERT_TRUE(decoded.ok()) << decoded.error().to_string();
    ASSERT_EQ(decoded->activities.size(), 2U);
    const domain::Activity& bike = decoded->activities[0];
    EXPECT_EQ(bike.sport, domain::Sport::cycling);
    EXPECT_DOUBLE_EQ(*bike.timer_s, 600);  // no lap totals: from the points
    EXPECT_NEAR(*bike.distance_m, 1113.1949, 1e-3);  // 0.01° of latitude, haversine
    EXPECT_EQ(bike.samples.cadence_rpm, (std::vector<std::uint8_t>{90, 92}));
    const domain::Activity& run = decoded->activities[1];
    EXPECT_EQ(run.sport, domain::Sport::running);
    EXPECT_EQ(units::format_iso_instant(run.start_utc.value()), "2024-06-01T08:15:00Z");
    EXPECT_DOUBLE_EQ(*run.elapsed_s, 300);
    EXPECT_FALSE(run.distance_m.has_value());  // no positions, no distances
    EXPECT_TRUE(run.samples.lat_e7.empty());
    const std::vector<std::string> warnings{
        "activity 2 (line 19): 1 trackpoints without <Time> were left out",
        "course \"Thursday loop\" (line 33) is a planned route, not a recorded activity; skipped",
    };
    EXPECT_EQ(decoded->warnings, warnings);
}

TEST(TcxActivityBuilder, KeepsALapOnlyActivityAndExplainsAnEmptyFile) {
    const auto lap_only = decode_tcx(
        as_bytes("<TrainingCenterDatabase><Activities><Activity Sport=\"Biking\"><Id>2020-01-01T10:00:00+01:00</Id>"
                 "<Lap StartTime=\"2020-01-01T09:00:00Z\"><TotalTimeSeconds>1800</TotalTimeSeconds>"
                 "<DistanceMeters>15000</DistanceMeters><Calories>400</Calories></Lap></Activity></Activities>"
                 "</TrainingCenterDatabase>"),
        "manual.tcx");
    ASSERT_TRUE(lap_only.ok()) << lap_only.error().to_string();
    ASSERT_EQ(lap_only->activities.size(), 1U);
    const domain::Activity& ride = lap_only->activities[0];
    EXPECT_EQ(units::format_iso_instant(ride.start_utc.value()), "2020-01-01T09:00:00Z");
    ASSERT_TRUE(ride.utc_offset.has_value());
    EXPECT_EQ(ride.utc_offset->minutes, 60);
    EXPECT_DOUBLE_EQ(*ride.timer_s, 1800);
    EXPECT_DOUBLE_EQ(*ride.elapsed_s, 1800);
    EXPECT_DOUBLE_EQ(*ride.distance_m, 15000);
    EXPECT_DOUBLE_EQ(*ride.calories_kcal, 400);
    EXPECT_TRUE(ride.samples.empty());

    const auto empty = decode_tcx(as_bytes("<TrainingCenterDatabase><Activities/></TrainingCenterDatabase>"), "e.tcx");
    ASSERT_TRUE(empty.ok());
    EXPECT_TRUE(empty->empty());
    EXPECT_EQ(empty->warnings, std::vector<std::string>{"no recorded activity: the file has no <Activity>"});

    const auto timeless = decode_tcx(
        as_bytes("<TrainingCenterDatabase><Activities><Activity><Lap/></Activity></Activities></TrainingCenterDatabase>"),
        "t.tcx");
    ASSERT_TRUE(timeless.ok());
    EXPECT_TRUE(timeless->empty());
    EXPECT_EQ(timeless->warnings,
              std::vector<std::string>{
                  "activity 1 (line 1): no start time (no <Id>, lap StartTime or timed trackpoint); skipped"});
}

}  // namespace
}  // namespace ironstride::ingest::tcx
