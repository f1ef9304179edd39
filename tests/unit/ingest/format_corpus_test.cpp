// Every GPX, TCX and CSV file of ../shared/corpus is either decoded or rejected with a positioned reason, and a few
// summaries agree with independent decoders (python3-gpxpy 1.5.0 and gpsbabel 1.8.0 from Debian 12).

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <utility>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "ironstride/ingest/format_registry.hpp"
#include "ironstride/units/civil_time.hpp"
#include "ironstride/util/file_bytes.hpp"
#include "support/test_support.hpp"

namespace ironstride::ingest {
namespace {

struct Outcome {
    std::string file;
    util::Result<DecodedFile> decoded;
};

std::vector<Outcome> decode_folder(const std::string& folder) {
    std::vector<Outcome> outcomes;
    std::vector<std::filesystem::path> paths;
    for (const auto& entry : std::filesystem::directory_iterator(testing::corpus_file(folder))) paths.push_back(entry.path());
    std::sort(paths.begin(), paths.end());
    for (const auto& path : paths) {
        const util::FileBytes file(path);
        outcomes.push_back(Outcome{path.filename().string(), decode_file(file.bytes(), path.filename().string())});
    }
    return outcomes;
}

util::Result<DecodedFile> decode_corpus(const std::string& relative) {
    const util::FileBytes file(testing::corpus_file(relative));
    return decode_file(file.bytes(), relative);
}

TEST(FormatCorpus, EveryGpxTcxAndCsvFileIsDecodedOrRejectedWithAReason) {
    for (const std::string folder : {"gpx", "tcx", "csv"}) {
        const auto outcomes = decode_folder(folder);
        EXPECT_FALSE(outcomes.empty()) << folder;
        for (const Outcome& outcome : outcomes) {
            if (outcome.decoded.ok()) {
                const DecodedFile& decoded = outcome.decoded.value();
                // Decoded: either records, or a warning that says why there are none.
                EXPECT_TRUE(!decoded.empty() || !decoded.warnings.empty()) << outcome.file;
                for (const auto& activity : decoded.activities) {
                    for (std::size_t i = 1; i < activity.samples.time_ms.size(); ++i) {
                        ASSERT_EQ(activity.samples.heart_rate_bpm.empty() ||
                                      activity.samples.heart_rate_bpm.size() == activity.samples.size(),
                                  true)
                            << outcome.file;
                    }
                }
            } else {
                const util::Error& failure = outcome.decoded.error();
                EXPECT_FALSE(failure.message().empty()) << outcome.file;
                EXPECT_TRUE(failure.pos().line.has_value() || failure.pos().byte_offset.has_value()) << outcome.file;
                ADD_FAILURE() << "a corpus file was rejected: " << failure.to_string();
            }
        }
    }
}

struct GpxpySummary {
    const char* file;
    double length_2d_m;  ///< gpx.length_2d()
    double duration_s;   ///< gpx.get_duration(): the sum of segment spans
    double uphill_m;     ///< gpx.get_uphill_downhill()
    double downhill_m;
    std::size_t points;  ///< gpx.get_track_points_no()
};

// Values printed by python3-gpxpy 1.5.0 (Debian 12), run by hand:
//   g = gpxpy.parse(open(f)); g.length_2d(), g.get_duration(), g.get_uphill_downhill(), g.get_track_points_no()
// gpxpy measures short steps with a flat-earth approximation, so distances agree to a few centimetres per km.
constexpr GpxpySummary kGpxpy[] = {
    {"gpx/sportslib--6782987395.gpx", 14168.63, 4989.0, 414.72, 434.72, 4967},
    {"gpx/gpxpy--cerknicko-jezero.gpx", 4580.14, 4239.0, 223.46, 89.35, 296},  // 8 tracks: one outing
    {"gpx/sportslib--6909258631.gpx", 40881.79, 23422.0, 3383.60, 3377.60, 2665},
    {"gpx/gc--Move_2014_01_16_19_48_44.gpx", 8550.81, 1656.45, 139.20, 140.20, 669},
    {"gpx/sportslib--amazfit.gpx", 8732.41, 2531.0, 106.42, 107.85, 1216},
};

TEST(FormatCorpus, GpxSummariesAgreeWithGpxpy) {
    for (const GpxpySummary& expected : kGpxpy) {
        SCOPED_TRACE(expected.file);
        const auto decoded = decode_corpus(expected.file);
        ASSERT_TRUE(decoded.ok()) << decoded.error().to_string();
        ASSERT_EQ(decoded->activities.size(), 1U);
        const domain::Activity& activity = decoded->activities[0];
        EXPECT_NEAR(*activity.distance_m, expected.length_2d_m, expected.length_2d_m * 1e-5 + 0.05);
        EXPECT_NEAR(*activity.timer_s, expected.duration_s, 0.01);
        EXPECT_NEAR(*activity.ascent_m, expected.uphill_m, 0.01);
        EXPECT_NEAR(*activity.descent_m, expected.downhill_m, 0.01);
        EXPECT_EQ(activity.samples.size(), expected.points);
    }
}

/// Mean and maximum of a heart-rate column, skipping the sentinel.
std::pair<double, int> heart_rate_mean_max(const domain::SampleStream& samples) {
    double sum = 0;
    int count = 0;
    int max = 0;
    for (const std::uint8_t bpm : samples.heart_rate_bpm) {
        if (bpm == domain::SampleStream::kNoHeartRate) continue;
        sum += bpm;
        ++count;
        max = std::max<int>(max, bpm);
    }
    return {count > 0 ? sum / count : 0, max};
}

/// Time of the last point with a position (gpsbabel's last row).
std::int64_t last_positioned_ms(const domain::SampleStream& samples) {
    for (std::size_t i = samples.lat_e7.size(); i-- > 0;) {
        if (samples.lat_e7[i] != domain::SampleStream::kNoPosition) return samples.time_ms[i];
    }
    return -1;
}

std::size_t with_position(const domain::SampleStream& samples) {
    return static_cast<std::size_t>(std::count_if(samples.lat_e7.begin(), samples.lat_e7.end(), [](std::int32_t v) {
        return v != domain::SampleStream::kNoPosition;
    }));
}

TEST(FormatCorpus, TcxPointsAgreeWithGpsbabel) {
    // gpsbabel 1.8.0 (Debian 12), run by hand: gpsbabel -t -i gtrnctr -f FILE -o unicsv,utc=0 -F out.csv, then the
    // rows (gpsbabel keeps trackpoints with a position), first and last time, and the mean and maximum Heartrate
    // over the rows, computed with python3's csv module.
    {
        const auto decoded = decode_corpus("tcx/tcxparser--test.tcx");
        ASSERT_TRUE(decoded.ok()) << decoded.error().to_string();
        ASSERT_EQ(decoded->activities.size(), 1U);
        const domain::Activity& run = decoded->activities[0];
        EXPECT_EQ(with_position(run.samples), 383U);
        EXPECT_EQ(units::format_iso_instant(run.start_utc.value()), "2012-12-26T21:29:53Z");
        EXPECT_EQ(last_positioned_ms(run.samples), (33 * 60 + 11) * 1000);  // last row 22:03:04
        const auto [mean, max] = heart_rate_mean_max(run.samples);
        EXPECT_NEAR(mean, 156.65, 0.01);
        EXPECT_EQ(max, 189);
        EXPECT_EQ(run.laps.size(), 3U);
    }
    {
        const auto decoded = decode_corpus("tcx/sportslib--movescount.tcx");
        ASSERT_TRUE(decoded.ok()) << decoded.error().to_string();
        const domain::Activity& run = decoded->activities.at(0);
        EXPECT_EQ(with_position(run.samples), 903U);
        EXPECT_EQ(units::format_iso_instant(run.start_utc.value()), "2018-02-23T16:55:43Z");
        EXPECT_EQ(last_positioned_ms(run.samples), (15 * 60 + 7) * 1000);  // last row 17:10:50
        const auto [mean, max] = heart_rate_mean_max(run.samples);
        EXPECT_NEAR(mean, 138.06, 0.01);
        EXPECT_EQ(max, 149);
        // Its laps give MaximumSpeed 18720 and 15840 (metres per hour): ignored, with a warning.
        EXPECT_FALSE(run.max_speed_mps.has_value() && *run.max_speed_mps > 100);
        EXPECT_FALSE(decoded->warnings.empty());
    }
}

TEST(FormatCorpus, StrengthExportsGroupIntoWorkouts) {
    // Rows, distinct (start, title) workouts, warm-up rows and Σ weight × reps counted with python3's csv module.
    struct Expected {
        const char* file;
        std::size_t sets;
        std::size_t workouts;
        std::size_t warmups;
        double volume_kg;
    };
    constexpr Expected kExpected[] = {
        {"csv/strongstats--sample_hevy.csv", 7211, 335, 2195, 2304917.0},
        {"csv/hevycoach--workout_data.csv", 330, 17, 0, 165952.0},
        {"csv/ysmath--strong_workouts.csv", 666, 37, 162, 168413.8},
        {"csv/strongstats--sample_strong.csv", 250, 15, 0, 49237.4},
    };
    for (const Expected& expected : kExpected) {
        SCOPED_TRACE(expected.file);
        const auto decoded = decode_corpus(expected.file);
        ASSERT_TRUE(decoded.ok()) << decoded.error().to_string();
        EXPECT_EQ(decoded->activities.size(), expected.workouts);
        std::size_t sets = 0;
        std::size_t warmups = 0;
        double volume = 0;
        for (const domain::Activity& workout : decoded->activities) {
            EXPECT_EQ(workout.sport, domain::Sport::strength);
            for (const domain::StrengthSet& set : workout.sets) {
                ++sets;
                warmups += set.warmup ? 1 : 0;
                volume += set.weight_kg.value_or(0) * set.reps.value_or(0);
            }
        }
        EXPECT_EQ(sets, expected.sets);
        EXPECT_EQ(warmups, expected.warmups);
        EXPECT_NEAR(volume, expected.volume_kg, 0.01);
    }
}

}  // namespace
}  // namespace ironstride::ingest
