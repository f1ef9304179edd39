#pragma once

// A small verdict built through the real analysis code from a hand-made history, for the writer tests: 8 weeks in
// which running triples while the squat falls (the "hurting" answer), with food, sleep and weigh-ins.

#include <chrono>

#include "ironstride/analysis/verdict.hpp"
#include "unit/analysis/analysis_fixtures.hpp"

namespace ironstride::report::testing {

inline analysis::VerdictReport hurting_verdict(domain::UnitSystem profile_units = domain::UnitSystem::metric) {
    using analysis::testing::day;
    using std::chrono::days;
    domain::Athlete athlete = analysis::testing::lifter();
    athlete.units = profile_units;
    const units::CivilDay monday = day(2026, 1, 5);
    analysis::testing::HistoryBuilder b(monday, monday + days{55}, athlete);
    for (int w = 0; w < 8; ++w) {
        const units::CivilDay week = monday + days{7 * w};
        b.lift(week, 17, "Squat (Barbell)", 140 - 2.5 * w, 5, 3);
        const int runs = w < 4 ? 2 : 6;
        for (int r = 0; r < runs; ++r) b.run(week + days{r == 0 ? 0 : r}, 6, 30, 5000, r == 0 && w >= 4 ? 170 : 130);
        for (int d = 0; d < 7; ++d) {
            b.sleep(week + days{d}, 6.4);
            b.food(week + days{d}, 1700, 100);
            b.body(week + days{d}, 80 - 0.15 * (7 * w + d), d == 0 ? std::optional<double>{16} : std::nullopt);
        }
    }
    return analysis::build_verdict(b.history(), athlete, b.heart(), monday + days{56});
}

}  // namespace ironstride::report::testing
