// The static HTML report's page script (`report --format html`): draws each chart of the report's chart data (the
// JSON script element #chart-data, docs/report-json.md "HTML charts") into the .chart-plot of its
// <figure id="chart-ID"> with the dashboard's renderer, marks the figure data-drawn ("true", or "empty" for a chart
// without points), and the body data-charts-drawn="N" once all N are done (the browser test waits for it).
// The renderer is also window.ironstrideChart.renderChart, so the bundle can be checked alone in an empty page
// (tests/browser/chart_module.mjs) and reused by a page of one's own.

import { drawFigures, renderChart } from "../chart/chart.js";

window.ironstrideChart = { renderChart };

const block = document.getElementById("chart-data");
if (block) {
  const data = JSON.parse(block.textContent);
  const charts = data.charts.filter((chart) => document.getElementById(`chart-${chart.id}`));
  const figures = charts.map((chart) => document.getElementById(`chart-${chart.id}`));
  drawFigures(figures, charts).then(() => { document.body.dataset.chartsDrawn = String(charts.length); });
}
