#pragma once

#include <functional>
#include <string>
#include <vector>

#include "ironstride/domain/athlete.hpp"
#include "ironstride/planner/plan.hpp"
#include "ironstride/units/conversions.hpp"

namespace ironstride::planner::detail {

using units::kMinutesPerDay;

/// The plan day (days after the start, negative before it) of an absolute minute.
[[nodiscard]] inline int day_of(int abs_min) {
    return abs_min >= 0 ? abs_min / kMinutesPerDay : -((-abs_min + kMinutesPerDay - 1) / kMinutesPerDay);
}

/// A session on the plan's absolute clock: minutes after 00:00 local on the plan's start day (negative before it).
struct Event {
    int start_abs_min = 0;
    int duration_min = 0;
    bool is_run = false;      ///< run or run/walk
    bool high = false;        ///< high intensity
    bool heavy_legs = false;  ///< heavy lower-body lift
    std::string title;
    [[nodiscard]] int end_abs_min() const { return start_abs_min + duration_min; }
};

/// The plan's runs and lifts, plus the athlete's split continued one week before and one week after the plan (the
/// split repeats, so a hard run on the last Sunday still has to respect next Monday's heavy legs).
[[nodiscard]] std::vector<Event> collect_events(const Plan& plan, const domain::Athlete& athlete);

/// The reference for the two-week progression rules: running minutes of the latest full-volume week (base or build)
/// at least two weeks before week `index`; the athlete's recent weekly minutes when there is none.
[[nodiscard]] double two_week_reference(const std::vector<PlanWeek>& weeks, int index, double baseline_weekly_min,
                                        const std::function<double(const PlanWeek&)>& minutes_of);

}  // namespace ironstride::planner::detail
