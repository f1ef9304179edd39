#include "ironstride/planner/session_load.hpp"

#include <vector>

#include <gtest/gtest.h>

namespace ironstride::planner {
namespace {

PlannedSession session(SessionKind kind, int minutes) {
    PlannedSession s;
    s.kind = kind;
    s.duration_min = minutes;
    return s;
}

TEST(SessionLoad, RestAndEmptySessionsHaveNone) {
    EXPECT_FALSE(session_load(session(SessionKind::rest, 30)).has_value());
    EXPECT_FALSE(session_load(session(SessionKind::run, 0)).has_value());
}

TEST(SessionLoad, KindDurationIntensityAndLegsCarryOver) {
    PlannedSession lift = session(SessionKind::lift, 60);
    lift.lower_body_heavy = true;
    const auto load = session_load(lift);
    ASSERT_TRUE(load.has_value());
    EXPECT_EQ(load->kind, science::SessionLoad::Kind::lift);
    EXPECT_EQ(load->duration_min, 60);
    EXPECT_TRUE(load->lower_body_heavy);
    EXPECT_EQ(session_load(session(SessionKind::walk_run, 20))->kind, science::SessionLoad::Kind::walk_run);
}

TEST(SessionLoad, ListsSkipSessionsWithoutALoad) {
    const std::vector<PlannedSession> day{session(SessionKind::run, 40), session(SessionKind::rest, 0),
                                          session(SessionKind::walk, 30)};
    EXPECT_EQ(session_loads(day).size(), 2U);
    const std::vector<const PlannedSession*> pointers{&day[0], &day[1]};
    EXPECT_EQ(session_loads(pointers).size(), 1U);
}

}  // namespace
}  // namespace ironstride::planner
