// tests/data/pass/fit and tests/data/fail/fit: hand-made edge files (see the README.md in each folder).

#include <algorithm>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "ironstride/ingest/fit/fit_decoder.hpp"
#include "ironstride/ingest/fit/fit_reader.hpp"
#include "ironstride/util/file_bytes.hpp"
#include "support/test_support.hpp"

namespace ironstride::ingest::fit {
namespace {

using ::testing::HasSubstr;

std::vector<std::filesystem::path> fit_files(const std::string& folder) {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(testing::test_data(folder))) {
        if (entry.path().extension() == ".fit") files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

struct Counter final : FitHandler {
    std::size_t records = 0;
    std::size_t sessions = 0;
    std::size_t developer = 0;
    void on_record(const RecordMessage&) override { ++records; }
    void on_session(const SessionMessage&) override { ++sessions; }
    void on_developer_field(const DeveloperField&) override { ++developer; }
};

TEST(FitDataFiles, EveryPassFileDecodesStrictly) {
    // file → {records, sessions, activities}
    const std::map<std::string, std::array<std::size_t, 3>> expected{
        {"big-endian.fit", {60, 1, 1}},      {"header-12-bytes.fit", {30, 1, 1}}, {"chained.fit", {50, 2, 2}},
        {"compressed-timestamps.fit", {70, 1, 1}}, {"developer-fields.fit", {40, 1, 1}}, {"workout.fit", {0, 0, 0}},
        {"sdk-run.fit", {1235, 1, 1}},       {"sdk-strength.fit", {2222, 1, 1}},
    };
    const auto files = fit_files("pass/fit");
    ASSERT_EQ(files.size(), expected.size()) << "every pass file needs an expectation here";
    for (const auto& path : files) {
        const std::string name = path.filename().string();
        SCOPED_TRACE(name);
        ASSERT_TRUE(expected.contains(name));
        const util::FileBytes bytes{path};
        Counter counter;
        FitDecoder decoder;
        const auto decoded = decoder.decode(bytes.bytes(), counter, name);
        ASSERT_TRUE(decoded.ok()) << decoded.error().to_string();
        EXPECT_TRUE(decoded->warnings.empty());
        EXPECT_EQ(counter.records, expected.at(name)[0]);
        EXPECT_EQ(counter.sessions, expected.at(name)[1]);
        const auto activities = read_activities(bytes.bytes(), name);
        ASSERT_TRUE(activities.ok()) << activities.error().to_string();
        EXPECT_EQ(activities->size(), expected.at(name)[2]);
    }
}

TEST(FitDataFiles, DeveloperFieldsAndGarminWrittenStrengthSets) {
    {
        const util::FileBytes bytes{testing::test_data("pass/fit/developer-fields.fit")};
        Counter counter;
        FitDecoder decoder;
        ASSERT_TRUE(decoder.decode(bytes.bytes(), counter).ok());
        EXPECT_EQ(counter.developer, 80U);  // two developer fields on each of 40 records
    }
    const util::FileBytes bytes{testing::test_data("pass/fit/sdk-strength.fit")};
    const auto activities = read_activities(bytes.bytes(), "sdk-strength.fit");
    ASSERT_TRUE(activities.ok());
    ASSERT_EQ(activities->size(), 1U);
    const domain::Activity& a = activities->front();
    EXPECT_EQ(a.sport, domain::Sport::strength);
    // Values as Garmin's JavaScript SDK decodes them: 28 set messages, 14 of them active; the first is a deadlift.
    ASSERT_EQ(a.sets.size(), 14U);
    EXPECT_EQ(a.sets[0].exercise, "Barbell Deadlift");
    EXPECT_EQ(a.sets[0].reps, 5);
    EXPECT_DOUBLE_EQ(*a.sets[0].weight_kg, 110.0);
    EXPECT_DOUBLE_EQ(*a.sets[0].duration_s, 22.0);
    EXPECT_EQ(units::format_iso_instant(*a.sets[0].start_utc), "2015-08-22T04:58:49Z");
    EXPECT_DOUBLE_EQ(*a.sets[3].weight_kg, 127.5);
    EXPECT_EQ(a.utc_offset->minutes, 120);
}

TEST(FitDataFiles, EveryFailFileFailsForItsReason) {
    const std::map<std::string, std::string> expected{
        {"bad-header-crc.fit", "byte 12: header CRC mismatch"},
        {"bad-file-crc.fit", "file CRC mismatch: stored 0x"},
        {"truncated-header.fit", "byte 0: not a FIT file: 10 bytes are too few for a FIT file header"},
        {"truncated-data.fit", "byte 4: truncated: the header declares 319 data bytes and a 2-byte CRC, but only 291"},
        {"unfinished-header.fit", "byte 4: unfinished file: the header declares 0 data bytes"},
        {"bad-architecture.fit", "byte 16: the definition message's architecture byte is 0x07"},
        {"undefined-local-type.fit", "byte 35: a data message uses local message type 5"},
        {"message-past-end.fit", "needs 21 bytes but the data section ends after 4"},
        {"not-fit.gpx.fit", "byte 0: not a FIT file: the header size byte is 60 (allowed: 12 or 14)"},
        {"empty.fit", "byte 0: not a FIT file: the file is empty"},
        {"relative-times.fit", "the activity's times are relative to the device's power-up"},
    };
    const auto files = fit_files("fail/fit");
    ASSERT_EQ(files.size(), expected.size()) << "every fail file needs an expectation here";
    for (const auto& path : files) {
        const std::string name = path.filename().string();
        SCOPED_TRACE(name);
        ASSERT_TRUE(expected.contains(name));
        const util::FileBytes bytes{path};
        const auto result = read_activities(bytes.bytes(), name);
        ASSERT_FALSE(result.ok());
        EXPECT_THAT(result.error().to_string(), HasSubstr(expected.at(name)));
        EXPECT_THAT(result.error().to_string(), ::testing::StartsWith(name + ":"));
    }
}

}  // namespace
}  // namespace ironstride::ingest::fit
