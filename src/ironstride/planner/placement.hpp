#pragma once

#include <array>
#include <string>
#include <vector>

#include "ironstride/domain/athlete.hpp"
#include "ironstride/planner/detail/timeline.hpp"
#include "ironstride/planner/plan.hpp"

namespace ironstride::planner {

/// Places one week's sessions into the athlete's availability windows, lifting fixed. Deterministic: candidates are
/// tried in a fixed order (day, window, start) and scored; ties go to the earlier day and time.
///
/// Hard rules (a candidate breaking one is never chosen): inside a window and not overlapping anything; runs after
/// every lift of their day with ≥ 3 h between (Schumann 2022); no high-intensity run ending within 24 h before a
/// heavy lower-body session; ≥ 48 h between the starts of leg-heavy hard sessions (this week's, the previous week's
/// and the next week's); one day of the week stays free (full rest day).
/// Preferences (scored): ≥ 6 h after a lift (Robineau 2016), one run a day, no runs on consecutive days (Couch to 5K
/// runs on non-consecutive days), long runs on lift-free days.
class WeekPlacer {
public:
    /// `context` holds the sessions around the week that constrain it: lifts of the previous, this and the next
    /// week, and hard runs already placed, on the plan's absolute clock. `week_first_day` is days after the plan
    /// start.
    WeekPlacer(const domain::Athlete& athlete, units::CivilDay week_start, int week_first_day,
               std::vector<detail::Event> context);

    /// No run or walk goes on this day of the week (an event day).
    void block_day(int day_index) { m_blocked[static_cast<std::size_t>(day_index)] = true; }

    /// Adds a lift of the split, or the event, at its own time (never moved).
    void add_fixed(int day_index, PlannedSession session);
    void add_lift(int day_index, PlannedSession lift) { add_fixed(day_index, std::move(lift)); }

    struct Outcome {
        bool placed = false;
        int day_index = -1;
        std::string blocking_rule;     ///< when not placed: the rule that blocked most windows
        std::string blocked_windows;   ///< when not placed: every window with the rule that blocked it
    };
    /// Places a run, run/walk or walk; on success the session gets its start time and placement reasons.
    Outcome place(PlannedSession session);

    [[nodiscard]] const std::array<std::vector<PlannedSession>, 7>& days() const { return m_days; }
    [[nodiscard]] std::array<std::vector<PlannedSession>, 7>& days() { return m_days; }
    /// Days with no session at all.
    [[nodiscard]] int free_days() const;
    /// High-intensity runs placed this week, for the next week's context.
    [[nodiscard]] std::vector<detail::Event> placed_hard_runs() const;

private:
    struct Candidate {
        int day = 0;
        int start = 0;
        double score = 0;
        int gap_after_lift = -1;  ///< minutes after the day's last lift, -1 without a lift that day
    };
    /// Empty when the candidate is allowed, else the id of the rule it breaks.
    [[nodiscard]] std::string_view violates(const PlannedSession& session, int day, int start) const;
    [[nodiscard]] double score(const PlannedSession& session, int day, int start, int& gap_after_lift) const;

    const domain::Athlete& m_athlete;
    units::CivilDay m_week_start;
    int m_first_day = 0;
    std::vector<detail::Event> m_context;
    std::array<std::vector<PlannedSession>, 7> m_days;
    std::array<int, 7> m_weekday{};
    std::array<bool, 7> m_blocked{};  ///< ISO weekday of each day of the week
};

}  // namespace ironstride::planner
