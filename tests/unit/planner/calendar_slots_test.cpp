#include "ironstride/planner/calendar_slots.hpp"

#include <algorithm>
#include <set>

#include <gtest/gtest.h>

#include "ironstride/planner/planner.hpp"
#include "unit/planner/sample_athletes.hpp"

namespace ironstride::planner {
namespace {

using testing::at;
using testing::day;

std::vector<CalendarSlot> slots_of(const Plan& plan) { return calendar_slots(plan, domain::UnitSystem::metric, ""); }

TEST(CalendarSlots, UidsNameTheSlotSoReplanningUpdatesEventsInPlace) {
    domain::Athlete athlete = testing::hybrid_lifter();
    const Plan before_plan = make_plan(athlete, day(2026, 11, 30), 1);
    athlete.lifting[0].start = at(19);  // Monday's lift an hour later: the same event, moved
    const Plan after_plan = make_plan(athlete, day(2026, 11, 30), 1);
    const auto before = slots_of(before_plan);
    const auto after = slots_of(after_plan);
    ASSERT_EQ(before.size(), after.size());
    std::set<std::string> uids;
    int changed = 0;
    for (std::size_t i = 0; i < before.size(); ++i) {
        EXPECT_EQ(before[i].uid, after[i].uid);
        EXPECT_TRUE(uids.insert(before[i].uid).second) << "duplicate " << before[i].uid;
        changed += before[i].content_hash != after[i].content_hash ? 1 : 0;
    }
    EXPECT_EQ(before.front().uid.rfind("2026-11-30-", 0), 0U);
    EXPECT_GE(changed, 1) << "Monday's lift (and what its why says about it)";
    EXPECT_LT(changed, static_cast<int>(before.size())) << "the rest of the week is unchanged";
    const auto monday = std::find_if(after.begin(), after.end(), [](const CalendarSlot& s) {
        return s.uid == "2026-11-30-lift-1-test-hybrid@ironstride";
    });
    ASSERT_NE(monday, after.end());
    EXPECT_EQ(monday->session->start, at(19));
}

TEST(CalendarSlots, TheSameContentHashesTheSameAndUnitsOrZoneChangeIt) {
    const Plan plan = make_plan(testing::hybrid_lifter(), day(2026, 11, 30), 1);
    const auto a = slots_of(plan);
    const auto b = slots_of(make_plan(testing::hybrid_lifter(), day(2026, 11, 30), 1));
    ASSERT_FALSE(a.empty());
    EXPECT_EQ(a.front().content_hash, b.front().content_hash);
    EXPECT_NE(calendar_slots(plan, domain::UnitSystem::imperial, "").front().content_hash, a.front().content_hash);
    EXPECT_NE(calendar_slots(plan, domain::UnitSystem::metric, "Europe/Berlin").front().content_hash,
              a.front().content_hash);
}

}  // namespace
}  // namespace ironstride::planner
