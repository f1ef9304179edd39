#include "ironstride/planner/history_start.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>

#include <fmt/format.h>

#include "ironstride/analysis/findings.hpp"
#include "ironstride/planner/constraints.hpp"
#include "ironstride/planner/session_library.hpp"

namespace ironstride::planner {

namespace {

/// Days of logged running after which the "first weeks" of running are over: the lift-dip note is for athletes who
/// start or restart, in the weeks the report's expected_lift_dip finding watches.
constexpr int kSettledRunningDays = analysis::kLiftDipWatchDays;

void restart_after_break(HistoryStart& out, const domain::Athlete& athlete, const RunningBreak& gap) {
    ProgressionSettings& s = out.settings;
    const std::string since = fmt::format("no run logged since {} ({} days)", units::format_iso_date(gap.last_run),
                                          gap.days_off);
    const std::string profile_says =
        athlete.recent_weekly_run_min.value_or(0) > 0
            ? fmt::format("; the profile's recent_weekly_run_min ({:.0f}) is older than the log", *athlete.recent_weekly_run_min)
            : std::string();
    if (gap.as_new_runner || gap.before_weekly_min <= 0) {
        s.from_history = true;
        s.mode = ProgressionMode::ladder;
        s.baseline_weekly_min = 0;
        s.baseline_longest_min = 0;
        out.first_week_notes.push_back(fmt::format(
            "{}: {}{}: after more than 3 months off the run/walk ladder starts again (evidence.md §16: \"start as a "
            "new runner\"); recently gained VO2max is gone after 4+ weeks, strength much less so (Mujika & Padilla "
            "2000, Bosquet 2013)",
            rule_id::kReturnAfterBreak, since, profile_says));
        return;
    }
    const double share = return_shares(gap.weeks_off).front();
    s.baseline_weekly_min = share * gap.before_weekly_min;
    s.baseline_longest_min = share * gap.before_longest_min;
    s.ceiling_weekly_min = std::max(s.ceiling_weekly_min, gap.before_weekly_min);
    const bool continuous = athlete.experience != domain::RunningExperience::new_runner &&
                            s.baseline_longest_min >= session_library::kContinuousFromRunMin;
    s.mode = continuous ? ProgressionMode::continuous : ProgressionMode::ladder;
    s.first_week_min = s.baseline_weekly_min;
    s.from_history = true;
    s.first_week_reason = fmt::format("{}: restart at {:.0f} % of the {:.0f} running min a week before the break",
                                      rule_id::kReturnAfterBreak, 100.0 * share, gap.before_weekly_min);
    out.first_week_notes.push_back(fmt::format(
        "{}: {}{}. Restart at {:.0f} min a week ({:.0f} % of the {:.0f} min a week of the 4 weeks before it) and grow "
        "back under the weekly rules: a practitioner heuristic (evidence.md §16: \"time at reduced volume equals the "
        "time off\"; no peer-reviewed return dose exists). Lift as before: strength is kept over 2 weeks off (Hwang "
        "2017) and falls slowly after (Bosquet 2013)",
        rule_id::kReturnAfterBreak, since, profile_says, s.baseline_weekly_min, 100.0 * share, gap.before_weekly_min));
}

/// The readiness words of a week, for the reasons.
std::string readiness_words(const WeekReadiness& week) {
    if (week.checkins == 0) return "no check-ins last week, so growing on schedule";
    return fmt::format("readiness {} last week ({} check-in(s): {} amber, {} red)", analysis::to_string(week.level),
                       week.checkins, week.amber_days, week.red_days);
}

void ladder_step(HistoryStart& out, const domain::Athlete& athlete, const TrainingHistory& history,
                 units::CivilDay start) {
    const double last = logged_week_run_min(history, start, 1);
    if (last <= 0) return;
    const double before = logged_week_run_min(history, start, 2);
    ProgressionSettings& s = out.settings;
    const WeekReadiness readiness = last_week_readiness(history, start);
    double longest = 0;
    for (const auto& run : history.runs) {
        if (run.day < start && run.day >= start - std::chrono::days{limits::kSingleRunLookbackDays}) {
            longest = std::max(longest, run.run_min);
        }
    }
    s.baseline_longest_min = longest;
    const std::string words = readiness_words(readiness);
    if (readiness.level == analysis::Readiness::green) {
        // Nielsen 2014 compares with the week two back; a first logged week is its own reference.
        const double reference = before > 0 ? before : last;
        const double two_week = std::min(std::pow(1.0 + athlete.max_weekly_increase, 2.0), limits::kTwoWeekMaxRatio);
        s.baseline_weekly_min = reference;
        s.first_week_min = weekly_allowance_min(reference, two_week);
        s.first_week_reason = fmt::format("{}: growth to {:.1f} min from last week's logged {:.1f}: {}",
                                          rule_id::kBeginnerGrowthByReadiness, *s.first_week_min, last, words);
        return;
    }
    s.baseline_weekly_min = last;
    if (readiness.level == analysis::Readiness::amber) {
        s.first_week_min = last;
        s.first_week_reason = fmt::format("{}: holding at last week's logged {:.1f} min: {}",
                                          rule_id::kBeginnerGrowthByReadiness, last, words);
        return;
    }
    const double back = before > 0 && before < last ? before : last - limits::kWeeklyGrowthFloorMin;
    s.first_week_min = std::max(back, kLadderStartWeeklyMin);
    s.baseline_weekly_min = *s.first_week_min;  // the weeks after grow from the step back, not from last week
    s.first_week_reason = fmt::format("{}: one step back to {:.1f} min from last week's logged {:.1f}: {}",
                                      rule_id::kBeginnerGrowthByReadiness, *s.first_week_min, last, words);
}

/// A runner with runs logged in the 4 weeks before the start: the baseline is what was run, not what the profile
/// says (issue 14: the weekly minutes of the last four weeks, the 30-day longest run). Last week's readiness holds
/// the first week at that level when amber and takes one 10 % step back when red (our choice, after the beginner
/// rule; evidence.md §17 "HRV readiness methods": readiness adapts the load, no dose is published).
void logged_baseline(HistoryStart& out, const TrainingHistory& history, units::CivilDay start) {
    double four_weeks = 0;
    for (int week = 1; week <= kPreBreakWeeks; ++week) four_weeks += logged_week_run_min(history, start, week);
    if (four_weeks <= 0) return;
    ProgressionSettings& s = out.settings;
    double longest = 0;
    for (const auto& run : history.runs) {
        if (run.day < start && run.day >= start - std::chrono::days{limits::kSingleRunLookbackDays}) {
            longest = std::max(longest, run.run_min);
        }
    }
    s.baseline_weekly_min = four_weeks / kPreBreakWeeks;
    s.baseline_longest_min = longest;
    s.logged_hard_per_week = logged_hard_runs_per_week(history, start);
    s.ceiling_weekly_min = std::max(s.ceiling_weekly_min, s.baseline_weekly_min);
    s.from_history = true;
    if (longest < session_library::kContinuousFromRunMin) s.mode = ProgressionMode::ladder;
    const WeekReadiness readiness = last_week_readiness(history, start);
    const std::string words = readiness.checkins == 0 ? "no check-ins last week" : readiness_words(readiness);
    if (readiness.level == analysis::Readiness::red) {
        s.first_week_min = 0.9 * s.baseline_weekly_min;
        s.first_week_reason = fmt::format("one step back to {:.0f} running min (90 % of the {:.0f} logged a week over "
                                          "the last 4 weeks): {}",
                                          *s.first_week_min, s.baseline_weekly_min, words);
    } else {
        s.first_week_min = s.baseline_weekly_min;
        s.first_week_reason = fmt::format("holding the {:.0f} running min a week logged over the last 4 weeks "
                                          "(longest run {:.0f} min): {}",
                                          s.baseline_weekly_min, longest, words);
    }
}

bool lifts_legs(const domain::Athlete& athlete) {
    return std::any_of(athlete.lifting.begin(), athlete.lifting.end(),
                       [](const domain::LiftingSession& lift) { return lift.lower_body_heavy; });
}

/// Running logged long enough before the start that the athlete is past the first weeks.
bool settled_runner(const TrainingHistory& history, units::CivilDay start) {
    return std::any_of(history.runs.begin(), history.runs.end(), [&](const TrainingHistory::Run& run) {
        return run.day < start - std::chrono::days{kSettledRunningDays};
    });
}

void add_lift_dip_note(HistoryStart& out, const domain::Athlete& athlete, bool restarting, bool settled) {
    const bool returning = restarting || athlete.experience == domain::RunningExperience::returning;
    const bool starting = returning || athlete.experience == domain::RunningExperience::new_runner;
    if (!lifts_legs(athlete) || !starting || (settled && !restarting)) return;
    out.opening_notes.push_back(fmt::format(
        "{}: leg-day lifts may dip for a week or two as running {}: the new load tires the legs first. Over whole "
        "programmes running beside lifting does not cost maximal strength or muscle (Schumann 2022), the cost is in "
        "explosive strength and lower-body strength with intervals (Sabag 2018), largest in one session (Petré "
        "2021) (evidence.md §1). Keep lifting first and hard runs away from leg day; a dip past 4-6 weeks is worth "
        "`ironstride report`",
        rule_id::kExpectedLiftDip, returning ? "restarts" : "starts"));
}

}  // namespace

HistoryStart history_start(const domain::Athlete& athlete, ProgressionSettings settings,
                           const TrainingHistory& history, units::CivilDay start) {
    HistoryStart out{std::move(settings), {}, {}};
    const std::optional<RunningBreak> gap = running_break(history, start);
    if (gap) {
        restart_after_break(out, athlete, *gap);
    } else if (out.settings.mode == ProgressionMode::ladder &&
               athlete.experience == domain::RunningExperience::new_runner) {
        ladder_step(out, athlete, history, start);
        out.settings.from_history = out.settings.first_week_min.has_value();
    } else {
        logged_baseline(out, history, start);
    }
    add_lift_dip_note(out, athlete, gap.has_value(), !gap && settled_runner(history, start));
    return out;
}

}  // namespace ironstride::planner
