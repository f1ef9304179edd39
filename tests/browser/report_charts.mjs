// Renders the self-contained HTML report in headless Chromium (Debian's, never a downloaded browser) and checks that
// every chart is drawn (web/src/chart/, the dashboard's renderer, inlined) and holds the report's data, both on its
// legend rows and in what uPlot plots, and that the page makes no network request and raises no error.
//
//   node report_charts.mjs REPORT.html REPORT.json CHROMIUM
//
// REPORT.json is `ironstride report --format json` of the same database and range (metric units, like the HTML of a
// metric profile): the charts must show exactly its series. Exit status 0 when every check passes, 1 otherwise.

import { readFileSync } from "node:fs";
import { resolve } from "node:path";

import { launchChromium, watchPage } from "./browser.mjs";

const [htmlPath, jsonPath, executablePath] = process.argv.slice(2);
if (!htmlPath || !jsonPath || !executablePath) {
  console.error("usage: node report_charts.mjs REPORT.html REPORT.json CHROMIUM");
  process.exit(2);
}
const report = JSON.parse(readFileSync(jsonPath, "utf8"));
const failures = [];
const check = (ok, message) => { if (!ok) failures.push(message); };
const near = (a, b) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
const sameNumbers = (actual, expected, what) => {
  check(actual.length === expected.length, `${what}: ${actual.length} values drawn, ${expected.length} in the report`);
  for (let i = 0; i < Math.min(actual.length, expected.length); i++) {
    if (!near(actual[i], expected[i])) {
      check(false, `${what}[${i}]: drawn ${actual[i]}, report ${expected[i]}`);
      break;
    }
  }
};
const r3 = (v) => Math.round(v * 1000) / 1000;

