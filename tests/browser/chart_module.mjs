// The chart renderer on its own (web/src/chart/, in the report's bundle report-charts.js), in headless Chromium
// (Debian's): loaded into an empty page, window.ironstrideChart.renderChart(element, chart) draws a chart of the
// report's chart JSON into the element it is given and touches nothing else, so the same code serves the
// dashboard's pages and the static report. Checks the data it holds, count axes from zero, the partial week, the
// decimals of ticks and tooltip, the tooltip itself and drag-to-zoom.
//
//   node chart_module.mjs REPORT-CHARTS.js CHROMIUM
//
// Exit status 0 when every check passes, 1 otherwise.

import { launchChromium, watchPage } from "./browser.mjs";

const [chartPath, executablePath] = process.argv.slice(2);
if (!chartPath || !executablePath) {
  console.error("usage: node chart_module.mjs REPORT-CHARTS.js CHROMIUM");
  process.exit(2);
}
const failures = [];
const check = (ok, message) => { if (!ok) failures.push(message); };

// 20000 is 2024-10-04, a Friday: the first week (Mon 2024-09-30 to Sun 2024-10-06) is partial.
const chart = {
  id: "mixed", title: "Mixed", y_label: "km", y2_label: "sets", y_zero: true, y2_zero: true,
  partial: [[19996, 20002]],
  series: [
    { name: "Line", kind: "line", axis: "left", decimals: 2, points: [[20000, 1.5], [20007, 2.25], [20014, 3]] },
    { name: "Bars", kind: "bar", axis: "right", decimals: 0, points: [[20003, 10], [20010, 12]] },
    { name: "Dots", kind: "dots", axis: "left", decimals: 2, points: [[20001, 2], [20002, 2.5], [20008, 1], [20013, 2.75]] },
  ],
};
const empty = { id: "empty", title: "Empty", y_label: "h", y2_label: "", series: [{ name: "Night", kind: "bar",
  axis: "left", points: [] }] };

