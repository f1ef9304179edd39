#include "ironstride/planner/event_rules.hpp"

#include <cmath>

#include <gtest/gtest.h>

#include "ironstride/planner/constraints.hpp"
#include "ironstride/planner/event_fuel.hpp"
#include "ironstride/planner/planner.hpp"
#include "unit/planner/sample_athletes.hpp"

namespace ironstride::planner {
namespace {

using testing::day;

TEST(EventRules, TaperTauMatchesTheEvidenceVectors) {
    // evidence.md §10 test vectors: 14-day exponential taper, mean volume = target fraction.
    EXPECT_NEAR(taper_tau_days(14, 0.50), 8.785, 0.001);
    EXPECT_NEAR(taper_tau_days(14, 0.59), 11.990, 0.001);
    EXPECT_NEAR(taper_tau_days(14, 0.40), 6.273, 0.001);
    EXPECT_NEAR(std::exp(-7 / taper_tau_days(14, 0.50)), 0.451, 0.001);
    EXPECT_NEAR(std::exp(-14 / taper_tau_days(14, 0.50)), 0.203, 0.001);
}

TEST(EventRules, ATwoWeekTaperAveragesHalfThePreTaperVolume) {
    EventSchedule race;
    race.date = day(2027, 4, 12);  // a Monday
    race.taper_days = kLongRaceTaperDays;
    race.taper_start = day(2027, 3, 29);
    const double first = taper_fraction(race, day(2027, 3, 29));
    const double second = taper_fraction(race, day(2027, 4, 5));
    EXPECT_NEAR((first + second) / 2.0, 0.50, 1e-9);  // Bosquet 2007's 41-60 % cut, the middle
    EXPECT_GT(first, second);                         // exponential, not a step
    EXPECT_LE(first, 0.70);
    EXPECT_DOUBLE_EQ(taper_fraction(race, day(2027, 3, 22)), 1.0);  // before the taper
}

TEST(EventRules, HeavyLegsAreLightInTheLastDaysAndTheEventDayHasNoLift) {
    auto athlete = testing::hybrid_lifter();
    athlete.event_kind = domain::EventKind::race;
    athlete.event_date = day(2027, 4, 11);
    athlete.goal_race_distance_m = 21097.5;
    const auto race = event_schedule(athlete, day(2026, 11, 30));
    ASSERT_TRUE(race.has_value());
    EXPECT_EQ(race->taper_days, 14);
    EXPECT_EQ(race->heavy_legs_free_days, 7);
    domain::LiftingSession legs{0, "Lower A", units::TimeOfDay{18 * 60}, 75, true};
    domain::LiftingSession upper{1, "Upper A", units::TimeOfDay{18 * 60}, 60, false};
    EXPECT_EQ(lift_change(*race, legs, day(2027, 4, 4)), LiftChange::keep);   // 7 days out
    EXPECT_EQ(lift_change(*race, legs, day(2027, 4, 5)), LiftChange::light);  // 6 days out
    EXPECT_EQ(lift_change(*race, upper, day(2027, 4, 10)), LiftChange::keep);
    EXPECT_EQ(lift_change(*race, upper, day(2027, 4, 11)), LiftChange::skip);

    athlete.goal_race_distance_m = 5000;
    const auto short_race = event_schedule(athlete, day(2026, 11, 30));
    EXPECT_EQ(short_race->taper_days, 7);
    EXPECT_EQ(lift_change(*short_race, legs, day(2027, 4, 7)), LiftChange::keep);   // 4 days out
    EXPECT_EQ(lift_change(*short_race, legs, day(2027, 4, 8)), LiftChange::light);  // 3 days out
}

TEST(EventRules, AShowOnTheSplitsOnlyFreeDayMakesTheDayBeforeTheRestDay) {
    auto athlete = testing::hybrid_lifter();
    athlete.lifting.clear();
    for (int d = 0; d < 6; ++d) athlete.lifting.push_back(testing::lift(d, "Lift", 7, 60, d == 0 || d == 3));
    athlete.event_kind = domain::EventKind::show;
    athlete.event_date = day(2027, 4, 11);  // Sunday, the only day without a lift
    const units::CivilDay start = day(2027, 3, 22);
    const auto event = event_schedule(athlete, start);
    ASSERT_TRUE(event && event->rest_day);
    EXPECT_EQ(*event->rest_day, day(2027, 4, 10));
    EXPECT_EQ(lift_change(*event, athlete.lifting[5], day(2027, 4, 10)), LiftChange::skip);
    EXPECT_EQ(lift_change(*event, athlete.lifting[4], day(2027, 4, 9)), LiftChange::keep);
    const Plan plan = make_plan(athlete, start, 4);
    EXPECT_TRUE(check_plan(plan, athlete).empty());
    // A split that leaves another day free needs no extra rest day.
    athlete.lifting.pop_back();
    EXPECT_FALSE(event_schedule(athlete, start)->rest_day);
}

TEST(EventRules, TheRaceSessionCarriesDistanceAndPredictedPace) {
    auto athlete = testing::hybrid_lifter();
    athlete.event_kind = domain::EventKind::race;
    athlete.event_date = day(2027, 4, 11);
    athlete.goal_race_distance_m = 21097.5;
    athlete.recent_race = domain::RaceResult{10000, 48 * 60 + 30, {}};
    const auto race = event_schedule(athlete, day(2026, 11, 30));
    ASSERT_TRUE(race->predicted_s.has_value());
    EXPECT_GT(*race->predicted_s, 100 * 60.0);  // a 48:30 10K predicts a half of about 1:47
    EXPECT_LT(*race->predicted_s, 112 * 60.0);
    EXPECT_TRUE(race->long_race());
    const PlannedSession session = event_session(*race, RunTargets{});
    EXPECT_EQ(session.kind, SessionKind::event);
    EXPECT_EQ(session.type, SessionType::race);
    EXPECT_EQ(session.title, "Race: half marathon");
    ASSERT_TRUE(session.workout.has_value());
    ASSERT_EQ(session.workout->steps.size(), 1U);
    const double speed = 21097.5 / *race->predicted_s;
    EXPECT_NEAR(*session.workout->steps[0].speed_low_mps, speed * 0.98, 1e-9);
    EXPECT_NEAR(*session.workout->steps[0].speed_high_mps, speed * 1.02, 1e-9);
}

TEST(EventFuel, ASeventyKiloRunnerLoadsAndFuelsTheMarathonAsTheEvidenceSays) {
    auto athlete = testing::hybrid_lifter();
    athlete.weight_kg = 70;
    athlete.event_kind = domain::EventKind::race;
    athlete.event_date = day(2027, 4, 11);
    athlete.goal_race_distance_m = 42195;
    athlete.recent_race = domain::RaceResult{21097.5, 105 * 60, {}};  // a 1:45 half predicts about 3:40
    const auto race = event_schedule(athlete, day(2026, 11, 30));
    // evidence.md §11 test vector, 70 kg: loading 700-840 g/day; pre-race meal 70-280 g; >= 2.5 h at 60-90 g/h.
    const EventFuel loading = event_fuel(*race, athlete, day(2027, 4, 9));
    EXPECT_DOUBLE_EQ(loading.carbs_min_g_per_kg * athlete.weight_kg, 700.0);
    EXPECT_EQ(event_fuel(*race, athlete, day(2027, 4, 8)).carbs_min_g_per_kg, 0.0);  // 3 days out: no loading
    const EventFuel race_day = event_fuel(*race, athlete, day(2027, 4, 11));
    ASSERT_TRUE(race_day.pre_event_meal_carbs.has_value());
    EXPECT_DOUBLE_EQ(race_day.pre_event_meal_carbs->low_g, 70.0);
    EXPECT_DOUBLE_EQ(race_day.pre_event_meal_carbs->high_g, 280.0);
    ASSERT_TRUE(race_day.during_event_carbs_per_h.has_value());
    EXPECT_DOUBLE_EQ(race_day.during_event_carbs_per_h->low_g, 60.0);
    EXPECT_DOUBLE_EQ(race_day.during_event_carbs_per_h->high_g, 90.0);
    EXPECT_EQ(race_day.phase, domain::Phase::maintain);
}

TEST(EventFuel, AfterAShowTheCutClimbsBackToMaintenance) {
    auto athlete = testing::hybrid_lifter();
    athlete.phase = domain::Phase::cut;
    athlete.rate_pct_per_week = 0.7;
    athlete.event_kind = domain::EventKind::show;
    athlete.event_date = day(2027, 5, 15);
    const auto show = event_schedule(athlete, day(2026, 11, 30));
    EXPECT_EQ(event_fuel(*show, athlete, day(2027, 5, 12)).note, "");  // the peak week's early days keep the cut
    EXPECT_EQ(event_fuel(*show, athlete, day(2027, 5, 14)).phase, domain::Phase::maintain);
    EXPECT_EQ(event_fuel(*show, athlete, day(2027, 5, 15)).phase, domain::Phase::maintain);
    const EventFuel week_after = event_fuel(*show, athlete, day(2027, 5, 18));
    EXPECT_FALSE(week_after.phase.has_value());
    EXPECT_DOUBLE_EQ(week_after.rate_factor, 0.5);
    EXPECT_EQ(event_fuel(*show, athlete, day(2027, 5, 23)).phase, domain::Phase::maintain);
}

}  // namespace
}  // namespace ironstride::planner
