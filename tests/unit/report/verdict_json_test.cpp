#include "ironstride/report/verdict_json.hpp"

#include <gtest/gtest.h>

#include "ironstride/report/verdict_format.hpp"
#include "unit/report/verdict_fixture.hpp"

namespace ironstride::report {
namespace {

TEST(VerdictJson, ContractFields) {
    const analysis::VerdictReport r = testing::hurting_verdict(domain::UnitSystem::imperial);
    const nlohmann::json j = nlohmann::json::parse(render_verdict_json(r));
    EXPECT_EQ(j["schema_version"], kReportJsonSchemaVersion);
    EXPECT_EQ(j["answer"], answer_sentence(r, domain::UnitSystem::metric)) << "JSON is metric whatever the profile";
    EXPECT_EQ(j["verdict"], "hurting");
    EXPECT_EQ(j["from"], "2026-01-05");
    EXPECT_EQ(j["to"], "2026-03-01");
    ASSERT_EQ(j["findings"].size(), r.findings.size());
    const nlohmann::json& first = j["findings"][0];
    EXPECT_EQ(first["id"], "running_up_strength_down");
    EXPECT_EQ(first["severity"], "high");
    EXPECT_FALSE(first["title"].get<std::string>().empty());
    ASSERT_FALSE(first["evidence"].empty());
    EXPECT_EQ(first["evidence"][0]["id"], "wilson2012");
    EXPECT_EQ(first["evidence"][0]["tag"], "V");
    bool seen = false;
    for (const auto& n : first["numbers"]) {
        if (n["key"] == "run_now_m_per_week") {
            EXPECT_EQ(n["value"], 30000.0);
            EXPECT_EQ(n["unit"], "m/week");
            seen = true;
        }
    }
    EXPECT_TRUE(seen);
    EXPECT_EQ(j["series"]["daily"].size(), 56U);
    EXPECT_EQ(j["series"]["weekly"].size(), 8U);
    EXPECT_EQ(j["series"]["weekly"][0]["sets_per_muscle"]["quads"], 3.0);
    EXPECT_EQ(j["series"]["lifts"][0]["key"], "squat_barbell");
    EXPECT_EQ(j["series"]["sleep"]["nights"].size(), 56U);
    EXPECT_EQ(j["activities"].size(), r.activities.size());
    EXPECT_TRUE(j["activities"][0]["time_in_zone_s"].is_array());
    EXPECT_TRUE(j["activities"][0]["ascent_m"].is_null()) << "absent values are null";
}

// Issue 14 point 4: every strength session has a load in AU with its source, and the load section has the three
// channels side by side.
TEST(VerdictJson, StrengthSessionsHaveALoadAndTheLoadSectionEachModality) {
    const analysis::VerdictReport r = testing::hurting_verdict();
    const nlohmann::json j = verdict_json(r);
    int lifts = 0;
    for (const auto& a : j["activities"]) {
        if (a["sport"] != "strength") continue;
        ++lifts;
        ASSERT_TRUE(a["load_au"].is_number()) << a.dump();
        EXPECT_GT(a["load_au"].get<double>(), 0.0);
        EXPECT_EQ(a["load_source"], "estimate") << "the fixture's lifts carry no RPE";
    }
    EXPECT_GT(lifts, 0);
    const nlohmann::json& load = j["series"]["load"];
    EXPECT_EQ(load["unit"], "AU");
    for (const char* channel : {"running", "lifting", "combined"}) {
        ASSERT_TRUE(load[channel]["ctl"].is_number()) << channel;
        EXPECT_GT(load[channel]["ctl"].get<double>(), 0.0) << channel;
        EXPECT_TRUE(load[channel]["week_load"].is_number()) << channel;
    }
    const nlohmann::json& last = j["series"]["daily"].back();
    EXPECT_EQ(load["lifting"]["ctl"], last["lift_ctl_au"]);
    EXPECT_GT(last["ctl_au"].get<double>(), last["lift_ctl_au"].get<double>()) << "combined holds the runs too";
}

TEST(VerdictJson, NumbersAreRoundedToThreeDecimals) {
    const nlohmann::json j = verdict_json(testing::hurting_verdict());
    for (const auto& d : j["series"]["daily"]) {
        const double ctl = d["ctl"].get<double>();
        EXPECT_DOUBLE_EQ(ctl, std::round(ctl * 1000) / 1000);
    }
}

}  // namespace
}  // namespace ironstride::report
