#include "ironstride/planner/training_history.hpp"

#include <algorithm>
#include <chrono>

#include "ironstride/analysis/series.hpp"

namespace ironstride::planner {

namespace {

/// The running minutes and longest run of the runs in [first, last].
struct Span {
    double total_min = 0;
    double longest_min = 0;
};

Span runs_between(const TrainingHistory& history, units::CivilDay first, units::CivilDay last) {
    Span span;
    for (const auto& run : history.runs) {
        if (run.day < first || run.day > last) continue;
        span.total_min += run.run_min;
        span.longest_min = std::max(span.longest_min, run.run_min);
    }
    return span;
}

}  // namespace

TrainingHistory training_history(const analysis::History& history, units::CivilDay before, double sleep_target_h,
                                 double max_hr_bpm) {
    TrainingHistory out;
    for (const auto& activity : history.activities) {
        if (!activity.is_run() || activity.day >= before) continue;
        if (const auto minutes = activity.minutes(); minutes && *minutes > 0) {
            out.runs.push_back({activity.day, *minutes, analysis::is_high_intensity_run(activity, max_hr_bpm)});
        }
    }
    for (const auto& checkin : history.checkins) {
        if (checkin.day >= before || checkin.day < before - std::chrono::days{kReadinessDays}) continue;
        const auto assessed = analysis::assess_readiness(checkin.day, checkin, history.checkins, sleep_target_h, std::nullopt);
        out.readiness.push_back({checkin.day, assessed.level});
    }
    return out;
}

std::optional<RunningBreak> running_break(const TrainingHistory& history, units::CivilDay start) {
    std::optional<units::CivilDay> last;
    for (const auto& run : history.runs) {
        if (run.day < start && run.run_min > 0 && (!last || run.day > *last)) last = run.day;
    }
    if (!last) return std::nullopt;
    const int days_off = static_cast<int>((start - *last).count()) - 1;
    if (days_off < kBreakMinDays) return std::nullopt;
    RunningBreak gap;
    gap.last_run = *last;
    gap.days_off = days_off;
    gap.weeks_off = days_off / 7;
    const Span before = runs_between(history, *last - std::chrono::days{kPreBreakWeeks * 7 - 1}, *last);
    gap.before_weekly_min = before.total_min / kPreBreakWeeks;
    gap.before_longest_min = before.longest_min;
    gap.as_new_runner = days_off > kBreakAsNewRunnerDays;
    return gap;
}

double logged_hard_runs_per_week(const TrainingHistory& history, units::CivilDay start) {
    const units::CivilDay first = start - std::chrono::days{kPreBreakWeeks * 7};
    const auto hard = std::count_if(history.runs.begin(), history.runs.end(), [&](const TrainingHistory::Run& run) {
        return run.hard && run.day >= first && run.day < start;
    });
    return static_cast<double>(hard) / kPreBreakWeeks;
}

std::vector<double> return_shares(int weeks_off) {
    std::vector<double> shares;
    const int at_half = (weeks_off + 1) / 2;
    for (int week = 0; week < weeks_off; ++week) shares.push_back(week < at_half ? 0.50 : 0.75);
    return shares;
}

WeekReadiness last_week_readiness(const TrainingHistory& history, units::CivilDay start) {
    WeekReadiness week;
    const units::CivilDay first = start - std::chrono::days{7};
    for (const auto& day : history.readiness) {
        if (day.day < first || day.day >= start) continue;
        ++week.checkins;
        if (day.level == analysis::Readiness::red) ++week.red_days;
        if (day.level == analysis::Readiness::amber) ++week.amber_days;
    }
    if (week.red_days > 0) {
        week.level = analysis::Readiness::red;
    } else if (week.amber_days >= 2) {
        week.level = analysis::Readiness::amber;
    }
    return week;
}

double logged_week_run_min(const TrainingHistory& history, units::CivilDay start, int week_back) {
    const units::CivilDay last = start - std::chrono::days{7 * (week_back - 1) + 1};
    return runs_between(history, last - std::chrono::days{6}, last).total_min;
}

}  // namespace ironstride::planner
