#pragma once

#include <nlohmann/json.hpp>

#include "ironstride/planner/measured_body.hpp"
#include "ironstride/planner/measured_energy.hpp"

namespace ironstride::report {

// What the food targets were sized from, one shape in every document that has food (targets, today, plan):
// docs/targets-json.md "body" and "energy".

/// {weight_kg, weight_source, body_fat_pct, weigh_ins, from, to}
[[nodiscard]] nlohmann::json body_used_json(const planner::BodyUsed& body);

/// {source, estimated_kcal, low_kcal, high_kcal, equation_kcal, offset_kcal, days_used, from, to, reason}
[[nodiscard]] nlohmann::json energy_used_json(const planner::EnergyUsed& energy);

}  // namespace ironstride::report
