#pragma once

#include <optional>
#include <vector>

#include "ironstride/analysis/history.hpp"
#include "ironstride/analysis/readiness.hpp"
#include "ironstride/units/civil_time.hpp"

namespace ironstride::planner {

/// What the athlete logged before the plan, as far as the planner needs it: the runs (running minutes on their local
/// days) and the readiness of each check-in day. Empty without a database; the plan then starts from the profile.
struct TrainingHistory {
    struct Run {
        units::CivilDay day{};
        double run_min = 0;
        bool hard = false;  ///< a high-intensity run (analysis::is_high_intensity_run)
    };
    struct DayReadiness {
        units::CivilDay day{};
        analysis::Readiness level = analysis::Readiness::green;
    };
    std::vector<Run> runs;                   ///< any order; days on or after the plan start are ignored
    std::vector<DayReadiness> readiness;     ///< one per check-in day, any order

    [[nodiscard]] bool empty() const noexcept { return runs.empty() && readiness.empty(); }
};

/// The planner's view of a loaded history: its runs (moving minutes on their local days, hard or not by the
/// report's rule at `max_hr_bpm`) and the readiness of each check-in day of the kReadinessDays before `before`
/// (analysis::assess_readiness on the check-in against the ones before it; form is left out, the check-in is what
/// the athlete reported).
[[nodiscard]] TrainingHistory training_history(const analysis::History& history, units::CivilDay before,
                                               double sleep_target_h, double max_hr_bpm);
/// Check-in days whose readiness the planner reads: two weeks.
inline constexpr int kReadinessDays = 14;

/// A gap this long without a run makes the athlete a returning runner (evidence.md §16: the heuristics start at
/// "out 1–2 weeks"; the "gap of 2+ weeks").
inline constexpr int kBreakMinDays = 14;
/// Out longer than this: start as a new runner (evidence.md §16, "Out >3 months").
inline constexpr int kBreakAsNewRunnerDays = 90;
/// The weeks before the last run that give the pre-break volume.
inline constexpr int kPreBreakWeeks = 4;

/// A break in the running, seen from the plan start.
struct RunningBreak {
    units::CivilDay last_run{};
    int days_off = 0;              ///< days from the last run to the plan start, exclusive of both
    int weeks_off = 0;             ///< whole weeks of that
    double before_weekly_min = 0;  ///< mean weekly running of the kPreBreakWeeks weeks up to the last run
    double before_longest_min = 0; ///< longest run of those weeks
    bool as_new_runner = false;    ///< out more than kBreakAsNewRunnerDays
};

/// The break before `start`, when the last logged run is kBreakMinDays or more before it; nothing without runs.
[[nodiscard]] std::optional<RunningBreak> running_break(const TrainingHistory& history, units::CivilDay start);

/// The practitioner heuristic of evidence.md §16 ("the time spent at reduced volume equals the time off"): one
/// reduced week per week off, the first half (rounded up) at 50 % of the pre-break volume, the rest at 75 %, then
/// 100 %. Test vector: 2 weeks off → 50 %, 75 %; 4 weeks → 50, 50, 75, 75 %.
[[nodiscard]] std::vector<double> return_shares(int weeks_off);

/// Readiness over the last week before the plan, from the check-ins: red when a day was red, amber when two or more
/// days were amber (one amber day is a short night, noise for a week's decision: our choice), green otherwise or
/// without check-ins.
struct WeekReadiness {
    analysis::Readiness level = analysis::Readiness::green;
    int checkins = 0;
    int amber_days = 0;
    int red_days = 0;
};
[[nodiscard]] WeekReadiness last_week_readiness(const TrainingHistory& history, units::CivilDay start);

/// Hard runs logged in the kPreBreakWeeks weeks before the start, per week.
[[nodiscard]] double logged_hard_runs_per_week(const TrainingHistory& history, units::CivilDay start);

/// Running minutes logged in the 7-day week `week_back` weeks before the start (1: the 7 days just before it).
[[nodiscard]] double logged_week_run_min(const TrainingHistory& history, units::CivilDay start, int week_back = 1);

}  // namespace ironstride::planner
