#include "ironstride/planner/low_impact.hpp"

#include <gtest/gtest.h>

#include "ironstride/planner/constraints.hpp"
#include "ironstride/planner/planner.hpp"
#include "unit/planner/sample_athletes.hpp"

namespace ironstride::planner {
namespace {

using domain::HealthCondition;
using testing::day;

struct Counts {
    int land = 0;
    int water = 0;
    int hard = 0;
    int walks = 0;
};

Counts count_sessions(const Plan& plan) {
    Counts c;
    for (const auto& week : plan.weeks) {
        for (const auto& d : week.days) {
            for (const auto& s : d.sessions) {
                if (s.type == SessionType::water_run) ++c.water;
                if (s.kind == SessionKind::run && s.type != SessionType::water_run) ++c.land;
                if (s.intensity == Intensity::high && s.kind == SessionKind::run) ++c.hard;
                if (s.kind == SessionKind::walk) ++c.walks;
            }
        }
    }
    return c;
}

TEST(LowImpact, KneeOsteoarthritisWithAPoolRunsEveryEasyRunInTheWaterAndNoIntervals) {
    auto athlete = testing::hybrid_lifter();
    athlete.equipment.pool = true;
    athlete.conditions = {HealthCondition::knee_osteoarthritis};
    const Plan plan = make_plan(athlete, day(2026, 11, 30), 8);
    EXPECT_TRUE(check_plan(plan, athlete).empty());
    const Counts c = count_sessions(plan);
    EXPECT_GT(c.water, 8);
    EXPECT_EQ(c.land, 0);
    EXPECT_EQ(c.hard, 0);
}

TEST(LowImpact, OsteopeniaKeepsOneLandRunAWeekBesideTheWater) {
    auto athlete = testing::hybrid_lifter();
    athlete.equipment.pool = true;
    athlete.conditions = {HealthCondition::knee_osteoarthritis, HealthCondition::osteopenia};
    const Plan plan = make_plan(athlete, day(2026, 11, 30), 8);
    EXPECT_TRUE(check_plan(plan, athlete).empty());
    for (const auto& week : plan.weeks) {
        int land = 0;
        for (const auto& d : week.days) {
            for (const auto& s : d.sessions) land += s.kind == SessionKind::run && s.type != SessionType::water_run;
        }
        EXPECT_GE(land, 1) << "week " << week.index + 1;
    }
}

TEST(LowImpact, ARecentInjuryWithoutWaterWalksInsteadOfRunningAndShortLandRunsAreCapped) {
    auto athlete = testing::hybrid_lifter();
    athlete.conditions = {HealthCondition::recent_injury};
    const Plan plan = make_plan(athlete, day(2026, 11, 30), 4);
    EXPECT_TRUE(check_plan(plan, athlete).empty());
    const Counts c = count_sessions(plan);
    EXPECT_EQ(c.land, 0);
    EXPECT_GT(c.walks, 0);
    EXPECT_DOUBLE_EQ(long_run_cap_min(athlete), kJointLandRunCapMin);
    athlete.conditions = {HealthCondition::hip_osteoarthritis};
    EXPECT_DOUBLE_EQ(long_run_cap_min(athlete), kJointLandRunCapMin);
    athlete.equipment.water_treadmill = true;
    EXPECT_DOUBLE_EQ(long_run_cap_min(athlete), goal_run_cap_min(athlete));
}

TEST(LowImpact, OlderAthletesWithAPoolGetAWaterRunByDefault) {
    auto athlete = testing::hybrid_lifter();
    athlete.declared_age_years = 68;
    athlete.equipment.pool = true;
    EXPECT_TRUE(impact_policy(athlete, 68).one_easy_in_water);
    athlete.equipment.pool = false;
    EXPECT_FALSE(impact_policy(athlete, 68).one_easy_in_water);
}

}  // namespace
}  // namespace ironstride::planner
