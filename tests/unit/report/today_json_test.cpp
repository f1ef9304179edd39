#include "ironstride/report/today_json.hpp"

#include <gtest/gtest.h>

#include "unit/report/today_fixture.hpp"

namespace ironstride::report {
namespace {

TEST(TodayJson, ContractFields) {
    const planner::TodayReport r = testing::amber_today();
    const nlohmann::json j = nlohmann::json::parse(render_today_json(r));
    EXPECT_EQ(j["schema_version"], kTodayJsonSchemaVersion);
    EXPECT_EQ(j["readiness"]["level"], "amber");
    EXPECT_EQ(j["readiness"]["checked_in"], true);
    bool sleep_factor = false;
    for (const auto& f : j["readiness"]["factors"]) {
        if (f["key"] == "sleep") {
            sleep_factor = true;
            EXPECT_EQ(f["level"], "amber");
            EXPECT_EQ(f["value"], 6.2);
            EXPECT_EQ(f["target"], 7.5);
        }
    }
    EXPECT_TRUE(sleep_factor);
    bool adapted = false;
    for (const auto& s : j["sessions"]) {
        if (s["adapted"].is_null()) {
            EXPECT_TRUE(s["reason"].is_null());
            continue;
        }
        adapted = true;
        EXPECT_EQ(s["planned"]["intensity"], "high");
        EXPECT_EQ(s["adapted"]["type"], planner::to_string(planner::SessionType::easy));
        EXPECT_EQ(s["adapted"]["duration_min"], s["planned"]["duration_min"]);
        EXPECT_EQ(s["evidence"][0]["id"], "duking2021");
    }
    EXPECT_TRUE(adapted);
    EXPECT_GT(j["nutrition"]["kcal"].get<double>(), 0);
    EXPECT_EQ(j["sleep_target_h"], 7.5);
}

}  // namespace
}  // namespace ironstride::report
