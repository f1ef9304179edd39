// The samples document of GET /api/v1/activities/{id}/samples: columns of equal length, null for what a sample or
// the file lacks, SI units and degrees, and at most the limit of samples with the first and last kept.

#include "server/activity_samples.hpp"

#include <gtest/gtest.h>

namespace ironstride::server {
namespace {

using domain::SampleStream;

SampleStream stream(std::size_t count) {
    SampleStream s;
    for (std::size_t i = 0; i < count; ++i) {
        s.time_ms.push_back(static_cast<std::int64_t>(i) * 1000);
        s.heart_rate_bpm.push_back(static_cast<std::uint8_t>(100 + i % 50));
        s.lat_e7.push_back(461234567);
        s.lon_e7.push_back(142345678);
    }
    return s;
}

TEST(ActivitySamples, ColumnsWithNullsForWhatIsMissing) {
    SampleStream s = stream(3);
    s.heart_rate_bpm[1] = SampleStream::kNoHeartRate;
    s.lat_e7[2] = SampleStream::kNoPosition;
    s.time_ms[0] = SampleStream::kNoTime;
    const nlohmann::json doc = activity_samples_json(s);
    EXPECT_EQ(doc["count"], 3);
    EXPECT_EQ(doc["returned"], 3);
    EXPECT_TRUE(doc["time_s"][0].is_null());
    EXPECT_EQ(doc["time_s"][2], 2.0);
    EXPECT_EQ(doc["heart_rate_bpm"][0], 100);
    EXPECT_TRUE(doc["heart_rate_bpm"][1].is_null());
    EXPECT_DOUBLE_EQ(doc["lat"][0].get<double>(), 46.123457);
    EXPECT_TRUE(doc["lat"][2].is_null());
    for (const char* channel : {"altitude_m", "speed_mps", "distance_m", "cadence_rpm", "power_w"}) {
        ASSERT_EQ(doc[channel].size(), 3U) << channel;
        EXPECT_TRUE(doc[channel][0].is_null()) << channel << ": the file did not record it";
    }
}

TEST(ActivitySamples, LongStreamsAreThinnedKeepingTheEnds) {
    const nlohmann::json doc = activity_samples_json(stream(10001), 1000);
    EXPECT_EQ(doc["count"], 10001);
    const std::size_t returned = doc["returned"];
    EXPECT_LE(returned, 1000U);
    EXPECT_GE(returned, 900U);
    EXPECT_EQ(doc["time_s"].size(), returned);
    EXPECT_EQ(doc["time_s"][0], 0.0);
    EXPECT_EQ(doc["time_s"][returned - 1], 10000.0) << "the last sample is kept";
    EXPECT_EQ(activity_samples_json(SampleStream{})["returned"], 0);
}

}  // namespace
}  // namespace ironstride::server
