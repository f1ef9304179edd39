// The chart module on its own (src/ironstride/report/assets/chart.js), in headless Chromium (Debian's): loaded into
// an empty page, drawChart(svg, chart) draws a chart of the report's chart JSON into the <svg> it is given and
// touches nothing else, so the same file can serve another page (the later dashboard).
//
//   node chart_module.mjs CHART.js CHROMIUM
//
// Exit status 0 when every check passes, 1 otherwise.

import { launchChromium, watchPage } from "./browser.mjs";

const [chartPath, executablePath] = process.argv.slice(2);
if (!chartPath || !executablePath) {
  console.error("usage: node chart_module.mjs CHART.js CHROMIUM");
  process.exit(2);
}
const failures = [];
const check = (ok, message) => { if (!ok) failures.push(message); };

const chart = {
  id: "mixed", title: "Mixed", y_label: "km", y2_label: "sets",
  series: [
    { name: "Line", kind: "line", axis: "left", points: [[20000, 1.5], [20007, 2.25], [20014, 3]] },
    { name: "Bars", kind: "bar", axis: "right", points: [[20003, 10], [20010, 12]] },
    { name: "Dots", kind: "dots", axis: "left", points: [[20001, 2], [20002, 2.5], [20008, 1], [20013, 2.75]] },
  ],
};
const empty = { id: "empty", title: "Empty", y_label: "h", y2_label: "", series: [{ name: "Night", kind: "bar",
  axis: "left", points: [] }] };

const browser = await launchChromium(executablePath);
try {
  const page = await browser.newPage();
  const { network, errors } = watchPage(page, "about:");
  await page.setContent('<!DOCTYPE html><html><body><p id="other">untouched</p>' +
                        '<svg id="a" xmlns="http://www.w3.org/2000/svg"></svg>' +
                        '<svg id="b" xmlns="http://www.w3.org/2000/svg"></svg></body></html>');
  const globalsBefore = await page.evaluate(() => Object.keys(window));
  await page.addScriptTag({ path: chartPath });
  const state = await page.evaluate(([chart, empty]) => {
    const drawn = drawChart(document.getElementById("a"), chart);
    const drawnEmpty = drawChart(document.getElementById("b"), empty);
    const a = document.getElementById("a");
    const b = document.getElementById("b");
    return {
      globals: Object.keys(window),
      drawn,
      drawnEmpty,
      viewBox: a.getAttribute("viewBox"),
      series: [...a.querySelectorAll("g.series")].map((g) => ({
        name: g.getAttribute("data-name"),
        kind: g.getAttribute("data-kind"),
        count: Number(g.getAttribute("data-count")),
        values: g.getAttribute("data-values"),
        commands: g.querySelector("path") ? (g.querySelector("path").getAttribute("d").match(/[ML]/g) || []).length : 0,
        rects: g.querySelectorAll("rect").length,
        circles: g.querySelectorAll("circle").length,
      })),
      texts: [...a.querySelectorAll("text")].map((t) => t.textContent),
      emptySeries: b.querySelectorAll("g.series").length,
      emptyText: b.textContent,
      body: document.body.getAttributeNames(),
      other: document.getElementById("other").outerHTML,
      svgs: document.querySelectorAll("svg").length,
    };
  }, [chart, empty]);

  check(network.length === 0, `network requests: ${network.join(", ")}`);
  check(errors.length === 0, `page errors: ${errors.join("; ")}`);
  const added = state.globals.filter((k) => !globalsBefore.includes(k));
  check(JSON.stringify(added) === JSON.stringify(["drawChart"]), `globals added: ${added}`);
  check(state.drawn === true, `drawChart returned ${state.drawn} for a chart with points`);
  check(state.drawnEmpty === false, `drawChart returned ${state.drawnEmpty} for a chart without points`);
  check(state.viewBox === "0 0 720 300", `viewBox ${state.viewBox}`);
  check(state.series.length === 3, `${state.series.length} series groups`);
  chart.series.forEach((s, k) => {
    const g = state.series[k] || {};
    check(g.name === s.name && g.kind === s.kind && g.count === s.points.length, `series ${k}: ${JSON.stringify(g)}`);
    check(g.values === s.points.map((p) => p[1]).join(","), `series ${k} values ${g.values}`);
  });
  check(state.series[0]?.commands === 3, "the line has one path point per data point");
  check(state.series[1]?.rects === 2, "one bar per data point");
  check(state.series[2]?.circles === 4, "one dot per data point");
  for (const label of ["Line", "Bars", "Dots", "km", "sets"]) {
    check(state.texts.includes(label), `no text "${label}" (legend or axis label)`);
  }
  check(state.emptySeries === 0 && state.emptyText === "no data in this period", `empty chart: ${state.emptyText}`);
  check(state.body.length === 0 && state.other === '<p id="other">untouched</p>' && state.svgs === 2,
        "drawChart touched the page outside its svg");
} finally {
  await browser.close();
}

if (failures.length > 0) {
  console.error(`chart_module: ${failures.length} check(s) failed:\n  ${failures.join("\n  ")}`);
  process.exit(1);
}
console.log("chart_module: drawChart draws lines, bars and dots on two axes, and an empty chart, inside its own svg");
