// The static HTML report's page script (`report --format html`): draws each chart of the report's chart data (the
// JSON script element #chart-data, docs/report-json.md "HTML charts") into the .chart-plot of its
// <figure id="chart-ID"> with the dashboard's renderer, marks the figure data-drawn ("true", or "empty" for a chart
// without points), and the body data-charts-drawn="N" once all N are done (the browser test waits for it).

import { renderChart } from "../chart/chart.js";

const data = JSON.parse(document.getElementById("chart-data").textContent);
for (const chart of data.charts) {
  const figure = document.getElementById(`chart-${chart.id}`);
  if (!figure) continue;
  const plot = figure.querySelector(".chart-plot");
  renderChart(plot, chart);
  figure.dataset.drawn = plot.dataset.drawn;
}
document.body.dataset.chartsDrawn = String(data.charts.length);
