#pragma once

// A `today` report built through the real analysis code, for the writer tests: the test lifter on a day whose plan
// holds a hard run, after a short night (amber readiness, so the hard run becomes Zone 2).

#include <chrono>

#include "ironstride/planner/today.hpp"
#include "ironstride/planner/planner.hpp"
#include "unit/analysis/analysis_fixtures.hpp"

namespace ironstride::report::testing {

inline planner::TodayReport amber_today() {
    using std::chrono::days;
    const domain::Athlete athlete = analysis::testing::lifter();
    const units::CivilDay monday = analysis::testing::day(2026, 3, 16);
    units::CivilDay day = monday;
    const planner::Plan plan = planner::make_plan(athlete, monday, 1);
    for (const planner::PlanDay& d : plan.weeks.front().days) {
        for (const planner::PlannedSession& s : d.sessions) {
            if (s.kind == planner::SessionKind::run && s.intensity == planner::Intensity::high) day = d.date;
        }
    }
    analysis::testing::HistoryBuilder b(day - days{28}, day, athlete);
    b.checkin({day, 6.2, 3, 55.0, 62.0, {}});
    const analysis::History& h = b.history();
    return planner::build_today(athlete, day, h, analysis::build_series(h, athlete, b.heart().max_hr_bpm));
}

}  // namespace ironstride::report::testing
