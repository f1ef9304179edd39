#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "ironstride/domain/athlete.hpp"
#include "ironstride/planner/plan.hpp"

namespace ironstride::report {

/// The plan as JSON, schema "ironstride.plan/1" (docs/plan-json.md). Key order is fixed; minutes carry two
/// decimals, energy whole kcal, macros whole grams, so the output is byte-stable for a given plan.
[[nodiscard]] nlohmann::ordered_json plan_to_json(const planner::Plan& plan, domain::UnitSystem units);

/// plan_to_json, dumped with two-space indentation and a final newline.
[[nodiscard]] std::string write_plan_json(const planner::Plan& plan, domain::UnitSystem units);

/// Reads a plan back from its JSON (what the property test checks the rules on). Throws util::Error naming
/// the JSON path of the first missing or malformed field.
[[nodiscard]] planner::Plan plan_from_json(const nlohmann::json& json);

}  // namespace ironstride::report
