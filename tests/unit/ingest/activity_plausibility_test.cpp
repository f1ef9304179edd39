// Issue 12.7 (plausibility) and 12.9 (nothing misread) on the decoded activity: every track format goes through
// make_plausible after decoding (ingest/format_registry.cpp), `import --recover` included. Each test is a regression
// scenario the issue names, on a real corpus file where there is one, else on a small file made here.

#include "ironstride/ingest/activity_plausibility.hpp"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <numeric>
#include <span>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "ironstride/ingest/format_registry.hpp"
#include "ironstride/ingest/plausible_times.hpp"
#include "ironstride/units/civil_time.hpp"
#include "ironstride/util/file_bytes.hpp"
#include "support/test_support.hpp"

namespace ironstride::ingest {
namespace {

using domain::SampleStream;
using domain::Sport;

/// A fixed "now", so that "after tomorrow" does not move with the clock.
const units::Instant kNow = units::parse_iso_instant("2026-12-03T12:00:00Z").value();

DecodeOptions at_now() {
    DecodeOptions options;
    options.now = kNow;
    return options;
}

std::span<const std::byte> as_bytes(const std::string& text) {
    return {reinterpret_cast<const std::byte*>(text.data()), text.size()};
}

util::Result<DecodedFile> decode_corpus(const std::string& relative) {
    const util::FileBytes file(testing::corpus_file(relative));
    return decode_file(file.bytes(), relative, at_now());
}

bool any_warning_contains(const DecodedFile& decoded, const std::string& text) {
    for (const std::string& warning : decoded.warnings) {
        if (warning.find(text) != std::string::npos) return true;
    }
    return false;
}

/// A GPX track of 1 km steps one minute apart from `first`, with the times given.
std::string gpx_track(const std::vector<std::string>& times) {
    std::string gpx = "<gpx><trk><type>running</type><trkseg>\n";
    for (std::size_t i = 0; i < times.size(); ++i) {
        gpx += "<trkpt lat=\"46\" lon=\"" + std::to_string(14.0 + 0.0001 * static_cast<double>(i)) + "\"><time>" +
               times[i] + "</time></trkpt>\n";
    }
    return gpx + "</trkseg></trk></gpx>";
}

TEST(ActivityPlausibility, OnePoint2000DatedInA2020TrackIsDroppedNotA19YearRun) {
    const auto decoded = decode_file(as_bytes(gpx_track({"2020-06-01T06:00:00Z", "2020-06-01T06:01:00Z",
                                                         "2000-01-01T00:00:00Z", "2020-06-01T06:02:00Z"})),
                                     "t.gpx", at_now());
    ASSERT_TRUE(decoded.ok()) << decoded.error().to_string();
    ASSERT_EQ(decoded->activities.size(), 1U);
    const domain::Activity& run = decoded->activities[0];
    EXPECT_EQ(units::format_iso_instant(run.start_utc.value()), "2020-06-01T06:00:00Z");
    EXPECT_DOUBLE_EQ(run.elapsed_s.value(), 120);
    EXPECT_EQ(run.samples.size(), 3U);
    EXPECT_EQ(run.sport, Sport::running);
    ASSERT_EQ(decoded->warnings.size(), 1U);
    EXPECT_EQ(decoded->warnings[0], std::string(kImplausibleTag) +
                                        "activity 1: line 4: time 2000-01-01T00:00:00Z is more than a day away from "
                                        "the rest of the track; the point was dropped");
}

TEST(ActivityPlausibility, TimesRunningBackwardsAYearAreNotA365DayActivity) {
    // The last point a year before the others (a clock reset mid-track): today's "365-day activity".
    const auto decoded = decode_file(as_bytes(gpx_track({"2021-03-01T07:00:00Z", "2021-03-01T07:05:00Z",
                                                         "2021-03-01T07:10:00Z", "2020-03-01T07:15:00Z"})),
                                     "b.gpx", at_now());
    ASSERT_TRUE(decoded.ok()) << decoded.error().to_string();
    ASSERT_EQ(decoded->activities.size(), 1U);
    EXPECT_DOUBLE_EQ(decoded->activities[0].elapsed_s.value(), 600);
    EXPECT_TRUE(any_warning_contains(*decoded, "line 5: time 2020-03-01T07:15:00Z is more than a day away"));
}

TEST(ActivityPlausibility, PointsBefore1970OrAfterTomorrowKeepTheirPositionWithoutATime) {
    const auto decoded = decode_file(as_bytes(gpx_track({"2020-06-01T06:00:00Z", "1901-12-13T20:45:52Z",
                                                         "2020-06-01T06:01:00Z", "2099-01-01T00:00:00Z"})),
                                     "s.gpx", at_now());
    ASSERT_TRUE(decoded.ok()) << decoded.error().to_string();
    const domain::Activity& a = decoded->activities.at(0);
    ASSERT_EQ(a.samples.size(), 4U);
    EXPECT_EQ(a.samples.time_ms[1], SampleStream::kNoTime);
    EXPECT_EQ(a.samples.time_ms[3], SampleStream::kNoTime);
    EXPECT_EQ(units::format_iso_instant(a.start_utc.value()), "2020-06-01T06:00:00Z");
    EXPECT_TRUE(any_warning_contains(*decoded,
                                     "lines 3, 5: time 1901-12-13T20:45:52Z is before 1970 or after "
                                     "tomorrow"));
}

TEST(ActivityPlausibility, ATrackEntirelyInTheFutureKeepsItsPointsWithoutTimes) {
    const auto decoded =
        decode_file(as_bytes(gpx_track({"2030-06-01T06:00:00Z", "2030-06-01T06:01:00Z"})), "f.gpx", at_now());
    ASSERT_TRUE(decoded.ok()) << "the points are kept without times: no start, nothing to reject";
    EXPECT_FALSE(decoded->activities.at(0).start_utc.has_value());
}

TEST(ActivityPlausibility, RecoveredFitWithANegativeElapsedAndAWorldTourDistanceIsMadeSane) {
    // The summary --recover built from a damaged file (elapsed -46,494,969 s, 38,088 km: shown as -12915:16:09),
    // with records of a one-hour 10 km run: the records' span and distance replace the summary.
    domain::Activity a;
    a.sport = Sport::running;
    a.start_utc = units::parse_iso_instant("2019-05-01T06:00:00Z").value();
    a.elapsed_s = -46494969;
    a.distance_m = 38088e3;
    for (int i = 0; i <= 60; ++i) {
        a.samples.time_ms.push_back(std::int64_t{i} * 60000);
        a.samples.distance_m.push_back(static_cast<float>(i) * 10000.0F / 60.0F);
    }
    std::vector<std::string> warnings;
    const auto error = make_plausible(a, warnings, "r.fit", "activity", kNow);
    ASSERT_FALSE(error.has_value()) << error->to_string();
    EXPECT_DOUBLE_EQ(a.elapsed_s.value(), 3600);
    EXPECT_NEAR(a.distance_m.value(), 10000, 0.01);
    EXPECT_EQ(a.sport, Sport::running);
    ASSERT_EQ(warnings.size(), 2U);
    EXPECT_EQ(warnings[0], std::string(kImplausibleTag) +
                               "activity: elapsed time -46494969 s is negative or longer than 7 days; the records' "
                               "span, 3600 s, is used instead");
}

TEST(ActivityPlausibility, AnActivityThatCannotBeMadeSaneIsRejected) {
    domain::Activity a;
    a.sport = Sport::running;
    a.start_utc = units::parse_iso_instant("2019-05-01T06:00:00Z").value();
    a.elapsed_s = -46494969;  // and no records to take a time from
    std::vector<std::string> warnings;
    const auto error = make_plausible(a, warnings, "r.fit", "activity", kNow);
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->code(), util::ErrorCode::track_implausible);
}

TEST(ActivityPlausibility, ACarIsNotARun) {
    // gpxpy--first_and_last_elevation.gpx: 195.7 km in 2 h (27 m/s) without a <type>; today stored as running (it
    // raised an ultra-distance finding). Its last point runs back an hour; the span is earliest to latest.
    const auto decoded = decode_corpus("gpx/gpxpy--first_and_last_elevation.gpx");
    ASSERT_TRUE(decoded.ok()) << decoded.error().to_string();
    const domain::Activity& car = decoded->activities.at(0);
    EXPECT_NEAR(car.distance_m.value(), 195716, 1);
    EXPECT_DOUBLE_EQ(car.elapsed_s.value(), 7200);
    EXPECT_EQ(car.sport, Sport::other);
    EXPECT_TRUE(car.sport_inferred);
}

TEST(ActivityPlausibility, ANamedSportFasterThanAnyHumanBecomesInferred) {
    const std::string gpx =
        "<gpx><trk><type>running</type><trkseg>"
        "<trkpt lat=\"46\" lon=\"14\"><time>2020-06-01T06:00:00Z</time></trkpt>"
        "<trkpt lat=\"46.5\" lon=\"14\"><time>2020-06-01T06:30:00Z</time></trkpt></trkseg></trk></gpx>";
    const auto decoded = decode_file(as_bytes(gpx), "c.gpx", at_now());  // 55.6 km in 30 min: 30.9 m/s
    ASSERT_TRUE(decoded.ok()) << decoded.error().to_string();
    const domain::Activity& a = decoded->activities.at(0);
    EXPECT_EQ(a.sport, Sport::other);
    EXPECT_TRUE(a.sport_inferred);
    EXPECT_TRUE(any_warning_contains(*decoded, "beyond any human's running"));
}

TEST(ActivityPlausibility, HandheldActiveLogIsNotALongRun) {
    // gpxpy--korita-zbevnica.gpx: 871 points in 4 tracks; the untimed "03-OCT-10 #2" (358 points, <type> "...")
    // and the timed "ACTIVE LOG" + "ACTIVE LOG #2" (513 points, 3.9 miles in 218 minutes, no <type>). Today 513 of
    // 871 points were kept and the log counted as a long run.
    const auto decoded = decode_corpus("gpx/gpxpy--korita-zbevnica.gpx");
    ASSERT_TRUE(decoded.ok()) << decoded.error().to_string();
    ASSERT_EQ(decoded->activities.size(), 2U);
    std::size_t points = 0;
    for (const domain::Activity& a : decoded->activities) points += a.samples.size();
    EXPECT_EQ(points, 871U);
    const domain::Activity& untimed = decoded->activities[0];
    EXPECT_FALSE(untimed.start_utc.has_value());
    EXPECT_EQ(untimed.samples.size(), 358U);
    const domain::Activity& log = decoded->activities[1];
    EXPECT_EQ(log.samples.size(), 513U);
    EXPECT_NEAR(log.distance_m.value(), 6269, 1);
    EXPECT_NE(log.sport, Sport::running);
    EXPECT_TRUE(log.sport_inferred);
}

TEST(ActivityPlausibility, AGpxWithoutTimesHasNoStartInsteadOfASentinel) {
    // gpxpy--Mojstrovka.gpx has no <time>: today start 1901-12-13T20:45:52Z (INT32_MIN) and 0 s.
    const auto decoded = decode_corpus("gpx/gpxpy--Mojstrovka.gpx");
    ASSERT_TRUE(decoded.ok()) << decoded.error().to_string();
    const domain::Activity& a = decoded->activities.at(0);
    EXPECT_FALSE(a.start_utc.has_value());
    EXPECT_FALSE(a.elapsed_s.has_value());
    EXPECT_FALSE(a.timer_s.has_value());
    EXPECT_EQ(a.samples.size(), 184U);
    EXPECT_NEAR(a.distance_m.value(), 2701, 1);
}

TEST(ActivityPlausibility, APartlyTimedTrackKeepsEveryPointAndHasNoDuration) {
    // gpxpy--cerknicko-without-times.gpx: 296 points, the last 5 timed; today stored as 5 points and 53 m.
    const auto decoded = decode_corpus("gpx/gpxpy--cerknicko-without-times.gpx");
    ASSERT_TRUE(decoded.ok()) << decoded.error().to_string();
    const domain::Activity& a = decoded->activities.at(0);
    EXPECT_EQ(a.samples.size(), 296U);
    EXPECT_NEAR(a.distance_m.value(), 4580, 1);
    EXPECT_FALSE(a.elapsed_s.has_value());
    EXPECT_EQ(a.sport, Sport::other) << "no speed, no inference";
}

TEST(ActivityPlausibility, FitHeartRateZeroIsNoHeartRate) {
    for (const char* file : {"fit/fitparse--null_compressed_speed_dist.fit", "fit/tormoder--0134902991.fit"}) {
        SCOPED_TRACE(file);
        const auto decoded = decode_corpus(file);
        ASSERT_TRUE(decoded.ok()) << decoded.error().to_string();
        const domain::Activity& a = decoded->activities.at(0);
        EXPECT_FALSE(a.avg_hr_bpm.has_value());
        EXPECT_FALSE(a.max_hr_bpm.has_value());
        for (const domain::Lap& lap : a.laps) EXPECT_FALSE(lap.avg_hr_bpm.has_value());
    }
}

TEST(ActivityPlausibility, AFitWhoseRecordsSpanWeeksUsesTheRecordingItsRecordsAgreeOn) {
    // sportslib--27-days-activity.fit: session elapsed 2,412,583 s (27.9 days); three records a month early.
    const auto decoded = decode_corpus("fit/sportslib--27-days-activity.fit");
    ASSERT_TRUE(decoded.ok()) << decoded.error().to_string();
    const domain::Activity& a = decoded->activities.at(0);
    EXPECT_DOUBLE_EQ(a.elapsed_s.value(), 7857);
    EXPECT_EQ(units::format_iso_instant(a.start_utc.value()), "2021-07-18T00:07:22Z");
    EXPECT_TRUE(any_warning_contains(*decoded, "records 1, 2, 3: time 2021-06-20T04:08:36Z"));
}

}  // namespace
}  // namespace ironstride::ingest
