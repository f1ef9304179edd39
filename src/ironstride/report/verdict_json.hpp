#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "ironstride/analysis/verdict.hpp"

namespace ironstride::report {

/// Version of the report JSON contract (docs/report-json.md). Bumped only on a breaking change; fields may be added
/// within a version.
inline constexpr int kReportJsonSchemaVersion = 1;

/// The JSON document of `ironstride report --format json` (docs/report-json.md): `answer` (the sentence, metric),
/// `verdict`, `findings[] {id, severity, title, detail, evidence, numbers, events}`, `series` (daily, weekly, lifts,
/// body, sleep, nutrition) and `activities` with their per-activity metrics. SI units, absent values null, numbers
/// rounded to 3 decimals.
[[nodiscard]] nlohmann::json verdict_json(const analysis::VerdictReport& report);

/// verdict_json as text: two-space indented, with each flat record (a day, a week's muscle sets, an activity, a
/// number, an evidence entry: members all scalars or arrays of scalars) compact on one line; ends with a newline.
[[nodiscard]] std::string render_verdict_json(const analysis::VerdictReport& report);

}  // namespace ironstride::report
