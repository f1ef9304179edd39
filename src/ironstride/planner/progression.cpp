#include "ironstride/planner/progression.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "ironstride/planner/constraints.hpp"
#include "ironstride/planner/detail/timeline.hpp"
#include "ironstride/planner/session_library.hpp"
#include "ironstride/science/run_progression.hpp"

namespace ironstride::planner {

double weekly_ceiling_min(const domain::Athlete& athlete) {
    // Product ceilings, chosen so the guidelines' 150 moderate-equivalent minutes (75 running minutes) fit under
    // every goal while muscle-priority goals keep 2–3 short aerobic days (Murach & Bagley 2016; Methenitis 2018).
    using domain::Goal;
    switch (athlete.goal) {
        case Goal::physique: return 90.0;
        case Goal::hybrid: return 180.0;
        case Goal::general_health:
        case Goal::longevity: return 150.0;
        case Goal::race: {
            const double distance = athlete.goal_race_distance_m.value_or(10000.0);
            if (distance <= 10000.0) return 200.0;
            if (distance <= 21097.5) return 240.0;
            return 300.0;
        }
    }
    return 90.0;
}

ProgressionSettings progression_settings(const domain::Athlete& athlete) {
    ProgressionSettings settings;
    settings.max_weekly_increase = athlete.max_weekly_increase;
    settings.long_run_cap_min = long_run_cap_min(athlete);
    double longest = athlete.longest_recent_run_min.value_or(0.0);
    double weekly = athlete.recent_weekly_run_min.value_or(0.0);
    // One of the two lets the other be estimated conservatively (a week of at least three such runs is not assumed).
    if (weekly <= 0 && longest > 0) weekly = longest;
    if (longest <= 0 && weekly > 0) longest = weekly / 3.0;
    settings.baseline_weekly_min = weekly;
    settings.baseline_longest_min = longest;
    const bool runs_already = longest >= session_library::kContinuousFromRunMin;
    settings.mode = athlete.experience != domain::RunningExperience::new_runner && runs_already
                        ? ProgressionMode::continuous
                        : ProgressionMode::ladder;
    settings.ceiling_weekly_min = std::max(weekly_ceiling_min(athlete), weekly);
    return settings;
}

namespace {

/// Whether week `index` (of a plan from `start`) lies in the taper or peak week before the event.
bool in_run_up(units::CivilDay start, int index, const EventSchedule& event) {
    const units::CivilDay first = start + std::chrono::days{index * 7};
    return first >= event.taper_start && first < event.date;
}

}  // namespace

std::vector<WeekPhase> week_phases(units::CivilDay start, int weeks, const std::optional<EventSchedule>& event) {
    std::vector<WeekPhase> phases(static_cast<std::size_t>(std::max(weeks, 0)), WeekPhase::build);
    int event_week = -1;
    if (event && event->date >= start) {
        const auto days = (event->date - start).count();
        if (days < static_cast<long>(weeks) * 7) event_week = static_cast<int>(days / 7);
    }
    const int recovery_weeks = event && !event->is_race() ? 2 : 1;
    for (int i = 0; i < weeks; ++i) {
        WeekPhase phase = WeekPhase::build;
        if (event_week >= 0) {
            // Base for the first half of the run-up to the event, build for the second half.
            phase = i < event_week / 2 ? WeekPhase::base : WeekPhase::build;
        } else if (i < limits::kDeloadEveryWeeks - 1) {
            phase = WeekPhase::base;
        }
        if (event_week >= 0 && i > event_week && i <= event_week + recovery_weeks) phase = WeekPhase::recovery;
        if ((i + 1) % limits::kDeloadEveryWeeks == 0) phase = WeekPhase::deload;
        if (event_week >= 0 && i < event_week && in_run_up(start, i, *event)) {
            phase = event->is_race() ? WeekPhase::taper : WeekPhase::peak;
        }
        if (i == event_week) phase = WeekPhase::event;
        phases[static_cast<std::size_t>(i)] = phase;
    }
    return phases;
}

double longest_since(const RunHistory& history, int first_day) {
    double longest = 0;
    for (const auto& run : history.runs) {
        if (run.day >= first_day) longest = std::max(longest, run.run_min);
    }
    return longest;
}

namespace {

bool full_volume(WeekPhase phase) { return phase == WeekPhase::base || phase == WeekPhase::build; }

/// Frandsen 2025: every run of this week stays within 110 % of the longest run of the 30 days before *each* of its
/// days, so only runs within 30 days of the week's last day count (a run may then be shorter than the rule allows,
/// never longer).
double single_run_cap(const ProgressionSettings& settings, const RunHistory& history, int index) {
    const int last_day = index * 7 + 6;
    double longest = longest_since(history, last_day - limits::kSingleRunLookbackDays);
    if (last_day < limits::kSingleRunLookbackDays) longest = std::max(longest, settings.baseline_longest_min);
    return std::min(single_run_allowance_min(longest), settings.long_run_cap_min);
}

/// The running levels a week's volume is decided from.
struct Levels {
    double start = 0;     ///< the plan's starting weekly running
    double level = 0;     ///< the last full-volume week's running
    double previous = 0;  ///< last week's running
    double reference = 0;  ///< the running two weeks before (detail::two_week_reference)
    bool restart = false;  ///< a week of the plan is the reference, and it ran nothing
};

Levels levels_before(const ProgressionSettings& settings, const RunHistory& history, int index) {
    Levels l;
    l.start = settings.mode == ProgressionMode::ladder && settings.baseline_weekly_min <= 0 ? kLadderStartWeeklyMin
                                                                                            : settings.baseline_weekly_min;
    l.level = l.start;
    for (const auto& week : history.weeks) {
        if (full_volume(week.phase)) l.level = week.run_minutes;
    }
    l.previous = history.weeks.empty() ? l.start : history.weeks.back().run_minutes;
    // Nielsen 2014 (evidence.md "Progression"): the reference is the running the athlete actually did two weeks
    // earlier (the same detail::two_week_reference the checker uses). Inside the plan that is the *planned and placed*
    // running, not the profile's recent volume: when the reference week ran nothing (its runs could not be placed),
    // the athlete has no running to grow from, so the week restarts at a beginner's start (3-5 min, the Couch to 5K
    // ladder) instead of jumping back to the profile's volume, which would be an unbounded two-week increase.
    l.reference = detail::two_week_reference(history.weeks, index, settings.baseline_weekly_min,
                                             [](const PlanWeek& week) { return week.run_minutes; });
    l.restart = index >= 2 && l.reference <= 0;
    return l;
}

/// A race's taper and event weeks: their share of the last full week, exponentially falling (Bosquet 2007).
void set_taper_week(WeekVolume& volume, const Levels& l, double share) {
    volume.target_min = share * l.level;
    if (l.level <= 0) {
        volume.reason = fmt::format("{} week: no running in the weeks before to taper", to_string(volume.phase));
        return;
    }
    volume.reason = fmt::format("{} week: running {:.0f} % of the last full week (Bosquet 2007: a 2-week taper with "
                                "volume cut 41-60 % exponentially, intensity and frequency kept)",
                                to_string(volume.phase), 100.0 * share);
}

void set_reduced_week(WeekVolume& volume, const Levels& l, int index) {
    const bool fourth = (index + 1) % limits::kDeloadEveryWeeks == 0;
    const double base = fourth && l.previous > 0 ? l.previous : l.level;
    volume.target_min = limits::kDeloadRatio * base;
    if (base <= 0) {
        // Nothing ran to reduce: say so instead of a percentage of nothing.
        volume.reason = fmt::format("{} week: no running in the weeks before to reduce", to_string(volume.phase));
        return;
    }
    volume.reason = fmt::format("{} week: running {:.0f} % of {} ({})", to_string(volume.phase),
                                100.0 * limits::kDeloadRatio, fourth ? "last week" : "the last full week",
                                fourth ? rule_id::kDeload : std::string_view("deload-sized reduction"));
    if (l.restart && volume.target_min > kLadderStartWeeklyMin) {
        volume.target_min = kLadderStartWeeklyMin;
        volume.reason += fmt::format("; at most {:.0f} min: no running two weeks before ({})", kLadderStartWeeklyMin,
                                     rule_id::kWeekly30Over2Weeks);
    }
}

/// The first week, or one with nothing to grow from: the starting level.
void set_starting_week(WeekVolume& volume, const ProgressionSettings& settings, const Levels& l, int index) {
    volume.target_min = l.start;
    if (index > 0) {
        volume.reason = fmt::format("hold week at {:.1f} running minutes (grow every other week)", l.start);
    } else if (settings.mode == ProgressionMode::ladder && settings.baseline_weekly_min <= 0) {
        volume.reason = fmt::format("starting level: {:.0f} running minutes ({})", l.start, rule_id::kBeginnerStart);
    } else {
        volume.reason = fmt::format("holding your recent {:.0f} running minutes a week", l.start);
    }
}

void set_growth_week(WeekVolume& volume, const ProgressionSettings& settings, const Levels& l) {
    const double two_week_cap = std::min(std::pow(1.0 + settings.max_weekly_increase, 2.0), limits::kTwoWeekMaxRatio);
    double target = l.level;
    if (settings.mode == ProgressionMode::ladder) {
        // Every full week grows as far as the two-week rules allow; at a run/walk start that is the floor of one
        // 30-s step per session a week (limits::kWeeklyGrowthFloorMin).
        target = weekly_allowance_min(l.reference, two_week_cap);
    } else {
        target = std::min(l.level * (1.0 + settings.max_weekly_increase), weekly_allowance_min(l.reference, two_week_cap));
    }
    target = std::max(std::min(target, settings.ceiling_weekly_min), std::min(l.level, settings.ceiling_weekly_min));
    volume.grows = target > l.level + 0.01;
    if (volume.grows) {
        volume.reason = fmt::format(
            "growth to {:.1f} min: at most {:.0f} % over two weeks ({} at {:.0f} %/week; {})", target,
            100.0 * (two_week_cap - 1.0), rule_id::kWeeklyIncreaseSetting, 100.0 * settings.max_weekly_increase,
            rule_id::kWeekly30Over2Weeks);
    } else if (target >= settings.ceiling_weekly_min - 0.01) {
        volume.reason = fmt::format("holding at the goal's ceiling of {:.0f} running minutes", settings.ceiling_weekly_min);
    } else {
        volume.reason = fmt::format("hold week at {:.1f} running minutes (grow every other week)", target);
    }
    volume.target_min = target;
}

}  // namespace

WeekVolume week_volume(const ProgressionSettings& settings, const RunHistory& history, int index, WeekPhase phase,
                       std::optional<double> taper_share) {
    WeekVolume volume;
    volume.phase = phase;
    volume.single_cap_min = single_run_cap(settings, history, index);
    const Levels levels = levels_before(settings, history, index);
    // A reduced week needs something to reduce: the plan's first week always starts at the starting level.
    if (taper_share && !history.weeks.empty() && !levels.restart) {
        set_taper_week(volume, levels, *taper_share);
    } else if (!full_volume(phase) && !history.weeks.empty()) {
        set_reduced_week(volume, levels, index);
    } else if (levels.restart) {
        volume.target_min = std::min(levels.start, kLadderStartWeeklyMin);
        volume.reason = fmt::format("restart at {:.0f} running minutes: no running two weeks before ({})",
                                    volume.target_min, rule_id::kWeekly30Over2Weeks);
    } else if (index == 0 && settings.first_week_min) {
        volume.target_min = std::min(*settings.first_week_min, settings.ceiling_weekly_min);
        volume.grows = volume.target_min > settings.baseline_weekly_min + 0.01;
        volume.reason = settings.first_week_reason;
    } else if (index == 0 || levels.reference <= 0) {
        set_starting_week(volume, settings, levels, index);
    } else {
        set_growth_week(volume, settings, levels);
    }
    return volume;
}

}  // namespace ironstride::planner
