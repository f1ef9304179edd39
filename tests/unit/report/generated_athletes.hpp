#pragma once
// Generated athletes for the planner's property tests (tests/unit/report/plan_property_test.cpp: the hard rules;
// plan_quality_test.cpp: what a coach checks): availability including impossible and tight early-morning ones,
// splits of 2-7 days with heavy legs on various days and evening lifters, every experience and goal, events, older
// athletes and health conditions, and logged histories (breaks, beginners with check-ins).

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "ironstride/domain/athlete.hpp"
#include "ironstride/planner/training_history.hpp"

namespace ironstride::report::generated {

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

inline units::TimeOfDay at(int minutes) { return units::TimeOfDay{minutes}; }

inline domain::Athlete generate(Gen& g, int n) {
    domain::Athlete a;
    a.name = fmt::format("Generated {}", n);
    a.sex = g.chance(50) ? domain::Sex::female : domain::Sex::male;
    // One in five is 65 or older (older adults fighting muscle loss), the rest 18-64.
    a.declared_age_years = g.chance(20) ? g.between(65, 82) : g.between(18, 64);
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
    // Splits of 2–6 days (six-day splits often; sometimes 7, which makes a rest day impossible), heavy legs on
    // various days; a third are evening lifters.
    const int lift_days = g.chance(4) ? 7 : g.chance(15) ? 6 : g.between(2, 6);
    const bool evening_lifter = g.chance(33);
    std::vector<int> days{0, 1, 2, 3, 4, 5, 6};
    for (int i = 6; i > 0; --i) std::swap(days[static_cast<std::size_t>(i)], days[static_cast<std::size_t>(g.between(0, i))]);
    for (int i = 0; i < lift_days; ++i) {
        domain::LiftingSession lift;
        lift.weekday = days[static_cast<std::size_t>(i)];
        lift.name = fmt::format("Lift {}", i + 1);
        lift.start = at((evening_lifter ? g.between(17, 20) : g.between(5, 20)) * 60 + 15 * g.between(0, 3));
        lift.duration_min = g.between(3, 8) * 15;
        lift.lower_body_heavy = g.chance(35);
        if (lift.start.minutes + lift.duration_min > 23 * 60 + 59) lift.start = at(18 * 60);
        a.lifting.push_back(lift);
    }
    std::sort(a.lifting.begin(), a.lifting.end(),
              [](const auto& x, const auto& y) { return x.weekday < y.weekday; });
    // Availability: none at all (impossible), sparse, or generous; windows of 20 min to 6 h.
    // Style 0: no window at all; 1-2: sparse; 3: tight early-morning windows only; else up to three a day.
    const int style = g.between(0, 9);
    for (int d = 0; d < 7; ++d) {
        auto& windows = a.availability[static_cast<std::size_t>(d)];
        if (style == 0) continue;
        if (style == 3) {
            if (g.chance(70)) windows.push_back({at(5 * 60 + 15 * g.between(0, 4)), at(6 * 60 + 15 * g.between(2, 6))});
            continue;
        }
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
        if (a.event_kind == domain::EventKind::race && !a.goal_race_distance_m) {
            const double distances[] = {5000.0, 10000.0, 21097.5, 42195.0};
            a.goal_race_distance_m = distances[g.between(0, 3)];
        }
    }
    if (g.chance(20)) {
        const domain::HealthCondition conditions[] = {
            domain::HealthCondition::knee_osteoarthritis, domain::HealthCondition::hip_osteoarthritis,
            domain::HealthCondition::osteopenia, domain::HealthCondition::recent_injury};
        a.conditions.push_back(conditions[g.between(0, 3)]);
        if (g.chance(20)) {
            const auto second = conditions[g.between(0, 3)];
            if (second != a.conditions.front()) a.conditions.push_back(second);
        }
    }
    a.sleep_target_h = g.real(5.5, 10.5);
    a.units = g.chance(50) ? domain::UnitSystem::metric : domain::UnitSystem::imperial;
    return a;
}

/// The profile, printed so a failure can be reproduced by hand.
inline std::string describe(const domain::Athlete& a, units::CivilDay start, int weeks) {
    std::string out = fmt::format(
        "name={} sex={} age={} height_m={:.2f} weight_kg={:.1f} resting_hr={} goal={} race_m={} phase={} "
        "experience={} longest_recent={} weekly_recent={} race={} max_weekly_increase={:.3f} treadmill={} pool={} "
        "water_treadmill={} event={} {} sleep={:.1f} conditions={} start={} weeks={}\n",
        a.name, domain::to_string(a.sex), a.declared_age_years.value_or(0), a.height_m, a.weight_kg, a.resting_hr_bpm.value_or(0),
        domain::to_string(a.goal), a.goal_race_distance_m.value_or(0), domain::to_string(a.phase),
        domain::to_string(a.experience), a.longest_recent_run_min.value_or(-1), a.recent_weekly_run_min.value_or(-1),
        a.recent_race ? fmt::format("{}m/{}s", a.recent_race->distance_m, a.recent_race->time_s) : "none",
        a.max_weekly_increase, a.equipment.treadmill, a.equipment.pool, a.equipment.water_treadmill,
        a.event_date ? units::format_iso_date(*a.event_date) : "none",
        a.event_kind ? domain::to_string(*a.event_kind) : "", a.sleep_target_h, a.conditions.size(),
        units::format_iso_date(start), weeks);
    for (const auto condition : a.conditions) out += fmt::format("  condition {}\n", static_cast<int>(condition));
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


/// A logged history before `start` for some athletes: a break of 2-20 weeks after 4 weeks of running, or a run/walk
/// beginner's last two weeks with check-ins of every readiness; nothing for the rest.
inline planner::TrainingHistory generate_history(Gen& g, const domain::Athlete& a, units::CivilDay start) {
    planner::TrainingHistory history;
    const int kind = g.between(0, 9);
    if (kind <= 1) {
        const int days_off = g.between(14, 140);
        const double per_run = g.between(15, 60);
        const units::CivilDay last = start - std::chrono::days{days_off + 1};
        for (int w = 0; w < 4; ++w) {
            for (int r = 0; r < 3; ++r) history.runs.push_back({last - std::chrono::days{7 * w + 2 * r}, per_run});
        }
    } else if (kind >= 2 && kind <= 6 && a.experience == domain::RunningExperience::new_runner) {
        const double week_before = g.between(3, 12);
        const double last_week = week_before + g.between(0, 5);
        history.runs = {{start - std::chrono::days{12}, week_before / 2}, {start - std::chrono::days{10}, week_before / 2},
                        {start - std::chrono::days{5}, last_week / 2}, {start - std::chrono::days{2}, last_week / 2}};
        for (int d = 1; d <= 7; ++d) {
            if (!g.chance(70)) continue;
            const int roll = g.between(1, 100);
            const auto level = roll <= 70 ? analysis::Readiness::green : roll <= 90 ? analysis::Readiness::amber
                                                                                     : analysis::Readiness::red;
            history.readiness.push_back({start - std::chrono::days{d}, level});
        }
    }
    return history;
}

}  // namespace ironstride::report::generated