const browser = await launchChromium(executablePath);
try {
  const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
  const { network, errors } = watchPage(page, "about:");
  await page.setContent('<!DOCTYPE html><html><body><p id="other">untouched</p>' +
                        '<div id="a" style="width:720px"></div><div id="b" style="width:720px"></div></body></html>');
  const globalsBefore = await page.evaluate(() => Object.keys(window));
  await page.addScriptTag({ path: chartPath });
  const state = await page.evaluate(async ([chart, empty]) => {
    const a = document.getElementById("a");
    const b = document.getElementById("b");
    const drawn = window.ironstrideChart.renderChart(a, chart);
    const drawnEmpty = window.ironstrideChart.renderChart(b, empty);
    await a.chart.ready;
    const canvas = a.querySelector("canvas");
    const pixels = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
    let inked = 0;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) inked++;
    const plot = a.chart.plot;
    return {
      globals: Object.keys(window),
      drawn: drawn !== null,
      drawnEmpty,
      dataDrawn: a.dataset.drawn,
      emptyDrawn: b.dataset.drawn,
      inked,
      data: plot.data.map((column) => [...column]),
      yMin: plot.scales.y.min,
      y2Min: plot.scales.y2.min,
      series: [...a.querySelectorAll(".series")].map((row) => ({
        name: row.dataset.name, kind: row.dataset.kind, count: Number(row.dataset.count), values: row.dataset.values,
      })),
      // uPlot paints the axes on the canvas; the labels it painted are each axis's _values.
      ticks: plot.axes.map((axis) => (axis._values || []).filter((v) => v !== null && v !== "")),
      emptyText: b.textContent,
      body: document.body.getAttributeNames(),
      other: document.getElementById("other").outerHTML,
      children: document.body.children.length,
      box: a.querySelector(".u-over").getBoundingClientRect().toJSON(),
    };
  }, [chart, empty]);

  check(network.length === 0, `network requests: ${network.join(", ")}`);
  check(errors.length === 0, `page errors: ${errors.join("; ")}`);
  const added = state.globals.filter((k) => !globalsBefore.includes(k));
  check(JSON.stringify(added) === JSON.stringify(["ironstrideChart"]), `globals added: ${added}`);
  check(state.drawn && state.dataDrawn === "true", `renderChart did not draw a chart with points (${state.dataDrawn})`);
  check(state.drawnEmpty === null && state.emptyDrawn === "empty", "a chart without points is not marked empty");
  check(state.emptyText === "no data in this period", `empty chart says ${state.emptyText}`);
  check(state.inked > 1000, `the canvas is nearly blank (${state.inked} painted pixels)`);
  check(state.series.length === 3, `${state.series.length} legend rows with data`);
  chart.series.forEach((s, k) => {
    const row = state.series[k] || {};
    check(row.name === s.name && row.kind === s.kind && row.count === s.points.length, `series ${k}: ${JSON.stringify(row)}`);
    check(row.values === s.points.map((p) => p[1]).join(","), `series ${k} values ${row.values}`);
    // uPlot's own data: the x of each point (days as seconds) holds its value.
    for (const [day, value] of s.points) {
      const i = state.data[0].indexOf(day * 86400);
      check(i >= 0 && state.data[k + 1][i] === value, `series ${k}: ${value} at day ${day} not in the plot's data`);
    }
  });
  check(state.yMin === 0 && state.y2Min === 0, `count axes start at ${state.yMin} and ${state.y2Min}, not 0`);
  const [xTicks, leftTicks, rightTicks] = state.ticks;
  check(leftTicks.length > 1 && leftTicks.every((t) => /^\d+\.\d\d$/.test(t)), `left ticks not with 2 decimals: ${leftTicks}`);
  check(rightTicks.length > 1 && rightTicks.every((t) => /^\d+$/.test(t)), `right ticks not whole: ${rightTicks}`);
  // Every x tick is a Monday: 2024-10-07 is "7 Oct", 2024-10-14 "14 Oct".
  check(xTicks.length > 0 && xTicks.every((t) => /^(30 Sep|7 Oct|14 Oct|21 Oct)( 2024)?$/.test(t)), `x ticks not on Mondays: ${xTicks}`);
  check(state.body.length === 0 && state.other === '<p id="other">untouched</p>' && state.children === 3,
        "renderChart touched the page outside its element");

  // Tooltip: hovering the plot shows the date and the values with the series' decimals.
  const { box } = state;
  await page.mouse.move(box.x + box.width * 0.02, box.y + box.height / 2);
  await page.mouse.move(box.x + box.width * 0.03, box.y + box.height / 2);
  const tip = await page.evaluate(() => {
    const t = document.querySelector("#a .chart-tooltip");
    return t && !t.hidden ? t.textContent : null;
  });
  check(tip !== null && /2024-10-0\d/.test(tip) && /\d\.\d\d/.test(tip), `tooltip: ${tip}`);
  check(tip === null || tip.includes("partial week"), `the tooltip of a partial week does not say so: ${tip}`);
  // Zoom: dragging across the middle narrows the x scale; double-click restores it.
  const before = await page.evaluate(() => [document.getElementById("a").chart.plot.scales.x.min, document.getElementById("a").chart.plot.scales.x.max]);
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  const zoomed = await page.evaluate(() => [document.getElementById("a").chart.plot.scales.x.min, document.getElementById("a").chart.plot.scales.x.max]);
  check(zoomed[0] > before[0] && zoomed[1] < before[1], `drag did not zoom: ${before} -> ${zoomed}`);
  await page.mouse.dblclick(box.x + box.width * 0.5, box.y + box.height / 2);
  const reset = await page.evaluate(() => [document.getElementById("a").chart.plot.scales.x.min, document.getElementById("a").chart.plot.scales.x.max]);
  check(reset[0] === before[0] && reset[1] === before[1], `double-click did not reset the zoom: ${reset}`);
  check(errors.length === 0, `page errors after interaction: ${errors.join("; ")}`);
} finally {
  await browser.close();
}

if (failures.length > 0) {
  console.error(`chart_module: ${failures.length} check(s) failed:\n  ${failures.join("\n  ")}`);
  process.exit(1);
}
console.log("chart_module: renderChart draws lines, bars and dots on two axes from zero, Monday ticks, tooltip, zoom, and an empty chart, inside its own element");
