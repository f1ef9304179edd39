#include "ironstride/planner/placement.hpp"

#include <gtest/gtest.h>

#include "ironstride/planner/constraints.hpp"
#include "ironstride/planner/session_library.hpp"
#include "unit/planner/sample_athletes.hpp"

namespace ironstride::planner {
namespace {

using testing::at;
using testing::day;
namespace lib = session_library;

RunTargets hr_targets() {
    RunTargets t;
    t.zone2_low_bpm = 130;
    t.zone2_high_bpm = 150;
    t.zone4_low_bpm = 165;
    t.zone4_high_bpm = 175;
    t.zone5_low_bpm = 178;
    return t;
}

/// The athlete's lifts of weeks -1, 0 and 1 on the absolute clock, as the planner gives them to the placer.
std::vector<detail::Event> split_context(const domain::Athlete& athlete) {
    std::vector<detail::Event> events;
    for (int week = -1; week <= 1; ++week) {
        for (const auto& lift : athlete.lifting) {
            events.push_back({(week * 7 + lift.weekday) * detail::kMinutesPerDay + lift.start.minutes,
                              lift.duration_min, false, false, lift.lower_body_heavy, lift.name});
        }
    }
    return events;
}

WeekPlacer placer_for(const domain::Athlete& athlete) {
    WeekPlacer placer(athlete, day(2026, 11, 30), 0, split_context(athlete));
    for (const auto& lift : athlete.lifting) {
        PlannedSession s;
        s.kind = SessionKind::lift;
        s.type = SessionType::lift;
        s.title = lift.name;
        s.start = lift.start;
        s.duration_min = lift.duration_min;
        s.lower_body_heavy = lift.lower_body_heavy;
        placer.add_lift(lift.weekday, s);
    }
    return placer;
}

TEST(Placement, RunOnALiftDayComesAtLeastThreeHoursAfterAndStatesTheCompromise) {
    auto athlete = testing::hybrid_lifter();
    for (auto& windows : athlete.availability) windows.clear();
    athlete.availability[1] = {{at(13), at(14)}, {at(19), at(23)}};  // Tue: lift 18:00-19:00
    auto placer = placer_for(athlete);
    const auto outcome = placer.place(lib::easy_run(30, false, hr_targets()));
    ASSERT_TRUE(outcome.placed) << outcome.blocking_rule << " " << outcome.blocked_windows;
    EXPECT_EQ(outcome.day_index, 1);
    const auto& sessions = placer.days()[1];
    ASSERT_EQ(sessions.size(), 2U);
    EXPECT_EQ(sessions[1].start.minutes, 22 * 60);  // 3 h after the lift ends; 13:00 is under 6 h before it
    bool stated = false;
    for (const auto& why : sessions[1].why) stated |= why.find("compromise") != std::string::npos;
    EXPECT_TRUE(stated);
}

TEST(Placement, AnEveningLifterRunsEasyInTheMorningButNotHard) {
    auto athlete = testing::hybrid_lifter();  // Mon lower heavy 18:00-19:00
    for (auto& windows : athlete.availability) windows.clear();
    athlete.availability[0] = {{at(6), at(7, 30)}};  // Mon morning only
    auto placer = placer_for(athlete);
    const auto easy = placer.place(lib::easy_run(30, false, hr_targets()));
    ASSERT_TRUE(easy.placed) << easy.blocking_rule << " " << easy.blocked_windows;
    EXPECT_EQ(easy.day_index, 0);
    const auto& run = placer.days()[0].front();
    EXPECT_EQ(run.start.minutes, 6 * 60);
    bool stated = false;
    for (const auto& why : run.why) stated |= why.find("either order") != std::string::npos;
    EXPECT_TRUE(stated);

    auto hard_placer = placer_for(athlete);
    const auto hard = hard_placer.place(lib::tempo(10, hr_targets()));
    EXPECT_FALSE(hard.placed);  // 12 h before heavy legs: inside the 24 h rule
    EXPECT_EQ(hard.blocking_rule, rule_id::kNoHardRunBeforeHeavyLegs);
}

TEST(Placement, PrefersSixHoursOrALiftFreeDay) {
    const auto athlete = testing::hybrid_lifter();
    auto placer = placer_for(athlete);
    const auto outcome = placer.place(lib::easy_run(30, false, hr_targets()));
    ASSERT_TRUE(outcome.placed);
    EXPECT_EQ(outcome.day_index, 2);  // Wednesday has no lift
}

TEST(Placement, HardRunAvoidsThe24hBeforeHeavyLegsAnd48hAroundThem) {
    const auto athlete = testing::hybrid_lifter();  // heavy legs Mon and Thu 18:00
    auto placer = placer_for(athlete);
    const auto outcome = placer.place(lib::tempo(10, hr_targets()));
    ASSERT_TRUE(outcome.placed) << outcome.blocked_windows;
    const auto& sessions = placer.days()[static_cast<std::size_t>(outcome.day_index)];
    const auto& run = sessions.back();
    const int abs = outcome.day_index * detail::kMinutesPerDay + run.start.minutes;
    EXPECT_EQ(outcome.day_index, 5);  // Saturday: two days after Thursday's legs and before Monday's
    for (const int legs : {0 * 1440 + 18 * 60, 3 * 1440 + 18 * 60, 7 * 1440 + 18 * 60}) {
        EXPECT_GE(std::abs(legs / 1440 - outcome.day_index), limits::kHardLegSessionsGapDays);
        if (legs > abs) {
            EXPECT_GE(legs - (abs + run.duration_min), limits::kHardRunBeforeHeavyLegsMin);
        }
    }
}

TEST(Placement, KeepsOneDayFreeAndNamesWhatBlocked) {
    const auto athlete = testing::hybrid_lifter();
    auto placer = placer_for(athlete);
    int placed = 0;
    for (int i = 0; i < 3; ++i) placed += placer.place(lib::easy_run(30, false, hr_targets())).placed ? 1 : 0;
    // Wed, one weekend day, then a lift day's morning (6 h or more before the lift); the last free day stays a
    // rest day.
    EXPECT_EQ(placed, 3);
    EXPECT_EQ(placer.free_days(), 1);
}

TEST(Placement, NoWindowsMeansNotPlacedWithTheReason) {
    auto athlete = testing::hybrid_lifter();
    for (auto& windows : athlete.availability) windows.clear();
    auto placer = placer_for(athlete);
    const auto outcome = placer.place(lib::easy_run(30, false, hr_targets()));
    EXPECT_FALSE(outcome.placed);
    EXPECT_EQ(outcome.blocking_rule, rule_id::kRunsInAvailability);
    EXPECT_EQ(outcome.blocked_windows, "no availability windows");
}

TEST(Placement, ShortWindowsAreNamed) {
    auto athlete = testing::hybrid_lifter();
    for (auto& windows : athlete.availability) windows.clear();
    athlete.availability[2] = {{at(6), at(6, 20)}};
    auto placer = placer_for(athlete);
    const auto outcome = placer.place(lib::easy_run(30, false, hr_targets()));
    EXPECT_FALSE(outcome.placed);
    EXPECT_EQ(outcome.blocked_windows, "wed 06:00-06:20 (shorter than 30 min)");
}

}  // namespace
}  // namespace ironstride::planner
