// `/activities/ID`: one activity (GET /api/v1/activities/ID) with its heart-rate, pace and elevation charts over
// time and the track's shape, from its samples (GET /api/v1/activities/ID/samples), then its laps and sets.

import { drawFigures } from "../../chart/chart.js";
import { get } from "../api.js";
import { duration, fill, h, num } from "../dom.js";
import { trackView } from "../track.js";
import { displayUnits } from "../units.js";
import { localStart } from "./activities.js";

/// A chart of one sample channel against elapsed minutes; `map` turns a sample into the plotted value (or null).
function channelChart(id, title, unit, name, samples, values, map, extra = {}) {
  const points = [];
  for (let i = 0; i < samples.time_s.length; i++) {
    const t = samples.time_s[i];
    const v = values[i] === null ? null : map(values[i]);
    if (t !== null && v !== null && Number.isFinite(v)) points.push([Math.round((t / 60) * 1000) / 1000, v]);
  }
  return { id, title, y_label: unit, y2_label: "", x: "minutes", x_label: "minutes", ...extra,
    series: [{ name, kind: "line", axis: "left", decimals: extra.decimals ?? 0, format: extra.format, points }] };
}

/// Pace in minutes per display unit (km or mi) from speed; none under 0.5 m/s (standing still is not an infinitely
/// slow pace).
const paceFor = (metresPerUnit) => (speed) => (speed >= 0.5 ? metresPerUnit / speed / 60 : null);

/// Speeds from the cumulative distance when the file recorded none (a GPX track): each over the shortest stretch
/// of at least 30 s ending at its sample, so one jittery fix does not make a spike.
function speedsFromDistance(samples) {
  const { time_s: t, distance_m: d } = samples;
  const valid = [];
  for (let i = 0; i < t.length; i++) if (t[i] !== null && d[i] !== null) valid.push(i);
  const out = new Array(t.length).fill(null);
  let k = 0;  // the latest valid sample at least 30 s before the current one
  for (let n = 0; n < valid.length; n++) {
    const i = valid[n];
    while (k + 1 < n && t[i] - t[valid[k + 1]] >= 30) k++;
    const j = valid[k];
    if (t[i] - t[j] >= 30) out[i] = (d[i] - d[j]) / (t[i] - t[j]);
  }
  return out;
}

function summary(a, units) {
  const items = [
    ["Start", localStart(a)], ["Sport", `${a.sport}${a.sub_sport && a.sub_sport !== "generic" ? ` (${a.sub_sport})` : ""}`],
    ["Time", duration(a.timer_s ?? a.elapsed_s)], ["Distance", a.distance_m ? units.distance(a.distance_m) : "–"],
    ["Avg / max HR", a.avg_hr_bpm ? `${num(a.avg_hr_bpm)} / ${num(a.max_hr_bpm)} bpm` : "–"],
    ["Ascent", a.ascent_m !== null ? `${num(a.ascent_m)} m` : "–"], ["Calories", a.calories_kcal !== null ? `${num(a.calories_kcal)} kcal` : "–"],
    ["Device", a.device || "–"], ["File", a.source_path],
  ];
  return h("dl", { class: "summary" }, items.map(([k, v]) => [h("dt", {}, k), h("dd", {}, v)]));
}

export async function activityPage(main, id) {
  const [a, samples, units] = await Promise.all([get(`activities/${id}`), get(`activities/${id}/samples`), displayUnits()]);
  const specs = [];
  if (samples.heart_rate_bpm.some((v) => v !== null)) {
    specs.push(channelChart("hr", "Heart rate", "bpm", "Heart rate", samples, samples.heart_rate_bpm, (v) => v));
  }
  const recorded = samples.speed_mps.some((v) => v !== null);
  const speeds = recorded ? samples.speed_mps : speedsFromDistance(samples);
  if (speeds.some((v) => v !== null) && a.sport !== "strength") {
    specs.push(channelChart("pace", `Pace (${units.paceUnit}; up is faster${recorded ? "" : "; from the distance"})`, units.paceUnit, "Pace", samples, speeds, paceFor(units.metresPerUnit),
      { format: "clock", decimals: 2, y_invert: true }));
  }
  if (samples.altitude_m.some((v) => v !== null)) {
    specs.push(channelChart("elevation", "Elevation", "m", "Elevation", samples, samples.altitude_m, (v) => v));
  }
  const figures = specs.map((s) => h("figure", { class: "chart", id: `chart-${s.id}`, dataset: { chart: s.id } },
    h("figcaption", {}, s.title), h("div", { class: "chart-plot" })));
  fill(main,
    h("p", {}, h("a", { href: "/activities" }, "← Activities")),
    h("h1", {}, a.name || `${a.sport} on ${localStart(a).slice(0, 10)}`),
    summary(a, units),
    samples.count > samples.returned ? h("p", { class: "muted" }, `Charts show ${samples.returned} of ${samples.count} samples.`) : null,
    h("div", { class: "activity-charts" }, trackView(samples.lat, samples.lon), figures),
    a.laps.length ? h("section", {}, h("h2", {}, "Laps"), h("table", { id: "laps" },
      h("thead", {}, h("tr", {}, ["#", "Time", "Distance", "Avg HR"].map((t) => h("th", {}, t)))),
      h("tbody", {}, a.laps.map((l, k) => h("tr", {}, h("td", {}, String(k + 1)), h("td", { class: "n" }, duration(l.timer_s ?? l.elapsed_s)),
        h("td", { class: "n" }, l.distance_m ? units.distance(l.distance_m) : ""), h("td", { class: "n" }, l.avg_hr_bpm ? num(l.avg_hr_bpm) : "")))))) : null,
    a.sets.length ? h("section", {}, h("h2", {}, "Sets"), h("table", { id: "sets" },
      h("thead", {}, h("tr", {}, ["Exercise", "Weight", "Reps", "RPE"].map((t) => h("th", {}, t)))),
      h("tbody", {}, a.sets.map((s) => h("tr", { class: s.warmup ? "warmup" : "" }, h("td", {}, s.exercise),
        h("td", { class: "n" }, s.weight_kg !== null ? units.mass(s.weight_kg) : ""), h("td", { class: "n" }, s.reps ?? ""),
        h("td", { class: "n" }, s.rpe ?? "")))))) : null);
  await drawFigures(figures, specs);
  document.body.dataset.chartsDrawn = String(specs.length);
}
