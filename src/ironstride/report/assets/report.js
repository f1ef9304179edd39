// The HTML report's page script: draws each chart of the report's chart data (the JSON script element
// #chart-data, docs/report-json.md "HTML charts") into the <svg> of its <figure id="chart-ID"> with chart.js's
// drawChart, marks the figure data-drawn="true" ("empty" for a chart without points), and marks the body
// data-charts-drawn="N" once all N are done (the browser test waits for it).
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("chart-data").textContent);
  data.charts.forEach(function (chart) {
    var figure = document.getElementById("chart-" + chart.id);
    if (!figure) return;
    figure.setAttribute("data-drawn", drawChart(figure.querySelector("svg"), chart) ? "true" : "empty");
  });
  document.body.setAttribute("data-charts-drawn", String(data.charts.length));
})();
