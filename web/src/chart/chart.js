// The one chart renderer of ironstride: the dashboard's pages and the static `report --format html` draw every
// chart with it. It takes a chart of the chart JSON (docs/report-json.md "HTML charts"):
//
//   {id, title, y_label, y2_label, x: "day" | "minutes" | "km" (default "day"), x_label, y_zero, y2_zero,
//    partial: [[first day, last day], ...], series: [{name, kind: "line" | "bar" | "dots", axis: "left" | "right",
//    decimals, format: "clock"?, points: [[x, value], ...]}]}
//
// and draws it with uPlot into the element it is given: tooltips, drag to zoom (double-click resets), Monday–Sunday
// week grid, partial weeks shaded, count axes from zero, and a width that follows the element (390 px phones
// included). The data stays readable: the element gets data-drawn ("true", or "empty" with no point), each legend
// row data-name, data-kind, data-count and data-values (the series' values, in order), and `element.chart` holds
// {spec, plot, ready} (plot.data is what uPlot draws; ready resolves once it is drawn).

import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import "./chart.css";

import { dayLabels, inPartialWeek, mondaySplits, partialWeeks } from "./weeks.js";
import { formatValue, incrementsFor, isoDay, minutesAsClock, SECONDS_PER_DAY } from "./format.js";
import { axisRange } from "./scales.js";
import { tooltip } from "./tooltip.js";

const COLORS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#17becf", "#7f7f7f"];
const FONT = "12px system-ui, sans-serif";
const LABEL_FONT = "bold 12px system-ui, sans-serif";

/// A chart's height for its width: wide and low on a desktop, taller than half its width on a phone, where the
/// labels need the room.
const heightFor = (width) => Math.round(Math.min(320, Math.max(220, width * 0.55)));

/// One x array (every x of every series, sorted) and one y array per series holding null where it has no point:
/// uPlot's aligned data.
function alignedData(spec, toX) {
  const xs = [...new Set(spec.series.flatMap((s) => s.points.map((p) => p[0])))].sort((a, b) => a - b);
  const index = new Map(xs.map((x, i) => [x, i]));
  const columns = spec.series.map((s) => {
    const column = new Array(xs.length).fill(null);
    for (const [x, value] of s.points) column[index.get(x)] = value;
    return column;
  });
  return [xs.map(toX), ...columns];
}

function pathsFor(kind, barShare) {
  if (kind === "bar") return uPlot.paths.bars({ size: [barShare, 60], gap: 1 });
  if (kind === "dots") return () => null;
  return undefined;  // uPlot's line
}

/// The largest decimal count of an axis's series: its ticks show that many.
function axisDecimals(spec, axis) {
  const on = spec.series.filter((s) => (s.axis || "left") === axis);
  return on.length ? Math.max(...on.map((s) => s.decimals ?? 1)) : 1;
}

function xFormatter(kind) {
  if (kind === "day") return (seconds) => isoDay(Math.round(seconds / SECONDS_PER_DAY));
  if (kind === "minutes") return (minutes) => `${minutesAsClock(minutes)} min`;
  return (value) => `${value.toFixed(2)} ${kind}`;
}

function options(spec, width) {
  const xKind = spec.x || "day";
  const isDays = xKind === "day";
  const hasRight = spec.series.some((s) => s.axis === "right");
  const bars = spec.series.filter((s) => s.kind === "bar").length;
  const formatX = xFormatter(xKind);
  const partial = spec.partial || [];
  const series = [{ label: isDays ? "Date" : spec.x_label || xKind, value: (_u, v) => (v === null ? "–" : formatX(v)) }];
  spec.series.forEach((s, k) => {
    const color = COLORS[k % COLORS.length];
    series.push({
      label: s.name,
      scale: s.axis === "right" ? "y2" : "y",
      stroke: color,
      fill: s.kind === "bar" ? `${color}b0` : undefined,
      width: s.kind === "bar" ? 0 : 2,
      spanGaps: s.kind === "line",
      paths: pathsFor(s.kind, bars > 1 ? 0.4 : 0.7),
      points: s.kind === "dots" ? { show: true, size: 6, fill: color, width: 0 } : { show: s.kind === "line" ? undefined : false },
      value: (_u, v) => formatValue(v, s.decimals ?? 1, s.format),
    });
  });
  const leftDecimals = axisDecimals(spec, "left");
  const rightDecimals = axisDecimals(spec, "right");
  const tickFormat = (decimals, format) => (_u, splits) => splits.map((v) => (v === null ? "" : formatValue(v, decimals, format)));
  const leftFormat = spec.series.find((s) => (s.axis || "left") === "left")?.format;
  const axes = [
    {
      font: FONT,
      labelFont: LABEL_FONT,
      ...(isDays ? { splits: mondaySplits, values: dayLabels } : { values: tickFormat(xKind === "minutes" ? 0 : 1) }),
      label: isDays ? undefined : spec.x_label,
    },
    {
      scale: "y",
      font: FONT,
      labelFont: LABEL_FONT,
      label: spec.y_label || undefined,
      labelSize: spec.y_label ? 18 : 0,
      incrs: incrementsFor(leftDecimals),
      values: tickFormat(leftDecimals, leftFormat),
      size: 52,
    },
  ];
  if (hasRight) {
    axes.push({
      scale: "y2",
      side: 1,
      font: FONT,
      labelFont: LABEL_FONT,
      label: spec.y2_label || undefined,
      labelSize: spec.y2_label ? 18 : 0,
      grid: { show: false },
      incrs: incrementsFor(rightDecimals),
      values: tickFormat(rightDecimals),
      size: 48,
    });
  }
  const formatSeries = (k, v) => {
    const s = spec.series[k - 1];
    return formatValue(v, s.decimals ?? 1, s.format);
  };
  const formatTooltipX = (x) => {
    const text = formatX(x);
    return isDays && inPartialWeek(partial, Math.round(x / SECONDS_PER_DAY)) ? `${text} (partial week)` : text;
  };
  return {
    width,
    height: heightFor(width),
    series,
    axes,
    scales: {
      // Weekly bars sit on Thursdays: half a week of room each side shows the first and last weeks whole.
      x: { time: isDays, range: (_u, min, max) => (bars > 0 && isDays ? [min - 3.5 * SECONDS_PER_DAY, max + 3.5 * SECONDS_PER_DAY] : [min, max]) },
      y: { range: (_u, min, max) => axisRange(min, max, Boolean(spec.y_zero)), dir: spec.y_invert ? -1 : 1 },
      y2: { range: (_u, min, max) => axisRange(min, max, Boolean(spec.y2_zero)) },
    },
    // Civil days are UTC midnights: shown in UTC they are the same dates wherever the browser is.
    tzDate: (seconds) => uPlot.tzDate(new Date(seconds * 1000), "Etc/UTC"),
    cursor: { drag: { x: true, y: false, setScale: true }, points: { size: 7 } },
    legend: { show: true, live: false },
    plugins: [partialWeeks(isDays ? partial : []), tooltip({ formatX: formatTooltipX, formatSeries })],
  };
}