const browser = await launchChromium(executablePath);
try {
  const page = await browser.newPage();
  const { network, errors } = watchPage(page, "file:");
  await page.goto("file://" + resolve(htmlPath));
  await page.waitForFunction(() => document.body.hasAttribute("data-charts-drawn"), null, { timeout: 10000 });

  const page_state = await page.evaluate(() => {
    const data = JSON.parse(document.getElementById("chart-data").textContent);
    const charts = [...document.querySelectorAll("figure.chart")].map((figure) => {
      const plot = figure.querySelector(".chart-plot");
      const uplot = plot.chart?.plot;
      const canvas = figure.querySelector("canvas");
      let inked = 0;
      if (canvas) {
        const pixels = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
        for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) inked++;
      }
      return {
        id: figure.getAttribute("data-chart"),
        drawn: figure.getAttribute("data-drawn"),
        inked,
        series: [...figure.querySelectorAll(".series")].map((row, k) => ({
          name: row.getAttribute("data-name"),
          kind: row.getAttribute("data-kind"),
          count: Number(row.getAttribute("data-count")),
          values: (row.getAttribute("data-values") || "").split(",").filter((v) => v !== "").map(Number),
          // What uPlot draws: the series' column of the aligned data, without the other series' x values.
          plotted: uplot ? uplot.data[k + 1].filter((v) => v !== null) : [],
        })),
      };
    });
    return {
      data,
      charts,
      answer: document.getElementById("answer").textContent,
      findings: [...document.querySelectorAll("article.finding")].map((a) => a.id.replace(/^finding-/, "")),
    };
  });

  check(network.length === 0, `the page made network requests: ${network.join(", ")}`);
  check(errors.length === 0, `the page raised errors: ${errors.join("; ")}`);
  check(page_state.answer === report.answer, `answer differs:\n  html: ${page_state.answer}\n  json: ${report.answer}`);
  check(JSON.stringify(page_state.findings) === JSON.stringify(report.findings.map((f) => f.id)),
        `findings differ: ${page_state.findings} vs ${report.findings.map((f) => f.id)}`);

  const expectedIds = ["load", "volume", "e1rm", "bodyweight", "sleep", "load_au", "intake"];
  check(JSON.stringify(page_state.charts.map((c) => c.id)) === JSON.stringify(expectedIds),
        `charts: ${page_state.charts.map((c) => c.id)}`);
  for (const chart of page_state.charts) {
    const spec = page_state.data.charts.find((c) => c.id === chart.id);
    check(chart.drawn === "true", `${chart.id}: not drawn (data-drawn=${chart.drawn})`);
    check(chart.inked > 1000, `${chart.id}: the canvas is nearly blank`);
    check(spec && chart.series.length === spec.series.length, `${chart.id}: ${chart.series.length} series drawn`);
    chart.series.forEach((s, k) => {
      const points = spec.series[k].points;
      const where = `${chart.id}/${s.name}`;
      check(s.name === spec.series[k].name && s.kind === spec.series[k].kind, `${where}: name or kind differs`);
      check(s.count === points.length, `${where}: data-count ${s.count}, ${points.length} points`);
      sameNumbers(s.values, points.map((p) => p[1]), `${where} values`);
      // Points on distinct days: the plotted column holds each value once, in day order.
      const byDay = [...points].sort((a, b) => a[0] - b[0]).map((p) => p[1]);
      if (new Set(points.map((p) => p[0])).size === points.length) sameNumbers(s.plotted, byDay, `${where} plotted`);
    });
  }

  // The charts hold the report's own numbers (metric display: km and kg).
  const byId = Object.fromEntries(page_state.data.charts.map((c) => [c.id, c]));
  const values = (chart, k) => byId[chart].series[k].points.map((p) => p[1]);
  const series = report.series;
  check(series.daily.length > 0 && series.weekly.length > 0 && series.lifts.length > 0 &&
        series.body.points.length > 0 && series.sleep.nights.length > 0, "the report under test has every series");
  sameNumbers(values("load", 0), series.daily.map((d) => d.ctl), "load/CTL");
  sameNumbers(values("load", 1), series.daily.map((d) => d.atl), "load/ATL");
  sameNumbers(values("load", 2), series.daily.map((d) => d.tsb), "load/TSB");
  sameNumbers(values("load_au", 0), series.daily.map((d) => d.run_ctl_au), "load_au/running CTL");
  sameNumbers(values("load_au", 1), series.daily.map((d) => d.lift_ctl_au), "load_au/lifting CTL");
  sameNumbers(values("load_au", 2), series.daily.map((d) => d.ctl_au), "load_au/combined CTL");
  sameNumbers(values("load_au", 3), series.daily.map((d) => d.atl_au), "load_au/combined ATL");
  sameNumbers(values("volume", 0), series.weekly.map((w) => r3(w.run_m / 1000)), "volume/running km");
  sameNumbers(values("volume", 1), series.weekly.map((w) => w.hard_sets), "volume/hard sets");
  series.lifts.forEach((lift, k) => {
    check(byId.e1rm.series[k].name === lift.name, `e1rm series ${k} is ${byId.e1rm.series[k].name}, not ${lift.name}`);
    sameNumbers(values("e1rm", k), lift.sessions.map((s) => s.e1rm_kg), `e1rm/${lift.name}`);
  });
  sameNumbers(values("bodyweight", 0), series.body.points.map((p) => p.weight_kg), "bodyweight/weigh-ins");
  sameNumbers(values("bodyweight", 1), series.body.points.map((p) => p.smoothed_kg), "bodyweight/trend");
  sameNumbers(values("sleep", 0), series.sleep.nights.map((n) => n.hours), "sleep/nights");
  sameNumbers(values("intake", 0), series.nutrition.days.map((d) => d.intake_kcal), "intake/intake");
  sameNumbers(values("intake", 1), series.nutrition.days.map((d) => d.target_kcal), "intake/target");
  // The partial weeks the volume chart shades are the report's incomplete ones.
  const partial = series.weekly.filter((w) => !w.complete).map((w) => Math.round(Date.parse(w.start) / 86400000));
  check(JSON.stringify((byId.volume.partial || []).map((r) => r[0])) === JSON.stringify(partial),
        `volume/partial weeks ${JSON.stringify(byId.volume.partial)}, report ${partial}`);
} finally {
  await browser.close();
}

if (failures.length > 0) {
  console.error(`report_charts: ${failures.length} check(s) failed:\n  ${failures.join("\n  ")}`);
  process.exit(1);
}
console.log("report_charts: 7 charts drawn in headless Chromium, each holding the report's data; no network, no errors");
