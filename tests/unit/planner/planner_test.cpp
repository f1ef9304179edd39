#include "ironstride/planner/planner.hpp"

#include <gtest/gtest.h>

#include <fmt/format.h>

#include "ironstride/planner/constraints.hpp"
#include "unit/planner/sample_athletes.hpp"

namespace ironstride::planner {
namespace {

using testing::day;

void dump(const Plan& plan) {
    for (const auto& w : plan.weeks) {
        fmt::print("week {} {} run {:.2f} me {:.1f}\n", w.index + 1, to_string(w.phase), w.run_minutes,
                   w.moderate_equivalent_minutes);
        for (const auto& n : w.notes) fmt::print("   note: {}\n", n);
        for (const auto& d : w.days) {
            for (const auto& s : d.sessions) {
                fmt::print("  {} {} {} {} {}min run {:.2f} kcal {:.0f}\n", units::format_iso_date(d.date),
                           units::format_time_of_day(s.start), s.title, to_string(s.intensity), s.duration_min,
                           s.run_min, d.nutrition.kcal);
            }
        }
    }
    for (const auto& w : plan.warnings) fmt::print("WARN {} | {} | {}\n", w.rule, w.window, w.message);
}

TEST(Planner, DumpsForReview) {
    const auto plan = make_plan(testing::new_runner_lifter(), day(2026, 11, 30), 8);
    if (std::getenv("PLAN_DUMP")) dump(plan);
    const auto plan2 = make_plan(testing::hybrid_lifter(), day(2026, 11, 30), 8);
    if (std::getenv("PLAN_DUMP")) dump(plan2);
    EXPECT_TRUE(check_plan(plan, testing::new_runner_lifter()).empty());
    EXPECT_TRUE(check_plan(plan2, testing::hybrid_lifter()).empty());
}

}  // namespace
}  // namespace ironstride::planner