/// Writes each series' numbers onto its legend row, for people's tools and the browser tests.
function exposeData(target, spec, plot) {
  // uPlot's legend has a row for x too when it is live; ours is not, but do not depend on it.
  const all = [...plot.root.querySelectorAll(".u-legend .u-series")];
  const rows = all.length > spec.series.length ? all.slice(all.length - spec.series.length) : all;
  spec.series.forEach((s, k) => {
    const row = rows[k];
    if (!row) return;
    row.classList.add("series");
    row.dataset.name = s.name;
    row.dataset.kind = s.kind;
    row.dataset.count = String(s.points.length);
    row.dataset.values = s.points.map((p) => p[1]).join(",");
  });
  target.chart = { spec, plot };
}

/// Draws `spec` into `target` (emptied first); returns the uPlot instance, or null for a chart without points.
/// `target.chart.ready` resolves once it is drawn (uPlot draws on a microtask), when data-drawn is set.
export function renderChart(target, spec) {
  target.chart?.resizer?.disconnect();
  if (target.chart?.plot) target.chart.plot.destroy();
  target.replaceChildren();
  delete target.dataset.drawn;
  target.classList.add("ironstride-chart");
  const points = spec.series.reduce((n, s) => n + s.points.length, 0);
  if (points === 0) {
    const empty = document.createElement("p");
    empty.className = "chart-empty";
    empty.textContent = "no data in this period";
    target.appendChild(empty);
    target.dataset.drawn = "empty";
    target.chart = { spec, plot: null, ready: Promise.resolve() };
    return null;
  }
  const toX = (spec.x || "day") === "day" ? (day) => day * SECONDS_PER_DAY : (x) => x;
  const width = Math.max(280, Math.floor(target.clientWidth || 720));
  const opts = options(spec, width);
  // uPlot draws on a microtask after construction: the element says "drawn" only once the canvas holds the chart.
  let drawn;
  const ready = new Promise((resolve) => { drawn = resolve; });
  opts.hooks = { draw: [() => { if (target.dataset.drawn !== "true") { target.dataset.drawn = "true"; drawn(); } }] };
  const plot = new uPlot(opts, alignedData(spec, toX), target);
  exposeData(target, spec, plot);
  target.chart.ready = ready;
  // Follow the element's width (a phone turned sideways, a resized window).
  if (typeof ResizeObserver !== "undefined") {
    let last = width;
    target.chart.resizer = new ResizeObserver(() => {
      const now = Math.max(280, Math.floor(target.clientWidth));
      if (Math.abs(now - last) < 4) return;
      last = now;
      plot.setSize({ width: now, height: heightFor(now) });
    });
    target.chart.resizer.observe(target);
  }
  return plot;
}

/// Draws each spec into the `.chart-plot` of its figure (figures[k] for specs[k]); resolves once all are drawn, each
/// figure then marked data-drawn like its plot ("true" or "empty").
export async function drawFigures(figures, specs) {
  const plots = specs.map((spec, k) => {
    const plot = figures[k].querySelector(".chart-plot");
    renderChart(plot, spec);
    return plot;
  });
  await Promise.all(plots.map((plot) => plot.chart.ready));
  plots.forEach((plot, k) => { figures[k].dataset.drawn = plot.dataset.drawn; });
}
