#include "ironstride/report/html_report.hpp"

#include <chrono>
#include <cmath>
#include <string_view>

#include <fmt/format.h>

#include "ironstride/report/verdict_format.hpp"
#include "ironstride/units/conversions.hpp"

namespace ironstride::report {

namespace {

using nlohmann::json;

double r3(double value) {
    constexpr double kScale = 1000.0;
    const double rounded = std::round(value * kScale) / kScale;
    return rounded == 0.0 ? 0.0 : rounded;
}

json point(units::CivilDay day, double value) {
    return json::array({day.time_since_epoch().count(), r3(value)});
}

json series(std::string_view name, std::string_view kind, std::string_view axis, json points) {
    return {{"name", name}, {"kind", kind}, {"axis", axis}, {"points", std::move(points)}};
}

std::string escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out.push_back(c);
        }
    }
    return out;
}

/// JSON inside <script>: "</" would end the element early.
std::string script_safe(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        out.push_back(text[i]);
        if (text[i] == '<' && i + 1 < text.size() && text[i + 1] == '/') out.push_back('\\');
    }
    return out;
}

const char* verdict_class(analysis::Verdict verdict) {
    switch (verdict) {
        case analysis::Verdict::hurting: return "hurting";
        case analysis::Verdict::at_risk: return "at-risk";
        case analysis::Verdict::not_hurting: return "not-hurting";
        case analysis::Verdict::not_enough_data: return "no-data";
    }
    return "no-data";
}

