#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "ironstride/ingest/tcx/tcx_reader.hpp"
#include "ironstride/util/file_bytes.hpp"
#include "support/test_support.hpp"

namespace ironstride::ingest::tcx {
namespace {

std::span<const std::byte> as_bytes(const std::string& text) {
    return std::as_bytes(std::span<const char>(text.data(), text.size()));
}

std::string opt(const std::optional<double>& value) { return value ? fmt::format("{}", *value) : "-"; }

class RecordingHandler : public TcxHandler {
public:
    std::vector<std::string> events;

    void on_activity_begin(const TcxActivityInfo& a) override {
        events.push_back(fmt::format("activity {} {} id={} creator='{}'", a.index, a.sport,
                                     a.id_time ? a.id_time->unix_ms : -1, a.creator));
    }
    void on_lap_begin(const TcxLapInfo& l) override {
        events.push_back(fmt::format("lap start={} t={} d={} vmax={} kcal={} hr={}/{} {} {}", l.start ? l.start->unix_ms : -1,
                                     opt(l.total_time_s), opt(l.distance_m), opt(l.max_speed_mps), opt(l.calories_kcal),
                                     opt(l.avg_hr_bpm), opt(l.max_hr_bpm), l.intensity, l.trigger));
    }
    void on_track_begin() override { events.push_back("track"); }
    void on_point(const TcxPoint& p) override {
        events.push_back(fmt::format("pt t={} pos={},{} alt={} d={} hr={} cad={} v={} w={}", p.time ? p.time->unix_ms : -1,
                                     opt(p.lat_deg), opt(p.lon_deg), opt(p.altitude_m), opt(p.distance_m),
                                     opt(p.heart_rate_bpm), opt(p.cadence_rpm), opt(p.speed_mps), opt(p.power_w)));
    }
    void on_track_end() override { events.push_back("/track"); }
    void on_lap_end() override { events.push_back("/lap"); }
    void on_activity_end() override { events.push_back("/activity"); }
    void on_course(std::string_view name, const util::SourcePos& pos) override {
        events.push_back(fmt::format("course '{}' line {}", name, pos.line.value_or(0)));
    }
};

TEST(TcxReader, PushesActivityLapsTracksAndTrackpoints) {
    const util::FileBytes file(testing::test_data("pass/tcx/two_laps_two_tracks.tcx"));
    RecordingHandler handler;
    TcxReader reader(handler);
    const auto counts = reader.read(file.bytes(), "two.tcx");
    ASSERT_TRUE(counts.ok()) << counts.error().to_string();
    EXPECT_EQ(counts->activities, 1U);
    EXPECT_EQ(counts->laps, 2U);
    EXPECT_EQ(counts->tracks, 3U);
    EXPECT_EQ(counts->points, 5U);
    // 2024-05-01T06:00:00Z = 1714543200 s.
    const std::vector<std::string> expected{
        "activity 0 Running id=1714543200000 creator='Forerunner 945'",
        "lap start=1714543200000 t=60 d=200 vmax=3.5 kcal=10 hr=130/140 Active Manual",
        "track",
        "pt t=1714543200000 pos=48,11 alt=500 d=0 hr=120 cad=85 v=3 w=-",
        "pt t=1714543260000 pos=48.0018,11 alt=504 d=200 hr=140 cad=87 v=3.5 w=-",
        "/track",
        "/lap",
        "lap start=1714543260000 t=90 d=300 vmax=4 kcal=15 hr=-/- Active Manual",
        "track",
        "pt t=1714543290000 pos=-,- alt=- d=300 hr=150 cad=- v=- w=-",
        "/track",
        "track",
        "pt t=1714543500000 pos=-,- alt=- d=310 hr=152 cad=- v=- w=-",
        "pt t=1714543560000 pos=-,- alt=- d=500 hr=160 cad=- v=- w=-",
        "/track",
        "/lap",
        "/activity",
    };
    EXPECT_EQ(handler.events, expected);
}

TEST(TcxReader, ReadsMultisportLegsAndReportsCourses) {
    const util::FileBytes file(testing::test_data("pass/tcx/multisport_and_course.tcx"));
    RecordingHandler handler;
    TcxReader reader(handler);
    const auto counts = reader.read(file.bytes(), "m.tcx");
    ASSERT_TRUE(counts.ok()) << counts.error().to_string();
    EXPECT_EQ(counts->activities, 2U);
    EXPECT_EQ(counts->courses, 1U);
    ASSERT_FALSE(handler.events.empty());
    EXPECT_EQ(handler.events.front().substr(0, 18), "activity 0 Biking ");
    EXPECT_EQ(handler.events.back(), "course 'Thursday loop' line 33");
    EXPECT_EQ(handler.events[3], "pt t=1717228800000 pos=10,20 alt=- d=- hr=- cad=90 v=- w=-");
}

TEST(TcxReader, ReportsBadValuesWithLineAndColumn) {
    RecordingHandler handler;
    TcxReader reader(handler);
    {
        const util::FileBytes file(testing::test_data("fail/tcx/bad_trackpoint_time.tcx"));
        const auto counts = reader.read(file.bytes(), "time.tcx");
        ASSERT_FALSE(counts.ok());
        EXPECT_EQ(counts.error().to_string(),
                  "time.tcx:8:23: <Time> time \"yesterday\" is not an ISO 8601 timestamp (expected e.g. "
                  "2024-05-01T06:30:00Z)");
    }
    {
        const util::FileBytes file(testing::test_data("fail/tcx/bad_lap_distance.tcx"));
        const auto counts = reader.read(file.bytes(), "lap.tcx");
        ASSERT_FALSE(counts.ok());
        EXPECT_EQ(counts.error().to_string(), "lap.tcx:8:9: <DistanceMeters> \"1,5 km\" is not a number (expected metres)");
    }
    {
        const util::FileBytes file(testing::test_data("fail/tcx/truncated.tcx"));
        const auto counts = reader.read(file.bytes(), "cut.tcx");
        ASSERT_FALSE(counts.ok());
        EXPECT_EQ(counts.error().to_string(), "cut.tcx:5:45: malformed XML: Start-end tags mismatch");
    }
    const auto wrong_root = reader.read(as_bytes("<?xml version=\"1.0\"?>\n<gpx/>"), "r.tcx");
    ASSERT_FALSE(wrong_root.ok());
    EXPECT_EQ(wrong_root.error().to_string(), "r.tcx:2:1: root element is <gpx>, expected <TrainingCenterDatabase>");
    const auto bad_lat = reader.read(
        as_bytes("<TrainingCenterDatabase><Activities><Activity><Lap><Track><Trackpoint><Position>"
                 "<LatitudeDegrees>91</LatitudeDegrees><LongitudeDegrees>0</LongitudeDegrees></Position></Trackpoint>"
                 "</Track></Lap></Activity></Activities></TrainingCenterDatabase>"),
        "lat.tcx");
    ASSERT_FALSE(bad_lat.ok());
    EXPECT_EQ(bad_lat.error().to_string(), "lat.tcx:1:81: <LatitudeDegrees> 91 is outside -90 to 90");
}

TEST(TcxReader, AcceptsWhitespaceBeforeTheDeclarationAsPolarWritesIt) {
    RecordingHandler handler;
    TcxReader reader(handler);
    const auto counts = reader.read(
        as_bytes("   <?xml version=\"1.0\" encoding=\"UTF-8\"?><TrainingCenterDatabase><Activities>"
                 "<Activity Sport=\"Running\"><Id>2016-09-12T11:19:55.000Z</Id></Activity></Activities>"
                 "</TrainingCenterDatabase>"),
        "polar.tcx");
    ASSERT_TRUE(counts.ok()) << counts.error().to_string();
    EXPECT_EQ(counts->activities, 1U);
}

}  // namespace
}  // namespace ironstride::ingest::tcx
