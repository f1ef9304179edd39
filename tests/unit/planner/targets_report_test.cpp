#include <algorithm>
#include <chrono>

#include <gtest/gtest.h>

#include "ironstride/planner/targets_report.hpp"
#include "ironstride/science/bmr.hpp"
#include "ironstride/science/max_heart_rate.hpp"
#include "ironstride/science/vdot.hpp"

namespace ironstride::planner {
namespace {

using namespace std::chrono;

const units::CivilDay kToday = sys_days{2026y / November / 23};

domain::Athlete hybrid_lifter() {
    domain::Athlete a;
    a.name = "Test";
    a.sex = domain::Sex::male;
    a.declared_age_years = 31;
    a.height_m = 1.82;
    a.weight_kg = 86;
    a.body_fat_pct = 15;
    a.resting_hr_bpm = 52;
    a.max_hr_bpm = 190;
    a.phase = domain::Phase::maintain;
    a.experience = domain::RunningExperience::intermediate;
    a.recent_race = domain::RaceResult{10000, 2910, sys_days{2026y / October / 4}};
    a.lifting.push_back(domain::LiftingSession{0, "Upper", {1050}, 60, false});
    a.lifting.push_back(domain::LiftingSession{3, "Lower", {1050}, 75, true});
    return a;
}

domain::Athlete new_runner() {
    domain::Athlete a;
    a.sex = domain::Sex::female;
    a.birth_date = sys_days{1999y / March / 14};
    a.height_m = 1.651;
    a.weight_kg = 59.87;
    a.resting_hr_bpm = 58;
    a.phase = domain::Phase::cut;
    a.rate_pct_per_week = 0.7;
    a.experience = domain::RunningExperience::new_runner;
    return a;
}

TEST(TargetsReport, HeartRateUsesMeasuredMaxAndKarvonen) {
    const TargetsReport report = build_targets_report(hybrid_lifter(), kToday, domain::UnitSystem::metric);
    EXPECT_DOUBLE_EQ(report.hr.max_bpm, 190.0);
    EXPECT_EQ(report.hr.max_source, "measured");
    EXPECT_EQ(report.hr.zone_basis, "hrr");
    ASSERT_EQ(report.hr.zones.size(), 5U);
    EXPECT_EQ(report.hr.zones[1].name, "Z2");
    // 52 + 0.40 × 138 = 107.2 → 107; 52 + 0.60 × 138 = 134.8 → 135, minus 1.
    EXPECT_EQ(report.hr.zones[1].low_bpm, 107);
    EXPECT_EQ(report.hr.zones[1].high_bpm, 134);
}

TEST(TargetsReport, EstimatesMaxHrAndNamesTheFormula) {
    const TargetsReport report = build_targets_report(new_runner(), kToday, domain::UnitSystem::imperial);
    EXPECT_EQ(report.athlete.age_years, 27);
    EXPECT_EQ(report.hr.max_source, "tanaka");
    EXPECT_NEAR(report.hr.max_bpm, science::tanaka_max_hr_bpm(27), 1e-9);
    EXPECT_TRUE(std::any_of(report.notes.begin(), report.notes.end(),
                            [](const std::string& note) { return note.find("estimated from age") != note.npos; }));
}

TEST(TargetsReport, VdotPacesAndPredictionsFromTheRace) {
    const TargetsReport report = build_targets_report(hybrid_lifter(), kToday, domain::UnitSystem::metric);
    ASSERT_TRUE(report.pace.vdot.has_value());
    EXPECT_NEAR(*report.pace.vdot, science::vdot_from_race(10000, 2910), 1e-12);
    ASSERT_TRUE(report.pace.from_race.has_value());
    EXPECT_DOUBLE_EQ(report.pace.from_race->time_s, 2910.0);
    ASSERT_EQ(report.pace.zones.size(), 5U);
    EXPECT_EQ(report.pace.zones[0].name, "E");
    EXPECT_EQ(report.pace.zones[4].name, "R");
    ASSERT_EQ(report.predictions.size(), 4U);
    // Predicting the race's own distance gives the race time back.
    EXPECT_DOUBLE_EQ(report.predictions[1].distance_m, 10000.0);
    EXPECT_NEAR(report.predictions[1].time_s, 2910.0, 0.01);
    ASSERT_TRUE(report.predictions[1].riegel_time_s.has_value());
    EXPECT_NEAR(*report.predictions[1].riegel_time_s, 2910.0, 1e-9);
}

TEST(TargetsReport, NoRaceMeansNoVdotNothingInvented) {
    const TargetsReport report = build_targets_report(new_runner(), kToday, domain::UnitSystem::metric);
    EXPECT_FALSE(report.pace.vdot.has_value());
    EXPECT_FALSE(report.pace.from_race.has_value());
    EXPECT_TRUE(report.pace.zones.empty());
    EXPECT_TRUE(report.predictions.empty());
}

TEST(TargetsReport, RiegelOnlyWithinItsValidity) {
    domain::Athlete athlete = hybrid_lifter();
    athlete.recent_race = domain::RaceResult{21097.5, 6760, std::nullopt};  // 1:52:40 half
    const TargetsReport report = build_targets_report(athlete, kToday, domain::UnitSystem::metric);
    ASSERT_EQ(report.predictions.size(), 4U);
    EXPECT_TRUE(report.predictions[0].riegel_time_s.has_value());
    EXPECT_FALSE(report.predictions[3].riegel_time_s.has_value());  // marathon beyond 3 h 50 min
}

TEST(TargetsReport, ReferenceDays) {
    const domain::Athlete athlete = hybrid_lifter();
    const auto vdot = science::vdot_from_race(10000, 2910);
    const auto days = reference_days(athlete, vdot);
    EXPECT_EQ(days[0].key, "rest");
    EXPECT_TRUE(days[0].sessions.empty());
    ASSERT_EQ(days[1].sessions.size(), 1U);
    EXPECT_EQ(days[1].sessions[0].kind, science::SessionLoad::Kind::run);
    EXPECT_TRUE(days[1].sessions[0].speed_mps.has_value());
    // The lifting day uses the profile's lower-body-heavy session (75 min).
    ASSERT_EQ(days[2].sessions.size(), 1U);
    EXPECT_DOUBLE_EQ(days[2].sessions[0].duration_min, 75.0);
    EXPECT_TRUE(days[2].sessions[0].lower_body_heavy);
    ASSERT_EQ(days[3].sessions.size(), 2U);
    EXPECT_EQ(days[3].sessions[1].intensity, science::Intensity::high);

    const auto novice_days = reference_days(new_runner(), std::nullopt);
    EXPECT_EQ(novice_days[1].sessions[0].kind, science::SessionLoad::Kind::walk_run);
    EXPECT_DOUBLE_EQ(novice_days[2].sessions[0].duration_min, 60.0);  // no lifting sessions in the profile
}

TEST(TargetsReport, DaysCarryNutritionFromScience) {
    const TargetsReport report = build_targets_report(hybrid_lifter(), kToday, domain::UnitSystem::metric);
    EXPECT_EQ(report.days[0].nutrition.load, science::LoadClass::rest);
    EXPECT_EQ(report.days[3].nutrition.load, science::LoadClass::hard);
    EXPECT_NEAR(report.energy.bmr_kcal, science::katch_mcardle_kcal(86 * 0.85), 1e-9);
    EXPECT_EQ(report.energy.bmr_equation, "katch_mcardle");
    for (const TargetsDay& day : report.days) {
        const auto& n = day.nutrition;
        EXPECT_NEAR(4 * n.protein_g + 4 * n.carbs_g + 9 * n.fat_g, n.kcal, 1e-6) << day.key;
    }
    EXPECT_GT(report.days[3].nutrition.kcal, report.days[0].nutrition.kcal);
}

TEST(TargetsReport, SourcesNameEveryTopic) {
    const TargetsReport report = build_targets_report(hybrid_lifter(), kToday, domain::UnitSystem::metric);
    const auto has = [&](const std::string& topic) {
        return std::any_of(report.sources.begin(), report.sources.end(),
                           [&](const TargetsSource& s) { return s.topic == topic && !s.citation.empty(); });
    };
    for (const char* topic : {"HR max", "HR zones", "VDOT and race predictions", "training paces", "treadmill setting",
                              "BMR", "protein", "carbohydrate", "fat"}) {
        EXPECT_TRUE(has(topic)) << topic;
    }
}

}  // namespace
}  // namespace ironstride::planner
