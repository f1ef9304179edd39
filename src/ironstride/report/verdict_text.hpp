#pragma once

#include <string>

#include "ironstride/analysis/verdict.hpp"
#include "ironstride/domain/athlete.hpp"

namespace ironstride::report {

/// The human-readable `ironstride report`: the answer on top, then each finding (severity, the athlete's numbers,
/// what to do, the evidence), then the weekly table, lifts, body, sleep, intake and load. Units follow `units`
/// (unit_format.hpp). Ends with a newline. Scripts should read the JSON form (docs/report-json.md).
[[nodiscard]] std::string render_verdict_text(const analysis::VerdictReport& report, domain::UnitSystem units);

}  // namespace ironstride::report
