#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "ironstride/planner/plan.hpp"

namespace ironstride::report {

/// One FIT workout file of a plan: the file name to use and its bytes.
struct PlanFitFile {
    std::string file_name;  ///< "2026-11-30_1800_easy_z2.fit": date, start, session type
    std::vector<std::byte> bytes;
};

/// A FIT workout file (writers::fit::encode_workout) for every run and run/walk of the plan, in plan order. The
/// workout name is the date and the session title, so a watch lists them in order.
[[nodiscard]] std::vector<PlanFitFile> plan_fit_workouts(const planner::Plan& plan);

}  // namespace ironstride::report
