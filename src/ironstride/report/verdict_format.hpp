#pragma once

#include <string>

#include "ironstride/analysis/findings.hpp"
#include "ironstride/analysis/verdict.hpp"
#include "ironstride/domain/athlete.hpp"

namespace ironstride::report {

// Shared by the verdict writers (text, JSON, HTML): the one-sentence answer and the display of a finding's numbers in
// metric or imperial units (unit_format.hpp is the only place imperial exists).

/// The answer to "does my running kill my muscle gains?" in one sentence, quoting the answer's numbers in `units`.
[[nodiscard]] std::string answer_sentence(const analysis::VerdictReport& report, domain::UnitSystem units);

/// A number with its unit for people: "30.0 km/week", "18.6 mi/week", "-7.1%", "0.60 g/lb (1.32 g/kg)", "9.5 h".
[[nodiscard]] std::string format_number(const analysis::Number& number, domain::UnitSystem units);

/// "HIGH", "MODERATE", "LOW", "INFO", "GOOD" for text tags.
[[nodiscard]] const char* severity_tag(analysis::Severity severity);

/// "Wilson et al. 2012, J Strength Cond Res 26(8):2293-2307 [V]: <claim>".
[[nodiscard]] std::string evidence_line(const analysis::EvidenceRef& ref);

}  // namespace ironstride::report
