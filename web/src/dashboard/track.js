// The shape of an activity's track as an SVG polyline: no map tiles (nothing loaded from elsewhere), just the
// positions on an equirectangular projection scaled by the cosine of the mean latitude, so a square block looks
// square, with the start and the finish marked.

import { h } from "./dom.js";

const NS = "http://www.w3.org/2000/svg";
const SIZE = 320;
const MARGIN = 12;

function svg(name, attributes) {
  const element = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attributes)) element.setAttribute(k, String(v));
  return element;
}

/// The track of `lat` and `lon` (degrees, null where a sample had no position); null when under two positions.
export function trackView(lat, lon) {
  const points = [];
  for (let i = 0; i < lat.length; i++) if (lat[i] !== null && lon[i] !== null) points.push([lat[i], lon[i]]);
  if (points.length < 2) return null;
  const meanLat = points.reduce((s, p) => s + p[0], 0) / points.length;
  const kx = Math.cos((meanLat * Math.PI) / 180);
  const xs = points.map((p) => p[1] * kx);
  const ys = points.map((p) => -p[0]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = (SIZE - 2 * MARGIN) / Math.max(x1 - x0, y1 - y0, 1e-9);
  const width = Math.round((x1 - x0) * scale + 2 * MARGIN);
  const height = Math.round((y1 - y0) * scale + 2 * MARGIN);
  const at = (k) => [((xs[k] - x0) * scale + MARGIN).toFixed(1), ((ys[k] - y0) * scale + MARGIN).toFixed(1)];
  const root = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "track shape", class: "track" });
  root.appendChild(svg("polyline", {
    points: points.map((_, k) => at(k).join(",")).join(" "),
    fill: "none", stroke: "#d62728", "stroke-width": 2.5, "stroke-linejoin": "round", "stroke-linecap": "round",
  }));
  const [sx, sy] = at(0);
  const [ex, ey] = at(points.length - 1);
  root.appendChild(svg("circle", { cx: sx, cy: sy, r: 5, fill: "#2ca02c", class: "start" }));
  root.appendChild(svg("circle", { cx: ex, cy: ey, r: 5, fill: "#222", class: "finish" }));
  root.dataset.points = String(points.length);
  return h("figure", { class: "track-figure", id: "track" }, h("figcaption", {}, "Track (start green, finish black)"), root);
}
