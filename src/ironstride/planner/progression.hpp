#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ironstride/domain/athlete.hpp"
#include "ironstride/planner/event_rules.hpp"
#include "ironstride/planner/plan.hpp"

namespace ironstride::planner {

/// How running grows (evidence.md §2 "Progression and the 10% rule", "Beginner run/walk progression"):
/// - ladder: new runners start at 3–5 running minutes a week in run/walk intervals and grow by running time every
///   other week (hold weeks between);
/// - continuous: runners with recent running grow every full-volume week.
/// Both are bounded by the athlete's weekly setting (10 %/week by convention, averaged over two weeks), by Nielsen
/// 2014 (≤ 30 % over two weeks), by Frandsen 2025 (no run > 110 % of the 30-day longest) and by the goal's ceiling.
enum class ProgressionMode { ladder, continuous };

/// Where a week's volume comes from: the running done so far in the plan.
struct RunHistory {
    struct Run {
        int day = 0;  ///< days after the plan start
        double run_min = 0;
    };
    std::vector<Run> runs;
    std::vector<PlanWeek> weeks;  ///< finished weeks (phase and run_minutes are what matters)
};

struct ProgressionSettings {
    ProgressionMode mode = ProgressionMode::ladder;
    double baseline_weekly_min = 0;   ///< recent weekly running (0 for a new runner)
    double baseline_longest_min = 0;  ///< longest run of the 30 days before the plan
    double max_weekly_increase = 0.10;
    double ceiling_weekly_min = 0;  ///< the goal's weekly running ceiling
    double long_run_cap_min = 0;
    /// The first week's running when the logged history sets it (planner/history_start.hpp), with the reason that
    /// replaces the starting level's.
    std::optional<double> first_week_min;
    std::string first_week_reason;
    bool from_history = false;  ///< the logged runs set the baseline (RunningBaseline::source)
    /// Hard runs a week over the last 4 weeks, when the logged runs set the baseline.
    std::optional<double> logged_hard_per_week;
};

/// A runner who logged fewer hard runs than this a week over the last 4 weeks starts intensity with one hard
/// session a week for kIntensityIntroWeeks weeks before the plan's full number (our choice: evidence.md gives no
/// introduction schedule for intensity; one new stressor at a time follows the 10 %-style caution of §2).
inline constexpr double kIntensityIntroBelowPerWeek = 1.0;
inline constexpr int kIntensityIntroWeeks = 2;

/// The beginner ladder's first week: 4 running minutes (the middle of the 3–5), in 1–2 sessions.
inline constexpr double kLadderStartWeeklyMin = 4.0;

[[nodiscard]] ProgressionSettings progression_settings(const domain::Athlete& athlete);

/// Weekly running ceiling for the athlete's goal, minutes: muscle-priority goals keep aerobic volume low (Murach &
/// Bagley 2016: 2–3 aerobic days/week; Wilson 2012: effect sizes fall with endurance frequency and duration).
[[nodiscard]] double weekly_ceiling_min(const domain::Athlete& athlete);

/// The phase of every plan week: deload every 4th week; with an event date, taper and event weeks before it and a
/// recovery week after it; otherwise repeating 4-week blocks (base, then build).
/// With a race: the weeks overlapping its taper (planner/event_rules.hpp: 14 days for a half marathon or longer, 7
/// for shorter races) are taper weeks; with a show, the weeks overlapping the 7 days before it are the peak week;
/// one recovery week follows a race, two a show.
[[nodiscard]] std::vector<WeekPhase> week_phases(units::CivilDay start, int weeks,
                                                 const std::optional<EventSchedule>& event);

/// The volume decision for one week.
struct WeekVolume {
    WeekPhase phase = WeekPhase::build;
    double target_min = 0;    ///< planned running minutes for the week
    double single_cap_min = 0;  ///< no run this week may exceed this (110 % rule and goal cap)
    bool grows = false;
    std::string reason;  ///< the rule that set the number, for the week's notes
};

/// Longest run (running minutes) on or after day `first_day`, or 0.
[[nodiscard]] double longest_since(const RunHistory& history, int first_day);

/// The week's volume given the history so far. `index` is the week about to be planned (history.weeks has `index`
/// entries). `taper_share`, for the taper and event weeks of a race, is the week's share of the last full week's
/// running (planner::taper_fraction).
[[nodiscard]] WeekVolume week_volume(const ProgressionSettings& settings, const RunHistory& history, int index,
                                     WeekPhase phase, std::optional<double> taper_share = std::nullopt);

}  // namespace ironstride::planner
