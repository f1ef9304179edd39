#include "ironstride/report/plan_fit.hpp"

#include <fmt/format.h>

#include "ironstride/writers/fit/workout_encoder.hpp"

namespace ironstride::report {

std::vector<PlanFitFile> plan_fit_workouts(const planner::Plan& plan) {
    std::vector<PlanFitFile> files;
    for (const auto& week : plan.weeks) {
        for (const auto& day : week.days) {
            for (const auto& session : day.sessions) {
                const bool run = session.kind == planner::SessionKind::run ||
                                 session.kind == planner::SessionKind::walk_run;
                if (!run || !session.workout) continue;
                domain::Workout workout = *session.workout;
                workout.name = fmt::format("{} {}", units::format_iso_date(day.date), session.title);
                const std::string time = units::format_time_of_day(session.start);
                files.push_back({fmt::format("{}_{}{}_{}.fit", units::format_iso_date(day.date), time.substr(0, 2),
                                             time.substr(3, 2), planner::to_string(session.type)),
                                 writers::fit::encode_workout(workout)});
            }
        }
    }
    return files;
}

}  // namespace ironstride::report
