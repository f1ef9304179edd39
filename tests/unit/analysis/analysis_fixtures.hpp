#pragma once

// Hand-built athletes and histories for the analysis tests: each test states exactly the training it judges, with no
// database and no importer in between (the end-to-end scenarios are in tests/integration/report_scenarios_test.cpp).

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "ironstride/analysis/activity_metrics.hpp"
#include "ironstride/analysis/history.hpp"
#include "ironstride/domain/activity.hpp"
#include "ironstride/domain/athlete.hpp"
#include "ironstride/domain/exercise_catalog.hpp"
#include "ironstride/units/civil_time.hpp"

namespace ironstride::analysis::testing {

inline units::CivilDay day(int y, unsigned m, unsigned d) {
    return units::CivilDay{std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d}};
}

inline units::Instant at(units::CivilDay d, int hour, int minute = 0) {
    return units::Instant{d} + std::chrono::hours{hour} + std::chrono::minutes{minute};
}

/// A 30-year-old male lifter, 80 kg, 15 % fat, resting HR 60, measured HRmax 190 (the evidence.md TRIMP vectors'
/// heart), maintaining, upper/lower split with heavy legs on Monday and Thursday evenings.
inline domain::Athlete lifter() {
    domain::Athlete a;
    a.name = "Test lifter";
    a.sex = domain::Sex::male;
    a.declared_age_years = 30;
    a.height_m = 1.80;
    a.weight_kg = 80;
    a.body_fat_pct = 15;
    a.resting_hr_bpm = 60;
    a.max_hr_bpm = 190;
    a.goal = domain::Goal::hybrid;
    a.phase = domain::Phase::maintain;
    a.experience = domain::RunningExperience::intermediate;
    a.longest_recent_run_min = 60;
    a.recent_weekly_run_min = 150;
    auto lift = [](int weekday, const char* name, bool heavy) {
        domain::LiftingSession s;
        s.weekday = weekday;
        s.name = name;
        s.start = units::TimeOfDay{17 * 60 + 30};
        s.duration_min = 70;
        s.lower_body_heavy = heavy;
        return s;
    };
    a.lifting = {lift(0, "Lower A", true), lift(1, "Upper A", false), lift(3, "Lower B", true),
                 lift(4, "Upper B", false)};
    for (int d = 0; d < 7; ++d) {
        a.availability[static_cast<std::size_t>(d)] = {{units::TimeOfDay{6 * 60}, units::TimeOfDay{8 * 60}},
                                                       {units::TimeOfDay{17 * 60}, units::TimeOfDay{21 * 60}}};
    }
    a.sleep_target_h = 7.5;
    return a;
}

/// A History over [first, last] that tests fill with activities; metrics come from the real analysis code.
class HistoryBuilder {
public:
    HistoryBuilder(units::CivilDay first, units::CivilDay last, const domain::Athlete& athlete)
        : m_heart(science::heart_rate_profile(athlete, first)) {
        m_history.range = {first, last};
        m_history.loaded_from = first - std::chrono::days{kWarmupDays};
    }

    [[nodiscard]] const science::HeartRateProfile& heart() const { return m_heart; }

    /// A run with a constant heart rate (1 Hz samples, so time in zone is exact) and even pace.
    ActivityRecord& run(units::CivilDay d, int hour, double minutes, double distance_m, int avg_hr) {
        domain::Activity a;
        a.sport = domain::Sport::running;
        a.name = "Run";
        a.start_utc = at(d, hour);
        a.timer_s = minutes * 60;
        a.elapsed_s = minutes * 60;
        a.distance_m = distance_m;
        a.avg_hr_bpm = avg_hr;
        const auto n = static_cast<std::size_t>(minutes * 60);
        for (std::size_t i = 0; i <= n; ++i) {
            a.samples.time_ms.push_back(static_cast<std::int64_t>(i) * 1000);
            a.samples.heart_rate_bpm.push_back(static_cast<std::uint8_t>(avg_hr));
        }
        return add(a);
    }

