#include <chrono>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "ironstride/report/targets_json.hpp"
#include "ironstride/planner/targets_report.hpp"

namespace ironstride::report {
namespace {

using namespace std::chrono;
using nlohmann::json;

const units::CivilDay kToday = sys_days{2026y / November / 23};

domain::Athlete athlete() {
    domain::Athlete a;
    a.name = "J";
    a.sex = domain::Sex::female;
    a.declared_age_years = 30;
    a.height_m = 1.65;
    a.weight_kg = 60;
    a.body_fat_pct = 22;
    a.resting_hr_bpm = 60;
    a.max_hr_bpm = 190;
    a.phase = domain::Phase::maintain;
    a.experience = domain::RunningExperience::intermediate;
    a.recent_race = domain::RaceResult{10000, 2700, std::nullopt};  // 10K 45:00, VDOT 45.26
    return a;
}

json render(const domain::Athlete& a) {
    return json::parse(render_targets_json(planner::build_targets_report(a, kToday, domain::UnitSystem::imperial)));
}

TEST(TargetsJson, RequiredFieldsFromTheIssue) {
    const json doc = render(athlete());
    EXPECT_EQ(doc["schema_version"], kTargetsJsonSchemaVersion);
    const json& a = doc["athlete"];
    EXPECT_EQ(a["sex"], "female");
    EXPECT_EQ(a["age_years"], 30);
    EXPECT_DOUBLE_EQ(a["height_cm"].get<double>(), 165.0);
    EXPECT_DOUBLE_EQ(a["weight_kg"].get<double>(), 60.0);
    EXPECT_DOUBLE_EQ(a["body_fat_pct"].get<double>(), 22.0);
    EXPECT_DOUBLE_EQ(a["resting_hr_bpm"].get<double>(), 60.0);

    EXPECT_EQ(doc["hr"]["max_bpm"], 190);
    EXPECT_EQ(doc["hr"]["max_source"], "measured");
    ASSERT_EQ(doc["hr"]["zones"].size(), 5U);
    EXPECT_EQ(doc["hr"]["zones"][1]["name"], "Z2");
    EXPECT_EQ(doc["hr"]["zones"][1]["low_bpm"], 112);
    EXPECT_EQ(doc["hr"]["zones"][1]["high_bpm"], 137);

    EXPECT_DOUBLE_EQ(doc["pace"]["vdot"].get<double>(), 45.3);
    EXPECT_DOUBLE_EQ(doc["pace"]["from_race"]["distance_m"].get<double>(), 10000.0);
    EXPECT_DOUBLE_EQ(doc["pace"]["from_race"]["time_s"].get<double>(), 2700.0);
    ASSERT_EQ(doc["predictions"].size(), 4U);
    EXPECT_DOUBLE_EQ(doc["predictions"][0]["distance_m"].get<double>(), 5000.0);
    EXPECT_TRUE(doc["predictions"][0]["time_s"].is_number());

    EXPECT_TRUE(doc["energy"]["bmr_kcal"].is_number_integer());
    for (const char* key : {"rest", "easy", "lift", "hard"}) {
        const json& day = doc["days"][key];
        for (const char* field : {"kcal", "protein_g", "carbs_g", "fat_g"}) {
            EXPECT_TRUE(day[field].is_number_integer()) << key << "." << field;
        }
    }
}

TEST(TargetsJson, AbsentValuesAreNull) {
    domain::Athlete a = athlete();
    a.recent_race.reset();
    a.body_fat_pct.reset();
    a.max_hr_bpm.reset();
    const json doc = render(a);
    EXPECT_TRUE(doc["athlete"]["body_fat_pct"].is_null());
    EXPECT_TRUE(doc["pace"]["vdot"].is_null());
    EXPECT_TRUE(doc["pace"]["from_race"].is_null());
    EXPECT_TRUE(doc["pace"]["zones"].empty());
    EXPECT_TRUE(doc["predictions"].is_array());
    EXPECT_TRUE(doc["predictions"].empty());
    EXPECT_EQ(doc["hr"]["max_source"], "tanaka");
    EXPECT_EQ(doc["hr"]["max_bpm"], 187);
    EXPECT_TRUE(doc["days"]["rest"]["energy_availability_kcal_per_kg_ffm"].is_null());
}

TEST(TargetsJson, SiUnitsWhateverTheDisplayUnits) {
    const json imperial = render(athlete());
    const json metric =
        json::parse(render_targets_json(planner::build_targets_report(athlete(), kToday, domain::UnitSystem::metric)));
    EXPECT_EQ(imperial["units"], "imperial");
    EXPECT_EQ(metric["units"], "metric");
    EXPECT_EQ(imperial["pace"], metric["pace"]);
    EXPECT_EQ(imperial["days"], metric["days"]);
}

}  // namespace
}  // namespace ironstride::report
