// Every FIT file of ../shared/corpus/fit (real files from devices and apps) is imported, or rejected for a precise
// reason; a handful of summaries are compared with values Garmin's JavaScript FIT SDK decodes from the same files.

#include <algorithm>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "ironstride/ingest/fit/fit_reader.hpp"
#include "ironstride/units/civil_time.hpp"
#include "ironstride/util/file_bytes.hpp"
#include "support/test_support.hpp"

namespace ironstride::ingest::fit {
namespace {

using ::testing::HasSubstr;

std::vector<std::filesystem::path> corpus_files() {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(testing::corpus_file("fit"))) {
        if (entry.is_regular_file()) files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

/// The files we reject, and why (checked with GPSBabel, which rejects the first five too, and the FIT SDK).
const std::map<std::string, std::string>& rejected() {
    static const std::map<std::string, std::string> table{
        // Truncated mid-record: the header's data size runs 2 bytes into a record cut off by the end of the file.
        {"fitparse--nick.fit", "byte 403454: file CRC mismatch: stored 0x0040, computed 0x1AD2"},
        // Cut short, and broken from byte 7471 on (GPSBabel: "Message 11 hasn't been defined ... at 0x1d2f").
        {"fitparse--strava-android-app-201.10-b1218918.fit",
         "byte 4: truncated: the header declares 78236 data bytes and a 2-byte CRC, but only 78219 bytes follow"},
        // Garbage from byte 22227 on (GPSBabel: "Bad endian field 0xe5 at file position 0x56d3").
        {"gpsbabel--lezyne_super_gps-garmin_fit-sample-bad-endian.fit",
         "byte 48409: file CRC mismatch: stored 0xE441, computed 0x63D6"},
        {"sportslib--empty-activities.fit", "byte 4: unfinished file: the header declares 0 data bytes"},
        {"sportslib--empty-sessions.fit", "byte 0: not a FIT file: the file is empty"},
        // Forerunner 70 without a clock: times count from power-up, and nothing ties them to UTC.
        {"fitparse--antfs-dump.63.fit", "the activity's times are relative to the device's power-up"},
        {"fitparse--compressed-speed-distance.fit", "the activity's times are relative to the device's power-up"},
    };
    return table;
}

/// Sound FIT files that hold no activity (settings, saved locations, a course): zero activities, no error.
const std::vector<std::string> kNoActivity{
    "fitparse--Settings.fit", "fitparse--Settings2.fit", "gpsbabel--Lctns_Instinct.fit",
    "gpsbabel--fitlocations-sample.fit", "gpsbabel--fitwrite-track.fit",
};

/// Multisport files: one activity per session.
const std::map<std::string, std::size_t> kMultisport{
    {"fitparse--activity-large-fenxi2-multisport.fit", 7}, {"fitparse--sample_mulitple_header.fit", 5},
    {"muktihari--triathlon_summary_first.fit", 5},          {"muktihari--triathlon_summary_last.fit", 5},
    {"sportslib--6788312639-1.fit", 5},
};

TEST(FitCorpus, EveryFileIsImportedOrRejectedForAPreciseReason) {
    const auto files = corpus_files();
    ASSERT_GE(files.size(), 100U);
    std::size_t imported = 0;
    std::size_t activities = 0;
    for (const auto& path : files) {
        const std::string name = path.filename().string();
        SCOPED_TRACE(name);
        const util::FileBytes bytes{path};
        const auto result = read_activities(bytes.bytes(), path.string());
        if (const auto reason = rejected().find(name); reason != rejected().end()) {
            ASSERT_FALSE(result.ok());
            EXPECT_THAT(result.error().to_string(), HasSubstr(reason->second));
            continue;
        }
        ASSERT_TRUE(result.ok()) << result.error().to_string();
        ++imported;
        activities += result->size();
        if (std::find(kNoActivity.begin(), kNoActivity.end(), name) != kNoActivity.end()) {
            EXPECT_TRUE(result->empty());
            continue;
        }
        const auto multi = kMultisport.find(name);
        EXPECT_EQ(result->size(), multi == kMultisport.end() ? 1U : multi->second);
        for (const domain::Activity& a : *result) {
            EXPECT_GE(units::format_iso_instant(a.start_utc.value()), "2000")
                << "every imported activity is placed in time";
            const domain::SampleStream& s = a.samples;
            for (const std::size_t column : {s.lat_e7.size(), s.lon_e7.size(), s.altitude_m.size(), s.distance_m.size(),
                                             s.speed_mps.size(), s.heart_rate_bpm.size(), s.cadence_rpm.size(),
                                             s.power_w.size()}) {
                EXPECT_TRUE(column == 0 || column == s.size()) << "a sample column is empty or full length";
            }
        }
    }
    EXPECT_EQ(imported + rejected().size(), files.size());
    EXPECT_GE(activities, 110U);
}

TEST(FitCorpus, RecoveryModeReadsWhatTheDamagedFilesStillHold) {
    // file → {activities, samples of the first, warnings}; the break offsets match GPSBabel's recoverymode messages.
    const std::map<std::string, std::array<std::size_t, 3>> expected{
        {"fitparse--nick.fit", {1, 14391, 2}},
        {"fitparse--strava-android-app-201.10-b1218918.fit", {1, 473, 2}},
        {"gpsbabel--lezyne_super_gps-garmin_fit-sample-bad-endian.fit", {1, 804, 2}},
        {"sportslib--empty-activities.fit", {1, 2319, 2}},
    };
    for (const auto& [name, counts] : expected) {
        SCOPED_TRACE(name);
        const util::FileBytes bytes{testing::corpus_file("fit/" + name)};
        const auto result = read_activities_recovering(bytes.bytes(), name);
        ASSERT_TRUE(result.ok()) << result.error().to_string();
        ASSERT_EQ(result->activities.size(), counts[0]);
        EXPECT_EQ(result->activities[0].samples.size(), counts[1]);
        EXPECT_EQ(result->warnings.size(), counts[2]);
    }
    const util::FileBytes lezyne{testing::corpus_file("fit/gpsbabel--lezyne_super_gps-garmin_fit-sample-bad-endian.fit")};
    const auto result = read_activities_recovering(lezyne.bytes(), "lezyne.fit");
    ASSERT_TRUE(result.ok());
    EXPECT_THAT(result->warnings.at(1).to_string(), HasSubstr("byte 22227: the definition message's architecture byte is 0xE5"));

    const util::FileBytes empty{testing::corpus_file("fit/sportslib--empty-sessions.fit")};
    EXPECT_FALSE(read_activities_recovering(empty.bytes(), "empty.fit").ok());
}

/// Summary values as Garmin's JavaScript FIT SDK 21.217 decodes them (tests/integration/fit_sdk_decode.mjs).
struct Golden {
    std::string file;
    domain::Sport sport;
    std::string sub_sport;
    std::string start;
    double elapsed_s;
    double timer_s;
    double distance_m;
    std::optional<double> avg_hr;
    std::optional<double> max_hr;
    double calories;
    std::size_t records;
    std::size_t laps;
    std::size_t rr_intervals;
};

TEST(FitCorpus, SummariesAgreeWithGarminsSdk) {
    const std::vector<Golden> golden{
        {"fitparse--2013-02-06-12-11-14.fit", domain::Sport::running, "", "2013-02-06T12:11:14Z", 2625.14, 2625.14,
         4835.38, 147, 171, 336, 590, 5, 0},
        {"fitparse--activity-small-fenix2-run.fit", domain::Sport::running, "", "2015-08-15T14:45:08Z", 2832, 2832,
         9008.22, std::nullopt, std::nullopt, 516, 2809, 4, 0},
        {"fitparsers--hrv-activity.fit", domain::Sport::cycling, "indoor_cycling", "2022-02-07T16:47:52Z", 1072.488,
         1071.188, 6873.6, 156, 185, 216, 1072, 15, 2705},
        {"gc--Fr955v19.28andStryd.fit", domain::Sport::running, "", "2024-07-09T14:12:49Z", 3117.009, 3117.009,
         10021.48, 139, 154, 746, 3118, 7, 7220},
        {"sportslib--6860622783.fit", domain::Sport::running, "treadmill", "2020-02-02T11:19:33Z", 3763.503, 3097.789,
         10630.37, 145, 177, 581, 3101, 1, 4278},
        {"gc--2024-10-14-070422-Pool_Swim-BingiWatch.fit", domain::Sport::swimming, "lap_swimming",
         "2024-10-14T05:04:22Z", 5101.159, 4904.138, 4025, 114, 151, 755, 4807, 60, 0},
    };
    for (const Golden& g : golden) {
        SCOPED_TRACE(g.file);
        const util::FileBytes bytes{testing::corpus_file("fit/" + g.file)};
        const auto result = read_activities(bytes.bytes(), g.file);
        ASSERT_TRUE(result.ok()) << result.error().to_string();
        ASSERT_EQ(result->size(), 1U);
        const domain::Activity& a = result->front();
        EXPECT_EQ(a.sport, g.sport);
        EXPECT_EQ(a.sub_sport, g.sub_sport);
        EXPECT_EQ(units::format_iso_instant(a.start_utc.value()), g.start);
        EXPECT_NEAR(*a.elapsed_s, g.elapsed_s, 1e-9);
        EXPECT_NEAR(*a.timer_s, g.timer_s, 1e-9);
        EXPECT_NEAR(*a.distance_m, g.distance_m, 1e-9);
        EXPECT_EQ(a.avg_hr_bpm, g.avg_hr);
        EXPECT_EQ(a.max_hr_bpm, g.max_hr);
        EXPECT_EQ(a.calories_kcal, g.calories);
        EXPECT_EQ(a.samples.size(), g.records);
        EXPECT_EQ(a.laps.size(), g.laps);
        EXPECT_EQ(a.rr_intervals_s.size(), g.rr_intervals);
    }

    // A triathlon: five sessions, as the SDK lists them.
    const util::FileBytes bytes{testing::corpus_file("fit/fitparse--sample_mulitple_header.fit")};
    const auto result = read_activities(bytes.bytes(), "multi");
    ASSERT_TRUE(result.ok());
    ASSERT_EQ(result->size(), 5U);
    const std::vector<domain::Sport> sports{domain::Sport::swimming, domain::Sport::other, domain::Sport::cycling,
                                            domain::Sport::other, domain::Sport::running};
    const std::vector<double> distances{1644.71, 141.7, 40909.42, 31.93, 9805.92};
    std::size_t samples = 0;
    for (std::size_t i = 0; i < 5; ++i) {
        EXPECT_EQ((*result)[i].sport, sports[i]);
        EXPECT_NEAR(*(*result)[i].distance_m, distances[i], 1e-9);
        samples += (*result)[i].samples.size();
    }
    EXPECT_EQ(samples, 1773U) << "every record lands in one session";
    EXPECT_EQ(units::format_iso_instant((*result)[4].start_utc.value()), "2018-05-27T09:23:41Z");
}

}  // namespace
}  // namespace ironstride::ingest::fit
