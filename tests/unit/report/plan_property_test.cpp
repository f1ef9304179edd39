// Property test of the planner (issue 3 acceptance): hundreds of generated athletes (availability including
// impossible ones, splits of 2–7 days with heavy legs on various days, every experience and goal, event dates),
// each planned, rendered to JSON, parsed back with nlohmann and re-checked against every hard rule
// (planner::check_plan). A failure prints the profile that broke the rule.

#include <cstdint>
#include <random>
#include <string>

#include <gtest/gtest.h>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "ironstride/planner/constraints.hpp"
#include "ironstride/planner/planner.hpp"
#include "ironstride/report/plan_json.hpp"

namespace ironstride::report {
namespace {

/// Fixed-seed generator; draws use raw mt19937 output (its sequence is fixed by the standard), not the
/// implementation-defined distributions.
class Gen {
public:
    explicit Gen(std::uint32_t seed) : m_engine(seed) {}
    int between(int low, int high) {  // inclusive
        return low + static_cast<int>(m_engine() % static_cast<std::uint32_t>(high - low + 1));
    }
    double real(double low, double high) { return low + (high - low) * (static_cast<double>(m_engine()) / 4294967296.0); }
    bool chance(int percent) { return between(1, 100) <= percent; }

private:
    std::mt19937 m_engine;
};

units::TimeOfDay at(int minutes) { return units::TimeOfDay{minutes}; }

domain::Athlete generate(Gen& g, int n) {
    domain::Athlete a;
    a.name = fmt::format("Generated {}", n);
    a.sex = g.chance(50) ? domain::Sex::female : domain::Sex::male;
    a.declared_age_years = g.between(18, 78);
    a.height_m = g.real(1.50, 1.98);
    a.weight_kg = g.real(48, 125);
    if (g.chance(60)) a.body_fat_pct = g.real(10, 38);
    if (g.chance(80)) a.resting_hr_bpm = g.between(42, 82);
    if (g.chance(20)) a.max_hr_bpm = g.between(165, 205);
    a.goal = static_cast<domain::Goal>(g.between(0, 4));
    if (a.goal == domain::Goal::race) {
        const double distances[] = {5000.0, 10000.0, 21097.5, 42195.0};
        a.goal_race_distance_m = distances[g.between(0, 3)];
    }
    a.phase = static_cast<domain::Phase>(g.between(0, 2));
    a.rate_pct_per_week = a.phase == domain::Phase::maintain ? 0.0 : g.real(0.2, 1.0);
    a.experience = static_cast<domain::RunningExperience>(g.between(0, 3));
    if (a.experience != domain::RunningExperience::new_runner) {
        if (g.chance(75)) a.longest_recent_run_min = g.between(8, 120);
        if (g.chance(75)) a.recent_weekly_run_min = g.between(15, 360);
        if (g.chance(60)) {
            const double distances[] = {5000.0, 10000.0, 21097.5};
            const double distance = distances[g.between(0, 2)];
            a.recent_race = domain::RaceResult{distance, distance / 1000.0 * g.between(190, 450), {}};
        }
    }
    a.max_weekly_increase = g.real(0.05, 0.30);
    a.equipment.treadmill = g.chance(50);
    a.equipment.pool = g.chance(25);
    a.equipment.water_treadmill = g.chance(10);
    // Splits of 2–6 days (sometimes 7, which makes a rest day impossible), heavy legs on various days.
    const int lift_days = g.chance(4) ? 7 : g.between(2, 6);
    std::vector<int> days{0, 1, 2, 3, 4, 5, 6};
    for (int i = 6; i > 0; --i) std::swap(days[static_cast<std::size_t>(i)], days[static_cast<std::size_t>(g.between(0, i))]);
    for (int i = 0; i < lift_days; ++i) {
        domain::LiftingSession lift;
        lift.weekday = days[static_cast<std::size_t>(i)];
        lift.name = fmt::format("Lift {}", i + 1);
        lift.start = at(g.between(5, 20) * 60 + 15 * g.between(0, 3));
        lift.duration_min = g.between(3, 8) * 15;
        lift.lower_body_heavy = g.chance(35);
        if (lift.start.minutes + lift.duration_min > 23 * 60 + 59) lift.start = at(18 * 60);
        a.lifting.push_back(lift);
    }
    std::sort(a.lifting.begin(), a.lifting.end(),
              [](const auto& x, const auto& y) { return x.weekday < y.weekday; });
    // Availability: none at all (impossible), sparse, or generous; windows of 20 min to 6 h.
    const int style = g.between(0, 9);
    for (int d = 0; d < 7; ++d) {
        auto& windows = a.availability[static_cast<std::size_t>(d)];
        if (style == 0) continue;
        const int count = style < 3 ? g.between(0, 1) : g.between(0, 3);
        int cursor = g.between(5, 9) * 60;
        for (int w = 0; w < count && cursor < 23 * 60; ++w) {
            const int start = cursor + 15 * g.between(0, 8);
            const int end = std::min(24 * 60, start + g.between(20, 360));
            if (end <= start) break;
            windows.push_back({at(start), at(end)});
            cursor = end + 30;
        }
    }
    if (g.chance(30)) {
        a.event_kind = g.chance(50) ? domain::EventKind::show : domain::EventKind::race;
    }
    a.sleep_target_h = g.real(5.5, 10.5);
    a.units = g.chance(50) ? domain::UnitSystem::metric : domain::UnitSystem::imperial;
    return a;
}

/// The profile, printed so a failure can be reproduced by hand.
std::string describe(const domain::Athlete& a, units::CivilDay start, int weeks) {
    std::string out = fmt::format(
        "name={} sex={} age={} height_m={:.2f} weight_kg={:.1f} resting_hr={} goal={} race_m={} phase={} "
        "experience={} longest_recent={} weekly_recent={} race={} max_weekly_increase={:.3f} treadmill={} pool={} "
        "water_treadmill={} event={} {} sleep={:.1f} start={} weeks={}\n",
        a.name, domain::to_string(a.sex), a.declared_age_years.value_or(0), a.height_m, a.weight_kg, a.resting_hr_bpm.value_or(0),
        domain::to_string(a.goal), a.goal_race_distance_m.value_or(0), domain::to_string(a.phase),
        domain::to_string(a.experience), a.longest_recent_run_min.value_or(-1), a.recent_weekly_run_min.value_or(-1),
        a.recent_race ? fmt::format("{}m/{}s", a.recent_race->distance_m, a.recent_race->time_s) : "none",
        a.max_weekly_increase, a.equipment.treadmill, a.equipment.pool, a.equipment.water_treadmill,
        a.event_date ? units::format_iso_date(*a.event_date) : "none",
        a.event_kind ? domain::to_string(*a.event_kind) : "", a.sleep_target_h, units::format_iso_date(start), weeks);
    for (const auto& lift : a.lifting) {
        out += fmt::format("  lift {} {} {}+{} heavy_legs={}\n", domain::weekday_key(lift.weekday), lift.name,
                           units::format_time_of_day(lift.start), lift.duration_min, lift.lower_body_heavy);
    }
    for (int d = 0; d < 7; ++d) {
        for (const auto& w : a.availability[static_cast<std::size_t>(d)]) {
            out += fmt::format("  window {} {}-{}\n", domain::weekday_key(d), units::format_time_of_day(w.start),
                               units::format_time_of_day(w.end));
        }
    }
    return out;
}

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
        const planner::Plan plan = planner::make_plan(athlete, start, weeks);
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
                                   << found << describe(athlete, start, weeks);
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
