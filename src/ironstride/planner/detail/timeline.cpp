#include "ironstride/planner/detail/timeline.hpp"

namespace ironstride::planner::detail {

std::vector<Event> collect_events(const Plan& plan, const domain::Athlete& athlete) {
    std::vector<Event> events;
    for (const PlanWeek& week : plan.weeks) {
        for (const PlanDay& day : week.days) {
            const int day_offset = static_cast<int>((day.date - plan.start).count());
            for (const PlannedSession& session : day.sessions) {
                const bool run = session.kind == SessionKind::run || session.kind == SessionKind::walk_run;
                if (!run && session.kind != SessionKind::lift) continue;
                events.push_back({day_offset * kMinutesPerDay + session.start.minutes, session.duration_min, run,
                                  session.intensity == Intensity::high, session.lower_body_heavy, session.title});
            }
        }
    }
    // The split continued around the plan: the week before its first day and the week after its last.
    const int first_weekday = units::iso_weekday_index(plan.start);
    const int plan_days = static_cast<int>(plan.weeks.size()) * 7;
    for (const auto& lift : athlete.lifting) {
        int offset = lift.weekday - first_weekday;
        if (offset < 0) offset += 7;
        for (const int day : {offset - 7, offset + plan_days}) {
            events.push_back({day * kMinutesPerDay + lift.start.minutes, lift.duration_min, false, false,
                              lift.lower_body_heavy, lift.name});
        }
    }
    return events;
}

double two_week_reference(const std::vector<PlanWeek>& weeks, int index, double baseline_weekly_min,
                          const std::function<double(const PlanWeek&)>& minutes_of) {
    for (int j = index - 2; j >= 0; --j) {
        const PlanWeek& week = weeks[static_cast<std::size_t>(j)];
        if (week.phase == WeekPhase::base || week.phase == WeekPhase::build) return minutes_of(week);
    }
    return baseline_weekly_min;
}

}  // namespace ironstride::planner::detail
