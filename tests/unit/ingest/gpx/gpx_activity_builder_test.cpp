#include <chrono>
#include <cmath>
#include <cstddef>
#include <numbers>
#include <span>
#include <string>

#include <gtest/gtest.h>

#include "ironstride/ingest/gpx/gpx_activity_builder.hpp"
#include "ironstride/units/civil_time.hpp"
#include "ironstride/util/file_bytes.hpp"
#include "support/test_support.hpp"

namespace ironstride::ingest::gpx {
namespace {

using domain::SampleStream;

std::span<const std::byte> as_bytes(const std::string& text) {
    return std::as_bytes(std::span<const char>(text.data(), text.size()));
}

/// 0.001° of latitude on the 6378137 m sphere: 6378137 · 0.001 · π/180.
constexpr double kMilliDegreeM = 111.31949079327357;

TEST(GpxActivityBuilder, SplitsTracksFarApartAndComputesSummariesFromPoints) {
    const util::FileBytes file(testing::test_data("pass/gpx/two_tracks_segments_tpx.gpx"));
    const auto decoded = decode_gpx(file.bytes(), "two.gpx");
    ASSERT_TRUE(decoded.ok()) << decoded.error().to_string();
    EXPECT_EQ(decoded->format, FileFormat::gpx);
    EXPECT_TRUE(decoded->warnings.empty());
    ASSERT_EQ(decoded->activities.size(), 2U);

    const domain::Activity& run = decoded->activities[0];
    EXPECT_EQ(run.format, domain::SourceFormat::gpx);
    EXPECT_EQ(run.sport, domain::Sport::running);
    EXPECT_EQ(run.name, "Morning & Run");
    EXPECT_EQ(units::format_iso_instant(run.start_utc.value()), "2024-05-01T06:00:00Z");
    EXPECT_FALSE(run.utc_offset.has_value());  // "Z" says UTC, not the local offset
    EXPECT_DOUBLE_EQ(*run.elapsed_s, 360.5);
    EXPECT_DOUBLE_EQ(*run.timer_s, 60.5);  // two segments of 30 s and 30.5 s; the 5 min between is a pause
    EXPECT_NEAR(*run.distance_m, 2 * kMilliDegreeM, 1e-6);  // nothing counted across the segment gap
    EXPECT_NEAR(*run.avg_hr_bpm, (120.0 + 140.0 + 150.0) / 3, 1e-9);
    EXPECT_DOUBLE_EQ(*run.max_hr_bpm, 150);
    EXPECT_DOUBLE_EQ(*run.ascent_m, 2);
    EXPECT_DOUBLE_EQ(*run.descent_m, 0);
    EXPECT_NEAR(*run.avg_speed_mps, 2 * kMilliDegreeM / 60.5, 1e-9);
    EXPECT_FALSE(run.max_speed_mps.has_value());
    EXPECT_FALSE(run.calories_kcal.has_value());

    const SampleStream& s = run.samples;
    ASSERT_EQ(s.size(), 4U);
    EXPECT_EQ(s.time_ms, (std::vector<std::int64_t>{0, 30000, 330000, 360500}));
    EXPECT_EQ(s.lat_e7, (std::vector<std::int32_t>{480000000, 480010000, 480020000, 480030000}));
    EXPECT_EQ(s.lon_e7[0], 110000000);
    ASSERT_EQ(s.altitude_m.size(), 4U);
    EXPECT_FLOAT_EQ(s.altitude_m[1], 502.0F);
    EXPECT_TRUE(std::isnan(s.altitude_m[2]));  // the point without <ele>
    EXPECT_EQ(s.heart_rate_bpm, (std::vector<std::uint8_t>{120, 140, 150, SampleStream::kNoHeartRate}));
    EXPECT_EQ(s.cadence_rpm, (std::vector<std::uint8_t>{80, 82, 84, 86}));
    ASSERT_EQ(s.distance_m.size(), 4U);
    EXPECT_NEAR(s.distance_m[1], kMilliDegreeM, 1e-3);
    EXPECT_NEAR(s.distance_m[2], kMilliDegreeM, 1e-3);  // a new segment adds nothing
    EXPECT_TRUE(s.speed_mps.empty());
    EXPECT_TRUE(s.power_w.empty());

    const domain::Activity& ride = decoded->activities[1];
    EXPECT_EQ(ride.sport, domain::Sport::cycling);
    EXPECT_EQ(units::format_iso_instant(ride.start_utc.value()), "2024-05-01T16:00:00Z");
    ASSERT_TRUE(ride.utc_offset.has_value());
    EXPECT_EQ(ride.utc_offset->minutes, 120);
    EXPECT_NEAR(*ride.distance_m, kMilliDegreeM * std::cos(48.1 * std::numbers::pi / 180), 0.01);
    EXPECT_TRUE(ride.samples.heart_rate_bpm.empty());
    EXPECT_TRUE(ride.samples.cadence_rpm.empty());
}

TEST(GpxActivityBuilder, JoinsTracksOfOneOutingAndKeepsPointsWithoutTime) {
    const util::FileBytes file(testing::test_data("pass/gpx/gpx10_no_namespace_prefix.gpx"));
    const auto decoded = decode_gpx(file.bytes(), "g.gpx");
    ASSERT_TRUE(decoded.ok()) << decoded.error().to_string();
    ASSERT_EQ(decoded->activities.size(), 1U);
    const domain::Activity& walk = decoded->activities[0];
    // No <type>: the sport is left to inference from speed (ingest/sport_inference.hpp, after decoding).
    EXPECT_EQ(walk.sport, domain::Sport::other);
    EXPECT_TRUE(walk.sport_inferred);
    // The point without <time> is kept for its position, elevation and distance (issue 12.9), without a time.
    ASSERT_EQ(walk.samples.size(), 3U);
    EXPECT_EQ(walk.samples.time_ms, (std::vector<std::int64_t>{0, 60000, SampleStream::kNoTime}));
    EXPECT_NEAR(walk.samples.distance_m[2], 2 * kMilliDegreeM, 0.5);
    EXPECT_EQ(units::format_iso_instant(walk.start_utc.value()), "2010-10-03T09:36:30Z");
    EXPECT_FALSE(walk.elapsed_s.has_value()) << "the untimed point's time is unknown, so is the duration";
    EXPECT_FALSE(walk.timer_s.has_value());
    EXPECT_DOUBLE_EQ(*walk.max_speed_mps, 3.5);
    EXPECT_DOUBLE_EQ(*walk.ascent_m, 5.5);  // 100, 110, 105 m smoothed
    ASSERT_EQ(decoded->warnings.size(), 1U);
    EXPECT_EQ(decoded->warnings[0],
              "track 1 \"GPX 1.0\" (line 3): 1 of 3 points have no <time>; kept for position and distance, and "
              "the activity's duration is unknown");

    // Two tracks 20 minutes apart with the same type are one activity; the gap is a pause.
    const std::string two =
        "<gpx><trk><type>hiking</type><trkseg>"
        "<trkpt lat=\"1\" lon=\"1\"><time>2020-01-01T10:00:00Z</time></trkpt>"
        "<trkpt lat=\"1\" lon=\"1.001\"><time>2020-01-01T10:10:00Z</time></trkpt></trkseg></trk>"
        "<trk><type>hiking</type><trkseg>"
        "<trkpt lat=\"1\" lon=\"1.002\"><time>2020-01-01T10:30:00Z</time></trkpt>"
        "<trkpt lat=\"1\" lon=\"1.003\"><time>2020-01-01T10:40:00Z</time></trkpt></trkseg></trk></gpx>";
    const auto joined = decode_gpx(as_bytes(two), "two.gpx");
    ASSERT_TRUE(joined.ok());
    ASSERT_EQ(joined->activities.size(), 1U);
    EXPECT_EQ(joined->activities[0].sport, domain::Sport::hiking);
    EXPECT_DOUBLE_EQ(*joined->activities[0].elapsed_s, 2400);
    EXPECT_DOUBLE_EQ(*joined->activities[0].timer_s, 1200);
}

TEST(GpxActivityBuilder, ExplainsFilesWithoutARecordedTrack) {
    const util::FileBytes file(testing::test_data("pass/gpx/route_only.gpx"));
    const auto decoded = decode_gpx(file.bytes(), "route.gpx");
    ASSERT_TRUE(decoded.ok());
    // A track without any <time> is kept with its points and distance but no start or duration (issue 12.9: never
    // a sentinel turned into a date); the route is not an activity.
    ASSERT_EQ(decoded->activities.size(), 1U);
    const domain::Activity& drawn = decoded->activities[0];
    EXPECT_FALSE(drawn.start_utc.has_value());
    EXPECT_FALSE(drawn.elapsed_s.has_value());
    EXPECT_FALSE(drawn.timer_s.has_value());
    EXPECT_EQ(drawn.samples.size(), 2U);
    EXPECT_NEAR(*drawn.distance_m, 10 * kMilliDegreeM, 0.01);
    ASSERT_EQ(decoded->warnings.size(), 1U);
    EXPECT_EQ(decoded->warnings[0],
              "track 1 \"Drawn on a map\" (line 7): no point has a <time>; its 2 points are "
              "kept for position and distance, without start or duration");

    const auto waypoints = decode_gpx(as_bytes("<gpx><wpt lat=\"1\" lon=\"2\"/><rte><rtept lat=\"1\" lon=\"2\"/></rte></gpx>"),
                                      "w.gpx");
    ASSERT_TRUE(waypoints.ok());
    ASSERT_EQ(waypoints->warnings.size(), 1U);
    EXPECT_EQ(waypoints->warnings[0],
              "no recorded activity: the file holds 1 waypoint(s) and 1 route(s) with 1 point(s) but no track points; "
              "waypoints and routes are not activities");

    const auto nothing = decode_gpx(as_bytes("<gpx version=\"1.1\"><metadata/></gpx>"), "m.gpx");
    ASSERT_TRUE(nothing.ok());
    EXPECT_EQ(nothing->warnings, std::vector<std::string>{"no recorded activity: the file has no tracks, routes or waypoints"});
}

TEST(GpxActivityBuilder, KeepsAnUnknownTypeAsSubSport) {
    const std::string text =
        "<gpx><trk><type>kayaking</type><trkseg><trkpt lat=\"1\" lon=\"1\"><time>2020-01-01T10:00:00Z</time></trkpt>"
        "</trkseg></trk></gpx>";
    const auto decoded = decode_gpx(as_bytes(text), "k.gpx");
    ASSERT_TRUE(decoded.ok());
    ASSERT_EQ(decoded->activities.size(), 1U);
    EXPECT_EQ(decoded->activities[0].sport, domain::Sport::other);
    EXPECT_EQ(decoded->activities[0].sub_sport, "kayaking");
    EXPECT_DOUBLE_EQ(*decoded->activities[0].elapsed_s, 0);
    EXPECT_DOUBLE_EQ(*decoded->activities[0].distance_m, 0);
}

TEST(GpxActivityBuilder, PassesReaderFailuresThrough) {
    const util::FileBytes file(testing::test_data("fail/gpx/bad_latitude.gpx"));
    const auto decoded = decode_gpx(file.bytes(), "bad.gpx");
    ASSERT_FALSE(decoded.ok());
    EXPECT_EQ(decoded.error().pos().line, 5U);
}

}  // namespace
}  // namespace ironstride::ingest::gpx
