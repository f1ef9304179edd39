// `/plan`: the coming weeks of GET /api/v1/plan as a calendar (a row of seven days a week; a column on a phone):
// each session's steps and targets with the rules behind it, each day's food and sleep targets, the week's notes
// and what could not be placed, then every rule the planner applies.

import { get } from "../api.js";
import { fill, h, num } from "../dom.js";
import { sessionView } from "../session_view.js";

function day(d, today, rules) {
  const n = d.nutrition;
  return h("div", { class: `day ${d.date === today ? "today" : ""}`, dataset: { date: d.date } },
    h("div", { class: "day-head" }, h("b", {}, d.weekday), " ", d.date.slice(5)),
    d.sessions.map((s) => sessionView(s, { rules })),
    h("p", { class: "day-food muted" },
      `${num(n.kcal)} kcal · P ${num(n.protein_g)} · C ${num(n.carbs_g)} · F ${num(n.fat_g)} g · sleep ${num(d.sleep_target_h, 1)} h`),
    n.event_fuel ? h("p", { class: "muted" }, n.event_fuel) : null);
}

function week(w, today, rules) {
  return h("section", { class: "week", dataset: { index: w.index, phase: w.phase } },
    h("h2", {}, `Week ${w.index} · ${w.start} · ${w.phase}`),
    h("p", { class: "muted" },
      `${num(w.run_minutes, 0)} running min · ${num(w.moderate_equivalent_minutes, 0)} moderate-equivalent min · ${w.strength_days} lifting days`),
    w.notes.length ? h("ul", { class: "notes" }, w.notes.map((n) => h("li", {}, n))) : null,
    w.unplaced.length
      ? h("ul", { class: "unplaced" }, w.unplaced.map((u) => h("li", {}, `Not placed: ${u.type} ${u.duration_min} min (${u.rule}; ${u.window})`)))
      : null,
    h("div", { class: "days" }, w.days.map((d) => day(d, today, rules))));
}

export async function planPage(main) {
  const params = new URLSearchParams(location.search);
  const weeks = params.get("weeks") || "4";
  const plan = await get("plan", { weeks, start: params.get("start") });
  const today = new Date().toISOString().slice(0, 10);
  // Longest first, so a reason naming "no-hard-run-24h-before-heavy-legs" is not linked to a shorter id inside it.
  const rules = new Set(plan.rules.map((r) => r.id).sort((a, b) => b.length - a.length));
  const chooser = h("form", { class: "inline", method: "get", action: "/plan" },
    h("label", {}, "Weeks ", h("select", { name: "weeks", onchange: (e) => e.target.form.submit() },
      [1, 2, 4, 8, 12, 26].map((n) => h("option", { value: n, selected: String(n) === weeks }, String(n))))));
  fill(main,
    h("h1", {}, `Plan for ${plan.athlete}`),
    h("p", {}, `${plan.weeks_count} weeks from ${plan.start}`, plan.event ? ` · ${plan.event.kind} on ${plan.event.date}` : "",
      ` · guidelines ${plan.guidelines.met ? "met" : "not met"} (${num(plan.guidelines.final_moderate_equivalent_min)} min, ${plan.guidelines.final_strength_days} strength days)`),
    chooser,
    plan.warnings.length
      ? h("ul", { class: "warnings" }, plan.warnings.map((w) => h("li", {}, h("b", {}, `${w.rule}: `), w.message)))
      : null,
    plan.weeks.map((w) => week(w, today, rules)),
    h("section", { id: "rules" }, h("h2", {}, "The rules behind the plan"),
      h("dl", { class: "rules" }, plan.rules.map((r) => [
        h("dt", { id: `rule-${r.id}` }, r.id, r.hard ? h("span", { class: "badge" }, "hard") : null),
        h("dd", {}, r.summary, h("br"), h("small", { class: "muted" }, r.evidence))]))));
}
