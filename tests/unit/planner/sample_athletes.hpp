#pragma once

// Athletes built in code for the planner tests (the profile loader is another module's; these stay independent of
// it so a planner test never fails because of a profile change).

#include "ironstride/domain/athlete.hpp"
#include "ironstride/units/civil_time.hpp"

namespace ironstride::planner::testing {

inline units::CivilDay day(int y, unsigned m, unsigned d) {
    return units::CivilDay{std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d}};
}

inline units::TimeOfDay at(int hour, int minute = 0) { return units::TimeOfDay{hour * 60 + minute}; }

inline domain::LiftingSession lift(int weekday, const char* name, int hour, int minutes, bool heavy_legs) {
    domain::LiftingSession s;
    s.weekday = weekday;
    s.name = name;
    s.start = at(hour);
    s.duration_min = minutes;
    s.lower_body_heavy = heavy_legs;
    return s;
}

/// A new runner who lifts five days a week (upper/lower/push/pull/legs), cutting: the bikini competitor's shape.
inline domain::Athlete new_runner_lifter() {
    domain::Athlete a;
    a.name = "Test new runner";
    a.sex = domain::Sex::female;
    a.declared_age_years = 29;
    a.height_m = 1.65;
    a.weight_kg = 60;
    a.body_fat_pct = 20;
    a.resting_hr_bpm = 60;
    a.goal = domain::Goal::physique;
    a.phase = domain::Phase::cut;
    a.rate_pct_per_week = 0.5;
    a.experience = domain::RunningExperience::new_runner;
    a.lifting = {lift(0, "Lower A", 17, 75, true), lift(1, "Upper A", 17, 60, false), lift(3, "Lower B", 17, 75, true),
                 lift(4, "Upper B", 17, 60, false), lift(5, "Glutes", 9, 60, false)};
    for (int d = 0; d < 7; ++d) {
        a.availability[static_cast<std::size_t>(d)] = {{at(6), at(8)}, {at(12), at(13)}, {at(17), at(22)}};
    }
    a.sleep_target_h = 8;
    return a;
}

/// An intermediate hybrid lifter with a 10K time, upper/lower four days a week.
inline domain::Athlete hybrid_lifter() {
    domain::Athlete a;
    a.name = "Test hybrid";
    a.sex = domain::Sex::male;
    a.declared_age_years = 32;
    a.height_m = 1.80;
    a.weight_kg = 82;
    a.body_fat_pct = 15;
    a.resting_hr_bpm = 55;
    a.goal = domain::Goal::hybrid;
    a.phase = domain::Phase::maintain;
    a.experience = domain::RunningExperience::intermediate;
    a.recent_race = domain::RaceResult{10000, 47 * 60 + 30, {}};
    a.longest_recent_run_min = 50;
    a.recent_weekly_run_min = 120;
    a.equipment.treadmill = true;
    a.lifting = {lift(0, "Lower heavy", 18, 75, true), lift(1, "Upper", 18, 60, false),
                 lift(3, "Lower volume", 18, 75, true), lift(4, "Upper", 18, 60, false)};
    for (int d = 0; d < 5; ++d) a.availability[static_cast<std::size_t>(d)] = {{at(6), at(8)}, {at(18), at(21, 30)}};
    a.availability[5] = {{at(7), at(12)}};
    a.availability[6] = {{at(7), at(12)}};
    a.sleep_target_h = 8;
    return a;
}

}  // namespace ironstride::planner::testing
