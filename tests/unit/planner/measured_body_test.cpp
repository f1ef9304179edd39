#include "ironstride/planner/measured_body.hpp"

#include <chrono>
#include <vector>

#include <gtest/gtest.h>

#include "unit/planner/sample_athletes.hpp"

namespace ironstride::planner {
namespace {

using testing::day;

std::vector<domain::BodyEntry> falling(units::CivilDay last, int days, double from_kg, double per_day) {
    std::vector<domain::BodyEntry> out;
    for (int d = 0; d < days; ++d) out.push_back({last - std::chrono::days{days - 1 - d}, from_kg + per_day * d, {}, {}});
    return out;
}

TEST(MeasuredBody, TheTrendOfRecentWeighInsReplacesTheProfilesWeight) {
    domain::Athlete athlete = testing::hybrid_lifter();  // 82 kg in the profile
    const units::CivilDay today = day(2026, 11, 22);
    auto entries = falling(today, 20, 76.0, -0.1);  // a straight line: its value on the last day, 74.1
    entries[10].body_fat_pct = 18.0;
    const BodyUsed body = body_used(athlete, entries, today);
    EXPECT_EQ(body.weight_source, "measured");
    EXPECT_NEAR(body.weight_kg, 74.1, 1e-9);
    EXPECT_EQ(body.body_fat_pct, 18.0);
    EXPECT_EQ(body.weigh_ins, 20);
    EXPECT_EQ(*body.to, today);
    EXPECT_DOUBLE_EQ(with_body(athlete, body).weight_kg, body.weight_kg);
    EXPECT_NE(body_note(body, athlete).find("not the profile's 82.0 kg"), std::string::npos) << body_note(body, athlete);
}

TEST(MeasuredBody, TooFewOrTooOldWeighInsKeepTheProfile) {
    const domain::Athlete athlete = testing::hybrid_lifter();
    const units::CivilDay today = day(2026, 11, 22);
    EXPECT_EQ(body_used(athlete, falling(today, 2, 76, 0), today).weight_source, "profile");
    // The last weigh-in 15 days ago: too old to size today's targets.
    EXPECT_EQ(body_used(athlete, falling(today - std::chrono::days{15}, 10, 76, 0), today).weight_source, "profile");
    const BodyUsed none = body_used(athlete, {}, today);
    EXPECT_DOUBLE_EQ(none.weight_kg, athlete.weight_kg);
    EXPECT_NE(body_note(none, athlete).find("from the profile"), std::string::npos);
}

}  // namespace
}  // namespace ironstride::planner
