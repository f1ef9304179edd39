#pragma once

#include "ironstride/domain/athlete.hpp"
#include "ironstride/planner/plan.hpp"
#include "ironstride/planner/training_history.hpp"

namespace ironstride::planner {

/// Plans `weeks` weeks (≥ 1) from `start` for the athlete: the lifting split as written, runs placed into the
/// availability windows under the interference rules (planner/constraints.hpp), progression per
/// planner/progression.hpp, brisk walks toward the Physical Activity Guidelines, and each day's food and sleep
/// targets. A pure function: the same athlete, start and weeks give the same plan. Every rule the plan could not
/// meet is named, with the window that blocked it, in Plan::warnings (nothing is dropped silently). The finished plan
/// is re-checked with check_plan(); any finding is reported as a warning, never hidden.
/// With a logged `history` (app::plan reads it from the database), the running starts from it: a return after a
/// break, a beginner's next step by last week's readiness, and the notes that say so (planner/history_start.hpp).
/// Each day's food need moves by the measured `expenditure`'s offset (planner/measured_energy.hpp).
[[nodiscard]] Plan make_plan(const domain::Athlete& athlete, units::CivilDay start, int weeks,
                             const TrainingHistory& history = {}, const EnergyUsed& expenditure = {});

}  // namespace ironstride::planner
