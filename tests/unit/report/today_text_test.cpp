#include "ironstride/report/today_text.hpp"

#include <gtest/gtest.h>

#include "unit/report/today_fixture.hpp"

namespace ironstride::report {
namespace {

TEST(TodayText, ReadinessThenThePlanAsAdaptedWithTheReasonThenTargets) {
    const planner::TodayReport r = testing::amber_today();
    ASSERT_EQ(r.readiness.level, analysis::Readiness::amber);
    const std::string text = render_today_text(r, domain::UnitSystem::metric);
    EXPECT_NE(text.find("Readiness: AMBER: slept 6.2 h, under the 7 h adults need"), std::string::npos) << text;
    EXPECT_NE(text.find("  was: "), std::string::npos);
    EXPECT_NE(text.find("  now: "), std::string::npos);
    EXPECT_NE(text.find("Easy run"), std::string::npos);
    EXPECT_NE(text.find("  why: readiness is amber"), std::string::npos);
    EXPECT_NE(text.find("evidence: Düking et al. 2021"), std::string::npos);
    EXPECT_NE(text.find("Food: "), std::string::npos);
    EXPECT_NE(text.find("Sleep: 7.5 h tonight"), std::string::npos);
    EXPECT_LT(text.find("Readiness"), text.find("Today's plan"));
    EXPECT_LT(text.find("Today's plan"), text.find("Food: "));
}

}  // namespace
}  // namespace ironstride::report