constexpr std::string_view kStyle = R"css(
body { font: 15px/1.45 system-ui, sans-serif; margin: 0 auto; max-width: 960px; padding: 1.5em; color: #222; }
h1 { font-size: 1.5em; margin-bottom: 0.2em; }
.meta { color: #666; margin-top: 0; }
.answer { font-size: 1.25em; font-weight: 600; padding: 0.8em 1em; border-radius: 6px; }
.answer.hurting { background: #fde8e8; } .answer.at-risk { background: #fff4e0; }
.answer.not-hurting { background: #e6f6e6; } .answer.no-data { background: #eee; }
.finding { border-left: 5px solid #999; padding: 0.3em 1em; margin: 0.8em 0; background: #fafafa; }
.finding.high { border-color: #c62828; } .finding.moderate { border-color: #ef6c00; } .finding.low { border-color: #f9a825; }
.finding.info { border-color: #1565c0; } .finding.positive { border-color: #2e7d32; }
.badge { font-size: 0.75em; padding: 0.1em 0.5em; border-radius: 3px; background: #ddd; margin-right: 0.5em; }
.finding h3 { margin: 0.3em 0; font-size: 1.05em; }
.numbers { margin: 0.3em 0; padding-left: 1.2em; }
.evidence { font-size: 0.9em; color: #444; }
figure.chart { margin: 1.2em 0; }
figure.chart svg { width: 100%; height: auto; background: #fff; border: 1px solid #e3e3e3; }
figcaption { font-weight: 600; margin-bottom: 0.3em; }
svg text { font: 11px system-ui, sans-serif; fill: #444; }
svg .grid { stroke: #eee; } svg .axis { stroke: #888; } svg .empty { font-size: 14px; fill: #888; }
)css";

/// The chart renderer: reads #chart-data and draws each chart into its figure's <svg>. Written for this report; no
/// library.
constexpr std::string_view kScript = R"js(
(function () {
  "use strict";
  var NS = "http://www.w3.org/2000/svg";
  var W = 720, H = 300, M = { l: 56, r: 56, b: 36 };
  var COLORS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#17becf", "#7f7f7f"];
  var data = JSON.parse(document.getElementById("chart-data").textContent);

  function el(name, attrs, parent) {
    var e = document.createElementNS(NS, name);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (parent) parent.appendChild(e);
    return e;
  }
  function isoDay(day) { return new Date(day * 86400000).toISOString().slice(0, 10); }
  function extent(values, withZero) {
    var lo = Math.min.apply(null, values), hi = Math.max.apply(null, values);
    if (withZero) { lo = Math.min(lo, 0); hi = Math.max(hi, 0); }
    if (lo === hi) { lo -= 1; hi += 1; }
    var pad = (hi - lo) * 0.05;
    return [withZero && lo === 0 ? 0 : lo - pad, hi + pad];
  }
  function ticks(lo, hi, count) {
    var raw = (hi - lo) / count, step = Math.pow(10, Math.floor(Math.log10(raw))), ratio = raw / step;
    step *= ratio >= 5 ? 5 : ratio >= 2 ? 2 : 1;
    var out = [];
    for (var v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) out.push(Number(v.toFixed(9)));
    return out;
  }
  function label(v) { var a = Math.abs(v); return a >= 100 ? v.toFixed(0) : a >= 10 ? v.toFixed(1) : v.toFixed(2); }

  function draw(chart, index) {
    var figure = document.getElementById("chart-" + chart.id);
    if (!figure) return;
    var svg = figure.querySelector("svg");
    svg.setAttribute("viewBox", "0 0 " + W + " " + H);
    var xs = [], left = [], right = [], leftBars = false, rightBars = false, bars = false;
    chart.series.forEach(function (s) {
      s.points.forEach(function (p) { xs.push(p[0]); (s.axis === "right" ? right : left).push(p[1]); });
      if (s.kind === "bar") { bars = true; if (s.axis === "right") rightBars = true; else leftBars = true; }
    });
    if (xs.length === 0) {
      el("text", { x: W / 2, y: H / 2, "text-anchor": "middle", "class": "empty" }, svg).textContent =
        "no data in this period";
      figure.setAttribute("data-drawn", "empty");
      return;
    }
    var xd = extent(xs, false);
    if (bars) { xd = [Math.min.apply(null, xs) - 4, Math.max.apply(null, xs) + 4]; }
    var yl = left.length ? extent(left, leftBars) : [0, 1];
    var yr = right.length ? extent(right, rightBars) : null;
    // Legend first: it wraps onto as many rows as it needs, and the plot starts below it.
    var legend = [], lx = M.l, rows = 1;
    chart.series.forEach(function (s) {
      var width = 24 + 6.2 * s.name.length;
      if (lx + width > W - M.r && lx > M.l) { lx = M.l; rows += 1; }
      legend.push({ x: lx, y: 6 + (rows - 1) * 16 });
      lx += width;
    });
    var top = 10 + rows * 16 + 12;
    var pw = W - M.l - M.r, ph = H - top - M.b;
    function x(v) { return M.l + (v - xd[0]) / (xd[1] - xd[0]) * pw; }
    function y(v, axis) {
      var d = axis === "right" && yr ? yr : yl;
      return top + ph - (v - d[0]) / (d[1] - d[0]) * ph;
    }
    var axes = el("g", { "class": "axes" }, svg);
    ticks(yl[0], yl[1], 5).forEach(function (t) {
      el("line", { x1: M.l, x2: W - M.r, y1: y(t, "left"), y2: y(t, "left"), "class": "grid" }, axes);
      el("text", { x: M.l - 6, y: y(t, "left") + 4, "text-anchor": "end" }, axes).textContent = label(t);
    });
    if (yr) {
      ticks(yr[0], yr[1], 5).forEach(function (t) {
        el("text", { x: W - M.r + 6, y: y(t, "right") + 4 }, axes).textContent = label(t);
      });
    }
    var span = xd[1] - xd[0], xticks = 5;
    for (var i = 0; i <= xticks; i++) {
      var day = Math.round(xd[0] + span * i / xticks);
      el("text", { x: x(day), y: H - M.b + 16, "text-anchor": "middle" }, axes).textContent = isoDay(day);
    }
    el("line", { x1: M.l, x2: W - M.r, y1: top + ph, y2: top + ph, "class": "axis" }, axes);
    el("line", { x1: M.l, x2: M.l, y1: top, y2: top + ph, "class": "axis" }, axes);
    if (chart.y_label) el("text", { x: 4, y: top - 8 }, axes).textContent = chart.y_label;
    if (chart.y2_label && yr) el("text", { x: W - 4, y: top - 8, "text-anchor": "end" }, axes).textContent = chart.y2_label;

    chart.series.forEach(function (s, k) {
      var color = COLORS[k % COLORS.length];
      var g = el("g", { "class": "series", "data-name": s.name, "data-kind": s.kind, "data-count": s.points.length,
                        "data-values": s.points.map(function (p) { return p[1]; }).join(",") }, svg);
      var pts = s.points.slice().sort(function (a, b) { return a[0] - b[0]; });
      if (s.kind === "line" && pts.length > 0) {
        var d = pts.map(function (p, j) { return (j ? "L" : "M") + x(p[0]).toFixed(2) + "," + y(p[1], s.axis).toFixed(2); });
        if (pts.length === 1) d.push("l0.01,0");
        el("path", { d: d.join(" "), fill: "none", stroke: color, "stroke-width": 2, "stroke-linecap": "round" }, g);
      } else if (s.kind === "bar") {
        var width = Math.max(2, pw / Math.max(1, (xd[1] - xd[0]) / 7) * 0.6);
        if (s.points.length > 1) {
          var gaps = [];
          for (var j = 1; j < pts.length; j++) gaps.push(pts[j][0] - pts[j - 1][0]);
          width = Math.max(1.5, Math.min.apply(null, gaps) / (xd[1] - xd[0]) * pw * 0.7);
        }
        pts.forEach(function (p) {
          var base = y(0, s.axis), top = y(p[1], s.axis);
          el("rect", { x: (x(p[0]) - width / 2).toFixed(2), y: Math.min(base, top).toFixed(2), width: width.toFixed(2),
                       height: Math.max(0.5, Math.abs(base - top)).toFixed(2), fill: color, opacity: 0.75 }, g);
        });
      } else {
        pts.forEach(function (p) {
          el("circle", { cx: x(p[0]).toFixed(2), cy: y(p[1], s.axis).toFixed(2), r: 2.5, fill: color }, g);
        });
      }
      el("rect", { x: legend[k].x, y: legend[k].y, width: 10, height: 10, fill: color }, svg);
      el("text", { x: legend[k].x + 14, y: legend[k].y + 9 }, svg).textContent = s.name;
    });
    figure.setAttribute("data-drawn", "true");
  }

  data.charts.forEach(draw);
  document.body.setAttribute("data-charts-drawn", String(data.charts.length));
})();
)js";

}  // namespace

json html_chart_data(const analysis::VerdictReport& report, domain::UnitSystem units) {
    const bool imperial = units == domain::UnitSystem::imperial;
    const double metres_per_unit = imperial ? units::kMetresPerMile : units::kMetresPerKilometre;
    const double kg_per_unit = imperial ? units::kKilogramsPerPound : 1.0;
    const char* distance = imperial ? "mi" : "km";
    const char* mass = imperial ? "lb" : "kg";
    const analysis::Series& s = report.series;
    json charts = json::array();

    json ctl = json::array();
    json atl = json::array();
    json tsb = json::array();
    for (const analysis::DayPoint& d : s.days) {
        ctl.push_back(point(d.day, d.ctl));
        atl.push_back(point(d.day, d.atl));
        tsb.push_back(point(d.day, d.tsb));
    }
    charts.push_back({{"id", "load"},
                      {"title", "Fitness, fatigue and form (Banister TRIMP, CTL 42 d / ATL 7 d)"},
                      {"y_label", "TRIMP"},
                      {"y2_label", ""},
                      {"series", json::array({series("Fitness (CTL)", "line", "left", ctl),
                                              series("Fatigue (ATL)", "line", "left", atl),
                                              series("Form (TSB)", "line", "left", tsb)})}});

    json run = json::array();
    json sets = json::array();
    for (const analysis::WeekPoint& w : s.weeks) {
        const units::CivilDay mid = w.start + std::chrono::days{3};
        run.push_back(point(mid, w.run_m / metres_per_unit));
        sets.push_back(point(mid, w.hard_sets));
    }
    charts.push_back({{"id", "volume"},
                      {"title", "Weekly running against lifting volume"},
                      {"y_label", fmt::format("running, {}", distance)},
                      {"y2_label", "hard sets"},
                      {"series", json::array({series(fmt::format("Running ({})", distance), "bar", "left", run),
                                              series("Lifting (hard sets)", "line", "right", sets)})}});

    json lifts = json::array();
    for (const analysis::LiftTrend& l : s.lifts) {
        json points = json::array();
        for (const analysis::LiftSession& session : l.sessions) points.push_back(point(session.day, session.e1rm_kg / kg_per_unit));
        lifts.push_back(series(l.name, "line", "left", points));
    }
    charts.push_back({{"id", "e1rm"},
                      {"title", "Estimated 1RM per main lift (Epley, best set of 1-10 reps)"},
                      {"y_label", mass},
                      {"y2_label", ""},
                      {"series", lifts}});

    json weights = json::array();
    json smoothed = json::array();
    json lean = json::array();
    for (const analysis::BodyPoint& p : s.body.points) {
        weights.push_back(point(p.day, p.weight_kg / kg_per_unit));
        smoothed.push_back(point(p.day, p.smoothed_kg / kg_per_unit));
        if (p.lean_mass_kg) lean.push_back(point(p.day, *p.lean_mass_kg / kg_per_unit));
    }
    json body = json::array({series("Weigh-ins", "dots", "left", weights), series("Trend (7-day EWMA)", "line", "left", smoothed)});
    if (!lean.empty()) body.push_back(series("Lean mass", "line", "right", lean));
    charts.push_back({{"id", "bodyweight"},
                      {"title", "Bodyweight"},
                      {"y_label", mass},
                      {"y2_label", lean.empty() ? "" : fmt::format("lean mass, {}", mass)},
                      {"series", body}});

    json nights = json::array();
    json target = json::array();
    json minimum = json::array();
    for (const analysis::SleepPoint& n : s.sleep.nights) nights.push_back(point(n.day, n.hours));
    if (!s.sleep.nights.empty()) {
        for (const units::CivilDay day : {s.sleep.nights.front().day, s.sleep.nights.back().day}) {
            target.push_back(point(day, s.sleep.target_h));
            minimum.push_back(point(day, 7.0));
        }
    }
    charts.push_back({{"id", "sleep"},
                      {"title", "Sleep against your target and the 7-h minimum (NSF/AASM)"},
                      {"y_label", "hours"},
                      {"y2_label", ""},
                      {"series", json::array({series("Night", "bar", "left", nights), series("Target", "line", "left", target),
                                              series("7-h minimum", "line", "left", minimum)})}});
    return {{"units", imperial ? "imperial" : "metric"}, {"charts", charts}};
}

std::string render_verdict_html(const analysis::VerdictReport& r, domain::UnitSystem units) {
    std::string out;
    const std::string period =
        fmt::format("{} to {}", units::format_iso_date(r.range.first), units::format_iso_date(r.range.last));
    out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out += fmt::format("<title>ironstride report: {}, {}</title>\n", escape(r.athlete_name), period);
    out += fmt::format("<style>{}</style>\n</head>\n<body>\n", kStyle);
    out += "<header>\n<h1>Does my running kill my muscle gains?</h1>\n";
    out += fmt::format("<p class=\"meta\">{}, {}</p>\n", escape(r.athlete_name), period);
    out += fmt::format("<p id=\"answer\" class=\"answer {}\" data-verdict=\"{}\">{}</p>\n</header>\n",
                       verdict_class(r.answer.verdict), analysis::to_string(r.answer.verdict),
                       escape(answer_sentence(r, units)));

    out += "<section id=\"findings\">\n<h2>Findings</h2>\n";
    for (const analysis::Finding& f : r.findings) {
        out += fmt::format("<article class=\"finding {}\" id=\"finding-{}\" data-severity=\"{}\">\n",
                           analysis::to_string(f.severity), f.id, analysis::to_string(f.severity));
        out += fmt::format("<h3><span class=\"badge\">{}</span>{}</h3>\n<ul class=\"numbers\">\n",
                           severity_tag(f.severity), escape(f.title));
        for (const analysis::Number& n : f.numbers) {
            out += fmt::format("<li data-key=\"{}\">{}: <b>{}</b></li>\n", n.key, escape(n.label),
                               escape(format_number(n, units)));
        }
        out += "</ul>\n";
        if (!f.events.empty()) {
            out += "<details><summary>When</summary><ul>\n";
            for (const analysis::FindingEvent& e : f.events) {
                std::string numbers;
                for (const analysis::Number& n : e.numbers) {
                    numbers += fmt::format("{}{} {}", numbers.empty() ? "" : "; ", n.label, format_number(n, units));
                }
                out += fmt::format("<li>{} {}: {}</li>\n", units::format_iso_date(e.day), escape(e.what), escape(numbers));
            }
            out += "</ul></details>\n";
        }
        out += fmt::format("<p>{}</p>\n<ul class=\"evidence\">\n", escape(f.detail));
        for (const analysis::EvidenceRef& ref : f.evidence) {
            out += fmt::format("<li data-evidence=\"{}\">{}</li>\n", ref.id, escape(evidence_line(ref)));
        }
        out += "</ul>\n</article>\n";
    }
    out += "</section>\n<section id=\"charts\">\n<h2>Charts</h2>\n";
    const json data = html_chart_data(r, units);
    for (const json& chart : data["charts"]) {
        const std::string id = chart["id"].get<std::string>();
        out += fmt::format("<figure class=\"chart\" id=\"chart-{}\" data-chart=\"{}\">\n<figcaption>{}</figcaption>\n",
                           id, id, escape(chart["title"].get<std::string>()));
        out += fmt::format("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"{}\"></svg>\n</figure>\n",
                           escape(chart["title"].get<std::string>()));
    }
    out += "<noscript><p>The charts need JavaScript; their data is in the chart-data block of this file.</p></noscript>\n";
    out += "</section>\n";
    out += fmt::format("<script type=\"application/json\" id=\"chart-data\">{}</script>\n", script_safe(data.dump()));
    out += fmt::format("<script>{}</script>\n</body>\n</html>\n", kScript);
    return out;
}

}  // namespace ironstride::report
