// `/verdict`: GET /api/v1/report — the answer, the findings with their numbers and evidence — and the interactive
// charts of GET /api/v1/report/charts (the same chart data and the same renderer as `report --format html`).

import { drawFigures } from "../../chart/chart.js";
import { get } from "../api.js";
import { fill, h, num } from "../dom.js";

const UNIT_TEXT = { count: "", "%": " %", ratio: "" };

function finding(f) {
  return h("article", { class: `finding ${f.severity}`, id: `finding-${f.id}`, dataset: { severity: f.severity } },
    h("h3", {}, h("span", { class: "badge" }, f.severity), f.title),
    h("ul", { class: "numbers" }, f.numbers.map((n) =>
      h("li", { dataset: { key: n.key, value: n.value } }, `${n.label}: `,
        h("b", {}, `${num(n.value, Number.isInteger(n.value) ? 0 : 1)}${UNIT_TEXT[n.unit] ?? ` ${n.unit}`}`)))),
    f.events?.length
      ? h("details", {}, h("summary", {}, `When (${f.events.length})`), h("ul", {}, f.events.map((e) =>
        h("li", {}, `${e.date} ${e.what}: `, e.numbers.map((n) => `${n.label} ${num(n.value, 1)} ${n.unit}`).join("; ")))))
      : null,
    h("p", {}, f.detail),
    h("ul", { class: "evidence" }, f.evidence.map((e) =>
      h("li", { dataset: { evidence: e.id } }, h("b", {}, e.citation), ` [${e.tag}]: ${e.claim}`))));
}

function expenditure(e) {
  if (!e) return null;
  const text = e.source === "measured"
    ? `Measured expenditure: ${num(e.estimated_kcal)} kcal/day (95 % ${num(e.low_kcal)}–${num(e.high_kcal)}), from ${e.days_used} intake days and ${e.weigh_ins_used} weigh-ins; equations say ${num(e.equation_kcal)}.`
    : `Expenditure from the equations: ${num(e.equation_kcal)} kcal/day. ${e.reason}`;
  return h("p", { class: "expenditure", id: "expenditure" }, text);
}

export async function verdictPage(main) {
  const params = new URLSearchParams(location.search);
  const range = { from: params.get("from"), to: params.get("to") };
  const [report, charts] = await Promise.all([get("report", range), get("report/charts", range)]);
  const rangeForm = h("form", { class: "inline", method: "get", action: "/verdict" },
    h("label", {}, "From ", h("input", { type: "date", name: "from", value: report.from })),
    h("label", {}, "to ", h("input", { type: "date", name: "to", value: report.to })),
    h("button", { type: "submit" }, "Show"));
  const figures = charts.charts.map((c) => h("figure", { class: "chart", id: `chart-${c.id}`, dataset: { chart: c.id } },
    h("figcaption", {}, c.title), h("div", { class: "chart-plot" }),
    c.id === "bodyweight" ? expenditure(report.expenditure) : null));
  fill(main,
    h("h1", {}, "Does my running kill my muscle gains?"),
    h("p", { class: "muted" }, `${report.athlete}, ${report.from} to ${report.to}`),
    rangeForm,
    h("p", { id: "answer", class: `answer ${report.verdict.replace(/_/g, "-")}`, dataset: { verdict: report.verdict } }, report.answer),
    h("section", { id: "findings" }, h("h2", {}, "Findings"), report.findings.map(finding)),
    h("section", { id: "charts" }, h("h2", {}, "Charts"),
      h("p", { class: "muted" }, "Drag across a chart to zoom in, double-click to zoom out; weeks run Monday to Sunday."),
      figures));
  // Draw once the figures are in the page, so each chart takes its figure's width.
  await drawFigures(figures, charts.charts);
  document.body.dataset.chartsDrawn = String(charts.charts.length);
}
