#pragma once

#include <string>

#include "ironstride/planner/targets_report.hpp"

namespace ironstride::report {

/// Version of the targets JSON contract (docs/targets-json.md). Bumped only on a breaking change; fields may be
/// added within a version.
inline constexpr int kTargetsJsonSchemaVersion = 1;

/// The JSON form of `ironstride targets` (docs/targets-json.md): SI units whatever the display units, absent values
/// as null, numbers rounded as documented. Two-space indented, ends with a newline.
[[nodiscard]] std::string render_targets_json(const planner::TargetsReport& report);

}  // namespace ironstride::report
