// Property test of the planner (issue 3 acceptance): hundreds of generated athletes (unit/report/
// generated_athletes.hpp: availability including impossible ones, splits of 2–7 days, every experience and goal,
// event dates, conditions, logged histories),
// each planned, rendered to JSON, parsed back with nlohmann and re-checked against every hard rule
// (planner::check_plan). A failure prints the profile that broke the rule.

#include <string>

#include <gtest/gtest.h>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "ironstride/planner/constraints.hpp"
#include "ironstride/planner/planner.hpp"
#include "ironstride/report/plan_json.hpp"
#include "ironstride/report/plan_text.hpp"
#include "unit/report/generated_athletes.hpp"

namespace ironstride::report {
namespace {

using generated::describe;
using generated::Gen;
using generated::generate;
using generated::generate_history;

constexpr int kProfiles = 400;

TEST(PlanProperty, EveryHardRuleHoldsOnTheJsonOfGeneratedProfiles) {
    Gen g(20261130);
    const units::CivilDay base = units::CivilDay{std::chrono::year{2026} / 11 / 30};
    int with_warnings = 0;
    int with_unplaced = 0;
    int hard_sessions = 0;
    int event_days = 0;
    int carb_loading_days = 0;
    int taper_weeks = 0;
    for (int n = 0; n < kProfiles; ++n) {
        domain::Athlete athlete = generate(g, n);
        const units::CivilDay start = base + std::chrono::days{g.chance(85) ? 7 * g.between(0, 20) : g.between(0, 140)};
        const int weeks = g.between(1, 20);
        if (athlete.event_kind) athlete.event_date = start + std::chrono::days{g.between(-10, weeks * 7 + 20)};
        const planner::TrainingHistory history = generate_history(g, athlete, start);
        const planner::Plan plan = planner::make_plan(athlete, start, weeks, history);
        const std::string text = write_plan_json(plan, athlete.units);
        const planner::Plan back = plan_from_json(nlohmann::json::parse(text));
        const auto violations = planner::check_plan(back, athlete);
        std::string found;
        for (const auto& v : violations) found += fmt::format("  [{}] {}: {}\n", v.rule, v.where, v.message);
        for (const auto& w : plan.warnings) {
            if (w.message.rfind("plan check:", 0) == 0) found += fmt::format("  planner self-check: [{}] {}\n", w.rule, w.message);
        }
        for (const auto& week : back.weeks) {
            for (const auto& day : week.days) {
                for (const auto& session : day.sessions) {
                    if (session.why.empty()) found += fmt::format("  {} has no reasons\n", session.title);
                    if (session.intensity == planner::Intensity::high) ++hard_sessions;
                    if (session.kind == planner::SessionKind::event) ++event_days;
                }
                if (day.nutrition.event_fuel.rfind("carbohydrate loading", 0) == 0) ++carb_loading_days;
            }
            if (!week.unplaced.empty()) ++with_unplaced;
            if (week.phase == planner::WeekPhase::taper || week.phase == planner::WeekPhase::peak) ++taper_weeks;
        }
        if (!plan.warnings.empty()) ++with_warnings;
        ASSERT_TRUE(found.empty()) << "profile " << n << " broke the rules:\n"
                                   << found << describe(athlete, start, weeks)
                                   << write_plan_text(plan, athlete.units).substr(0, 6000);
        ASSERT_EQ(static_cast<int>(back.weeks.size()), weeks);
    }
    // The generator must reach the interesting corners, or the property says little.
    EXPECT_GT(with_warnings, kProfiles / 10);
    EXPECT_GT(with_unplaced, 5);
    EXPECT_GT(hard_sessions, kProfiles);
    // Events inside the plan (check_plan's event-day-and-run-up re-checked each one above).
    EXPECT_GT(event_days, 40);
    EXPECT_GT(carb_loading_days, 10);
    EXPECT_GT(taper_weeks, 30);
    ::testing::Test::RecordProperty("event_days", event_days);
}

TEST(PlanProperty, SameProfileAndStartGiveTheSamePlan) {
    Gen g(7);
    const units::CivilDay start = units::CivilDay{std::chrono::year{2026} / 11 / 30};
    for (int n = 0; n < 40; ++n) {
        const domain::Athlete athlete = generate(g, n);
        EXPECT_EQ(write_plan_json(planner::make_plan(athlete, start, 8), athlete.units),
                  write_plan_json(planner::make_plan(athlete, start, 8), athlete.units))
            << describe(athlete, start, 8);
    }
}

}  // namespace
}  // namespace ironstride::report
