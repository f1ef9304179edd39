#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "ironstride/analysis/verdict.hpp"
#include "ironstride/domain/athlete.hpp"

namespace ironstride::report {

/// The charts of the HTML report, in display units: `{"units": "metric"|"imperial", "charts": [{"id", "title",
/// "y_label", "y2_label", "series": [{"name", "kind": "line"|"bar"|"dots", "axis": "left"|"right", "points":
/// [[day, value], …]}]}]}` where day counts days since 1970-01-01. Chart ids: "load" (CTL, ATL, TSB), "volume"
/// (weekly running distance against lifting hard sets), "e1rm" (one line per main lift), "bodyweight" (weigh-ins,
/// smoothed, lean mass) and "sleep" (nights, target, the 7-h minimum). docs/report-json.md "HTML charts".
[[nodiscard]] nlohmann::json html_chart_data(const analysis::VerdictReport& report, domain::UnitSystem units);

/// One self-contained HTML file (no network access): the answer, the findings with their numbers and evidence, and
/// the five charts, drawn as inline SVG by the page's script from the embedded chart data (the JSON script element
/// with id "chart-data"). The page, its CSS and its script are the files of report/assets/, embedded by the build;
/// this fills the page template with escaped text. Each chart's figure (id "chart-ID") gets data-drawn="true" once
/// drawn, with one series group (class "series", data-name, data-count, data-values) per series.
[[nodiscard]] std::string render_verdict_html(const analysis::VerdictReport& report, domain::UnitSystem units);

}  // namespace ironstride::report
