#pragma once

#include <string>

#include "ironstride/domain/athlete.hpp"
#include "ironstride/planner/plan.hpp"

namespace ironstride::report {

/// The plan as plain text: a header, then one table per week (day, time, session, minutes, intensity, running
/// minutes, food and sleep targets), each run's steps and reasons under the table, and the warnings at the end.
/// Paces and speeds in the athlete's units (report/unit_format).
[[nodiscard]] std::string write_plan_text(const planner::Plan& plan, domain::UnitSystem units);

/// The same content as Markdown: a heading per week, a pipe table, the steps and reasons as lists.
[[nodiscard]] std::string write_plan_markdown(const planner::Plan& plan, domain::UnitSystem units);

}  // namespace ironstride::report
