#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "ironstride/analysis/verdict.hpp"
#include "ironstride/domain/athlete.hpp"

namespace ironstride::report {

/// The charts of the HTML report and of the dashboard's verdict page, in display units: `{"units":
/// "metric"|"imperial", "charts": [{"id", "title", "y_label", "y2_label", "y_zero", "y2_zero", "partial"?, "series":
/// [{"name", "kind": "line"|"bar"|"dots", "axis": "left"|"right", "decimals", "points": [[day, value], …]}]}]}`
/// where day counts days since 1970-01-01. Chart ids: "load" (CTL, ATL, TSB), "volume" (weekly running distance
/// against lifting hard sets, partial weeks listed), "e1rm" (one line per main lift), "bodyweight" (weigh-ins,
/// smoothed, lean mass), "sleep" (nights, target, the 7-h minimum), "load_au" and "intake" (intake against the day's
/// target). docs/report-json.md "HTML charts".
[[nodiscard]] nlohmann::json html_chart_data(const analysis::VerdictReport& report, domain::UnitSystem units);

/// One self-contained HTML file (no network access): the answer, the findings with their numbers and evidence, and
/// the charts, drawn by the dashboard's chart bundle (web/, inlined) from the embedded chart data (the JSON script
/// element with id "chart-data"). The page and its CSS are the files of report/assets/, the bundle the build's
/// web/dist/report-charts.{js,css}, all embedded by the build; this fills the page template with escaped text. Each
/// chart's figure (id "chart-ID") gets data-drawn="true" once drawn, and each series' legend row (class "series")
/// data-name, data-kind, data-count and data-values.
[[nodiscard]] std::string render_verdict_html(const analysis::VerdictReport& report, domain::UnitSystem units);

}  // namespace ironstride::report
