// `/activities`: GET /api/v1/activities, newest first, optionally of one sport; each row links to the activity.

import { get } from "../api.js";
import { duration, fill, h, num } from "../dom.js";
import { displayUnits } from "../units.js";

const SPORTS = ["running", "walking", "hiking", "cycling", "swimming", "strength", "other"];

/// The local start "2026-11-20 07:31" from the UTC start and the file's UTC offset (UTC when it had none); "–" for
/// a file without times.
export function localStart(a) {
  const utc = Date.parse(a.start_utc);
  if (Number.isNaN(utc)) return "–";
  const offset = a.utc_offset_min ?? 0;
  return new Date(utc + offset * 60000).toISOString().slice(0, 16).replace("T", " ") + (a.utc_offset_min === null ? " UTC" : "");
}

export async function activitiesPage(main) {
  const params = new URLSearchParams(location.search);
  const sport = params.get("sport") || "";
  const [list, units] = await Promise.all([get("activities", { sport, from: params.get("from"), to: params.get("to") }), displayUnits()]);
  list.reverse();
  const filter = h("form", { class: "inline", method: "get", action: "/activities" },
    h("label", {}, "Sport ", h("select", { name: "sport", onchange: (e) => e.target.form.submit() },
      h("option", { value: "" }, "all"), SPORTS.map((s) => h("option", { value: s, selected: s === sport }, s)))));
  const rows = list.map((a) => h("tr", { dataset: { id: a.id } },
    h("td", {}, h("a", { href: `/activities/${a.id}` }, localStart(a))),
    h("td", {}, a.sport),
    h("td", { class: "wide" }, a.name || ""),
    h("td", { class: "n" }, duration(a.timer_s ?? a.elapsed_s)),
    h("td", { class: "n" }, a.distance_m ? units.distance(a.distance_m) : ""),
    h("td", { class: "n wide" }, a.avg_hr_bpm ? `${num(a.avg_hr_bpm)} bpm` : ""),
    h("td", { class: "n wide" }, a.set_count ? `${a.set_count} sets` : "")));
  fill(main,
    h("h1", {}, "Activities"),
    filter,
    list.length === 0
      ? h("p", {}, "No activities yet: ", h("a", { href: "/import" }, "import some"), ".")
      : h("table", { class: "activities", id: "activities" },
        h("thead", {}, h("tr", {}, ["Start", "Sport", "Name", "Time", "Distance", "Avg HR", "Sets"].map((t, k) =>
          h("th", { class: k === 2 || k >= 5 ? "wide" : "" }, t)))),
        h("tbody", {}, rows)));
}
