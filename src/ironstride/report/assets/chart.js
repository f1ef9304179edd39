// The chart renderer of the HTML report, and of anything else that shows ironstride's chart JSON:
//
//   drawChart(svg, chart) -> true when drawn, false when the chart holds no points ("no data in this period")
//
// draws one chart of report::html_chart_data() ({id, title, y_label, y2_label, series: [{name, kind: "line" | "bar"
// | "dots", axis: "left" | "right", points: [[day, value], ...]}]}, day counting days since 1970-01-01) into the
// <svg> element it is given, and touches nothing else of the page. Each series becomes one <g class="series"
// data-name data-kind data-count data-values>. Written for ironstride; no library, nothing loaded.
var drawChart = (function () {
  "use strict";
  var NS = "http://www.w3.org/2000/svg";
  var W = 720, H = 300, M = { l: 56, r: 56, b: 36 };
  var COLORS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#17becf", "#7f7f7f"];

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

  return function drawChart(svg, chart) {
    svg.setAttribute("viewBox", "0 0 " + W + " " + H);
    var xs = [], left = [], right = [], leftBars = false, rightBars = false, bars = false;
    chart.series.forEach(function (s) {
      s.points.forEach(function (p) { xs.push(p[0]); (s.axis === "right" ? right : left).push(p[1]); });
      if (s.kind === "bar") { bars = true; if (s.axis === "right") rightBars = true; else leftBars = true; }
    });
    if (xs.length === 0) {
      el("text", { x: W / 2, y: H / 2, "text-anchor": "middle", "class": "empty" }, svg).textContent =
        "no data in this period";
      return false;
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
    return true;
  };
})();
