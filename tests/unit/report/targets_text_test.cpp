#include <chrono>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "ironstride/planner/targets_report.hpp"
#include "ironstride/report/targets_text.hpp"

namespace ironstride::report {
namespace {

using namespace std::chrono;

const units::CivilDay kToday = sys_days{2026y / November / 23};

domain::Athlete athlete_with_race() {
    domain::Athlete a;
    a.name = "Runner";
    a.sex = domain::Sex::male;
    a.declared_age_years = 40;
    a.height_m = 1.80;
    a.weight_kg = 80;
    a.resting_hr_bpm = 60;
    a.phase = domain::Phase::maintain;
    a.experience = domain::RunningExperience::intermediate;
    a.recent_race = domain::RaceResult{5000, 1200, std::nullopt};  // 5K 20:00, VDOT 49.81
    return a;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST(TargetsText, MetricSections) {
    const std::string text =
        render_targets_text(planner::build_targets_report(athlete_with_race(), kToday, domain::UnitSystem::metric));
    EXPECT_TRUE(contains(text, "Targets for Runner on 2026-11-23\n"));
    EXPECT_TRUE(contains(text, "HR max 180 bpm (estimated: tanaka)"));
    EXPECT_TRUE(contains(text, "Z2  moderate"));
    EXPECT_TRUE(contains(text, "VDOT 49.8 from 5K in 20:00"));
    EXPECT_TRUE(contains(text, "pace /km"));
    EXPECT_TRUE(contains(text, "treadmill km/h at 1 % grade"));
    EXPECT_TRUE(contains(text, "BMR 1,730 kcal/day (mifflin_st_jeor)"));  // 800 + 1125 − 200 + 5
    EXPECT_TRUE(contains(text, "\nSources\n"));
    EXPECT_EQ(text.back(), '\n');
}

TEST(TargetsText, ImperialUsesMilesAndPounds) {
    const std::string text =
        render_targets_text(planner::build_targets_report(athlete_with_race(), kToday, domain::UnitSystem::imperial));
    EXPECT_TRUE(contains(text, "176.4 lb"));
    EXPECT_TRUE(contains(text, "5 ft 11 in"));
    EXPECT_TRUE(contains(text, "pace /mi"));
    EXPECT_TRUE(contains(text, "treadmill mph"));
    EXPECT_FALSE(contains(text, "km/h"));
}

TEST(TargetsText, NoRaceSaysSoInsteadOfInventingPaces) {
    domain::Athlete athlete = athlete_with_race();
    athlete.recent_race.reset();
    const std::string text = render_targets_text(planner::build_targets_report(athlete, kToday, domain::UnitSystem::metric));
    EXPECT_TRUE(contains(text, "none: the profile has no recent race"));
    EXPECT_FALSE(contains(text, "Predicted race times"));
}

TEST(TargetsText, LinesAreWrapped) {
    const std::string text =
        render_targets_text(planner::build_targets_report(athlete_with_race(), kToday, domain::UnitSystem::metric));
    std::istringstream lines(text);
    std::string line;
    while (std::getline(lines, line)) EXPECT_LE(line.size(), 100U) << line;
}

}  // namespace
}  // namespace ironstride::report
