#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "ironstride/ingest/gpx/gpx_reader.hpp"
#include "ironstride/util/file_bytes.hpp"
#include "support/test_support.hpp"

namespace ironstride::ingest::gpx {
namespace {

std::span<const std::byte> as_bytes(const std::string& text) {
    return std::as_bytes(std::span<const char>(text.data(), text.size()));
}

/// Records every callback as one line, so a test can compare the whole event sequence.
class RecordingHandler : public GpxHandler {
public:
    std::vector<std::string> events;

    void on_file(const GpxFileInfo& info) override { events.push_back(fmt::format("file {}", info.version)); }
    void on_waypoint(const GpxPoint& p) override { events.push_back(fmt::format("wpt {} {}", p.lat_deg, p.lon_deg)); }
    void on_route_begin(std::string_view name) override { events.push_back(fmt::format("rte {}", name)); }
    void on_route_point(const GpxPoint& p) override { events.push_back(fmt::format("rtept {}", p.lat_deg)); }
    void on_track_begin(const GpxTrackInfo& t) override {
        events.push_back(fmt::format("trk {} '{}' '{}'", t.index, t.name, t.type));
    }
    void on_segment_begin() override { events.push_back("seg"); }
    void on_point(const GpxPoint& p) override {
        std::string line = fmt::format("pt {} {}", p.lat_deg, p.lon_deg);
        if (p.time) line += fmt::format(" t={}", p.time->unix_ms);
        if (p.time && p.time->offset_minutes) line += fmt::format(" off={}", *p.time->offset_minutes);
        if (p.elevation_m) line += fmt::format(" ele={}", *p.elevation_m);
        if (p.heart_rate_bpm) line += fmt::format(" hr={}", *p.heart_rate_bpm);
        if (p.cadence_rpm) line += fmt::format(" cad={}", *p.cadence_rpm);
        if (p.speed_mps) line += fmt::format(" v={}", *p.speed_mps);
        if (p.power_w) line += fmt::format(" w={}", *p.power_w);
        events.push_back(line);
    }
    void on_segment_end() override { events.push_back("/seg"); }
    void on_track_end() override { events.push_back("/trk"); }
};

util::Result<GpxCounts> read_text(const std::string& text, RecordingHandler& handler) {
    GpxReader reader(handler);
    return reader.read(as_bytes(text), "t.gpx");
}

TEST(GpxReader, PushesTracksSegmentsAndTrackPointExtensionValues) {
    const util::FileBytes file(testing::test_data("pass/gpx/two_tracks_segments_tpx.gpx"));
    RecordingHandler handler;
    GpxReader reader(handler);
    const auto counts = reader.read(file.bytes(), "two.gpx");
    ASSERT_TRUE(counts.ok()) << counts.error().to_string();
    EXPECT_EQ(counts->tracks, 2U);
    EXPECT_EQ(counts->segments, 3U);
    EXPECT_EQ(counts->track_points, 6U);
    EXPECT_EQ(counts->waypoints, 1U);
    // 2024-05-01T06:00:00Z = 1714543200 s.
    const std::vector<std::string> expected{
        "file 1.1",
        "wpt 48.1 11.5",
        "trk 0 'Morning & Run' 'running'",
        "seg",
        "pt 48 11 t=1714543200000 ele=500 hr=120 cad=80",
        "pt 48.001 11 t=1714543230000 ele=502 hr=140 cad=82",
        "/seg",
        "seg",
        "pt 48.002 11 t=1714543530000 hr=150 cad=84",
        "pt 48.003 11 t=1714543560500 ele=506 cad=86",
        "/seg",
        "/trk",
        "trk 1 'Evening' 'cycling'",
        "seg",
        "pt 48.1 11.1 t=1714579200000 off=120 ele=510",
        "pt 48.1 11.101 t=1714579260000 off=120 ele=511",
        "/seg",
        "/trk",
    };
    EXPECT_EQ(handler.events, expected);
}

TEST(GpxReader, ReadsGpx10WithSpeedAndTimesWithoutZone) {
    const util::FileBytes file(testing::test_data("pass/gpx/gpx10_no_namespace_prefix.gpx"));
    RecordingHandler handler;
    GpxReader reader(handler);
    const auto counts = reader.read(file.bytes(), "g.gpx");
    ASSERT_TRUE(counts.ok()) << counts.error().to_string();
    ASSERT_EQ(handler.events.size(), 8U);
    EXPECT_EQ(handler.events[0], "file 1.0");
    // 2010-10-03T09:36:30 without a zone is UTC: 1286098590 s.
    EXPECT_EQ(handler.events[3], "pt 45 14 t=1286098590000 ele=100 v=2.5");
    EXPECT_EQ(handler.events[5], "pt 45.002 14 ele=105");
}

TEST(GpxReader, AcceptsPrefixedElementsBomCommentsAndAdHocExtensions) {
    const std::string text =
        "\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<!-- a comment -->\n"
        "<g:gpx xmlns:g=\"http://www.topografix.com/GPX/1/1\" version=\"1.1\"><g:trk><g:name><![CDATA[Run <1>]]></g:name>"
        "<g:trkseg><g:trkpt lat=\" 1.5 \" lon=\"+2\"><g:time>2020-01-01T00:00:00.1234567Z</g:time>"
        "<g:extensions><heartrate>98</heartrate><gpxdata:cadence>43</gpxdata:cadence>"
        "<gpxpx:PowerExtension><gpxpx:PowerInWatts>250</gpxpx:PowerInWatts></gpxpx:PowerExtension>"
        "</g:extensions></g:trkpt></g:trkseg></g:trk></g:gpx>";
    RecordingHandler handler;
    const auto counts = read_text(text, handler);
    ASSERT_TRUE(counts.ok()) << counts.error().to_string();
    ASSERT_EQ(handler.events.size(), 6U);
    EXPECT_EQ(handler.events[1], "trk 0 'Run <1>' ''");
    EXPECT_EQ(handler.events[3], "pt 1.5 2 t=1577836800123 hr=98 cad=43 w=250");
}

TEST(GpxReader, ReportsMalformedXmlAtLineAndColumn) {
    const util::FileBytes file(testing::test_data("fail/gpx/unclosed_tag.gpx"));
    RecordingHandler handler;
    GpxReader reader(handler);
    const auto counts = reader.read(file.bytes(), "unclosed.gpx");
    ASSERT_FALSE(counts.ok());
    // </trkseg> on line 6 closes the unclosed <trkpt> of line 5.
    EXPECT_EQ(counts.error().to_string(), "unclosed.gpx:6:5: malformed XML: Start-end tags mismatch");
}

TEST(GpxReader, ReportsABadLatitudeWithItsPositionAndTheAllowedRange) {
    const util::FileBytes file(testing::test_data("fail/gpx/bad_latitude.gpx"));
    RecordingHandler handler;
    GpxReader reader(handler);
    const auto counts = reader.read(file.bytes(), "bad.gpx");
    ASSERT_FALSE(counts.ok());
    EXPECT_EQ(counts.error().to_string(),
              "bad.gpx:5:5: <trkpt> lat=\"north\": expected decimal degrees from -90 to 90");
    EXPECT_EQ(counts.error().pos().line, 5U);
}

TEST(GpxReader, ReportsATimeThatIsNotIso8601) {
    const util::FileBytes file(testing::test_data("fail/gpx/bad_time.gpx"));
    RecordingHandler handler;
    GpxReader reader(handler);
    const auto counts = reader.read(file.bytes(), "t.gpx");
    ASSERT_FALSE(counts.ok());
    EXPECT_EQ(counts.error().to_string(),
              "t.gpx:4:34: <time> \"May 1 2024, 06:00\" is not an ISO 8601 timestamp (expected e.g. "
              "2024-05-01T06:30:00Z)");
}

TEST(GpxReader, RejectsAnotherRootElementAndAMissingLongitude) {
    RecordingHandler handler;
    const auto kml = read_text("<kml><Document/></kml>", handler);
    ASSERT_FALSE(kml.ok());
    EXPECT_EQ(kml.error().to_string(), "t.gpx:1:1: root element is <kml>, expected <gpx>");

    const auto no_lon = read_text("<gpx>\n <wpt lat=\"1\"/></gpx>", handler);
    ASSERT_FALSE(no_lon.ok());
    EXPECT_EQ(no_lon.error().to_string(),
              "t.gpx:2:2: <wpt> without lon; a point needs lat and lon attributes in decimal degrees");

    const auto bad_ele = read_text("<gpx><trk><trkseg><trkpt lat=\"1\" lon=\"2\"><ele>high</ele></trkpt></trkseg></trk></gpx>",
                                   handler);
    ASSERT_FALSE(bad_ele.ok());
    EXPECT_EQ(bad_ele.error().to_string(),
              "t.gpx:1:42: <ele> \"high\" is not a number (expected metres, e.g. 521.8)");
}

TEST(GpxReader, ReportsEmptyAndTruncatedInput) {
    RecordingHandler handler;
    const auto empty = read_text("", handler);
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().pos().line, 1U);
    const auto truncated = read_text("<gpx><trk><trkseg><trkpt lat=\"1\" lo", handler);
    ASSERT_FALSE(truncated.ok());
    EXPECT_NE(truncated.error().message().find("malformed XML"), std::string::npos);
}

}  // namespace
}  // namespace ironstride::ingest::gpx