    /// A run without heart rate at all.
    ActivityRecord& run_without_hr(units::CivilDay d, int hour, double minutes, double distance_m) {
        domain::Activity a;
        a.sport = domain::Sport::running;
        a.start_utc = at(d, hour);
        a.timer_s = minutes * 60;
        a.distance_m = distance_m;
        return add(a);
    }

    /// Any activity without samples.
    ActivityRecord& activity(domain::Sport sport, units::CivilDay d, int hour, double minutes,
                             std::optional<double> distance_m = {}, std::optional<double> avg_hr = {}) {
        domain::Activity a;
        a.sport = sport;
        a.start_utc = at(d, hour);
        a.timer_s = minutes * 60;
        a.distance_m = distance_m;
        a.avg_hr_bpm = avg_hr;
        return add(a);
    }

    /// A lifting session: `sets` working sets of `exercise` at weight × reps.
    ActivityRecord& lift(units::CivilDay d, int hour, const std::string& exercise, double weight_kg, int reps,
                         int sets, double minutes = 60) {
        domain::Activity a;
        a.sport = domain::Sport::strength;
        a.name = "Lift";
        a.start_utc = at(d, hour);
        a.elapsed_s = minutes * 60;
        ActivityRecord& record = add(a);
        add_sets(record, exercise, weight_kg, reps, sets);
        return record;
    }

    /// More working sets in an existing lifting session.
    void add_sets(const ActivityRecord& record, const std::string& exercise, double weight_kg, int reps, int sets) {
        const domain::ExerciseInfo& info = domain::find_exercise(exercise);
        for (int s = 0; s < sets; ++s) {
            m_history.sets.push_back({record.id, record.start_utc, record.day, &info, weight_kg, reps, {}});
        }
    }

    void body(units::CivilDay d, double weight_kg, std::optional<double> body_fat_pct = {}) {
        m_history.body.push_back({d, weight_kg, body_fat_pct, {}});
    }
    void sleep(units::CivilDay d, double hours) { m_history.sleep.push_back({d, hours, {}, {}}); }
    void food(units::CivilDay d, double kcal, std::optional<double> protein_g) {
        m_history.nutrition.push_back({d, kcal, protein_g, {}, {}, {}});
    }
    void checkin(const domain::CheckIn& c) { m_history.checkins.push_back(c); }

    /// The history, activities and sets in start order (as load_history gives them).
    [[nodiscard]] History& history() {
        std::stable_sort(m_history.activities.begin(), m_history.activities.end(),
                         [](const ActivityRecord& a, const ActivityRecord& b) { return a.start_utc < b.start_utc; });
        std::stable_sort(m_history.sets.begin(), m_history.sets.end(),
                         [](const WorkingSet& a, const WorkingSet& b) { return a.start_utc < b.start_utc; });
        auto by_day = [](const auto& a, const auto& b) { return a.day < b.day; };
        std::stable_sort(m_history.body.begin(), m_history.body.end(), by_day);
        std::stable_sort(m_history.sleep.begin(), m_history.sleep.end(), by_day);
        std::stable_sort(m_history.nutrition.begin(), m_history.nutrition.end(), by_day);
        std::stable_sort(m_history.checkins.begin(), m_history.checkins.end(), by_day);
        return m_history;
    }

private:
    ActivityRecord& add(const domain::Activity& a) {
        ActivityRecord r;
        r.id = m_next_id++;
        r.sport = a.sport;
        r.name = a.name;
        r.start_utc = a.start_utc;
        r.day = local_day(a.start_utc, 0);
        r.elapsed_s = a.elapsed_s;
        r.timer_s = a.timer_s;
        r.distance_m = a.distance_m;
        r.avg_hr_bpm = a.avg_hr_bpm;
        r.rpe = a.rpe;
        r.metrics = compute_activity_metrics(r.id, a, m_heart);
        m_history.activities.push_back(r);
        return m_history.activities.back();
    }

    History m_history;
    science::HeartRateProfile m_heart;
    std::int64_t m_next_id = 1;
};

}  // namespace ironstride::analysis::testing
