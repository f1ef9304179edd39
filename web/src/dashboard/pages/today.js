// `/`: this morning's readiness light, today's sessions as adapted to it, the food and sleep targets, and the
// check-in and weigh-in forms (POST /api/v1/checkins, /api/v1/weighins), laid out for one thumb on a 390 px phone.

import { describeError, get, send } from "../api.js";
import { fill, h, num } from "../dom.js";
import { sessionView } from "../session_view.js";
import { displayUnits } from "../units.js";

const KG_PER_LB = 0.45359237;

function readiness(r) {
  return h("section", { class: `readiness ${r.level}`, id: "readiness", dataset: { level: r.level } },
    h("div", { class: "light", "aria-hidden": "true" }),
    h("div", {},
      h("h2", {}, `Readiness: ${r.level}`),
      h("p", {}, r.summary),
      r.checked_in ? null : h("p", { class: "muted" }, "No check-in yet today: only form is judged."),
      h("ul", { class: "factors" }, r.factors.map((f) =>
        h("li", { class: f.level, dataset: { key: f.key } }, h("b", {}, `${f.key}: `), f.reason)))));
}

function sessions(list) {
  return h("section", { id: "sessions" }, h("h2", {}, "Today's session"),
    list.map((s) => h("div", { class: "today-session" },
      s.adapted ? [h("p", { class: "adapted" }, `Adapted: ${s.reason || ""}`), sessionView(s.adapted),
        h("p", { class: "muted" }, "Planned:"), sessionView(s.planned, { struck: true, why: false })]
        : sessionView(s.planned))));
}

function targets(today, units) {
  const n = today.nutrition;
  return h("section", { id: "targets" }, h("h2", {}, "Food and sleep"),
    h("dl", { class: "targets" },
      h("dt", {}, "Energy"), h("dd", { dataset: { key: "kcal" } }, `${num(n.kcal)} kcal`),
      h("dt", {}, "Protein"), h("dd", { dataset: { key: "protein_g" } }, `${num(n.protein_g)} g`),
      h("dt", {}, "Carbohydrate"), h("dd", { dataset: { key: "carbs_g" } }, `${num(n.carbs_g)} g`),
      h("dt", {}, "Fat"), h("dd", { dataset: { key: "fat_g" } }, `${num(n.fat_g)} g`),
      h("dt", {}, "Sleep"), h("dd", { dataset: { key: "sleep_target_h" } }, `${num(today.sleep_target_h, 1)} h`)),
    h("p", { class: "muted" }, `Day load: ${n.load}; sized for ${units.mass(today.body.weight_kg)} (${today.body.weight_source}).`));
}

function field(label, input, hint) {
  return h("label", { class: "field" }, h("span", {}, label), input, hint ? h("small", {}, hint) : null);
}

function numberInput(name, attributes) {
  return h("input", { name, type: "number", inputmode: "decimal", ...attributes });
}

/// The value of an optional number field, or null when left empty.
function optional(form, name) {
  const value = form.elements[name].value.trim();
  return value === "" ? null : Number(value);
}

function checkinForm(date, onSaved) {
  const status = h("p", { class: "status", role: "status" });
  const soreness = h("div", { class: "scale", role: "radiogroup", "aria-label": "Soreness 1 to 10" },
    Array.from({ length: 10 }, (_, i) => h("label", {},
      h("input", { type: "radio", name: "soreness", value: i + 1, required: true }), h("span", {}, String(i + 1)))));
  const form = h("form", { id: "checkin-form", class: "card" },
    h("h2", {}, "Check in"),
    field("Sleep (hours)", numberInput("sleep_h", { step: "0.1", min: "0", max: "24", required: true })),
    h("fieldset", {}, h("legend", {}, "Soreness (1 none – 10 very)"), soreness),
    h("div", { class: "row" },
      field("Resting HR", numberInput("resting_hr_bpm", { step: "1", min: "20", max: "150", inputmode: "numeric" }), "bpm"),
      field("HRV", numberInput("hrv_ms", { step: "1", min: "1", max: "500", inputmode: "numeric" }), "ms"),
      field("RPE", numberInput("rpe", { step: "1", min: "1", max: "10", inputmode: "numeric" }), "yesterday")),
    h("button", { type: "submit" }, "Save check-in"),
    status);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const body = {
      date,
      sleep_h: Number(form.elements.sleep_h.value),
      soreness: Number(form.elements.soreness.value),
      resting_hr_bpm: optional(form, "resting_hr_bpm"),
      hrv_ms: optional(form, "hrv_ms"),
      rpe: optional(form, "rpe"),
    };
    status.textContent = "Saving…";
    try {
      const result = await send("POST", "checkins", body);
      if (!result.ok) throw result.body;
      status.textContent = result.body.replaced ? "Check-in replaced." : "Check-in saved.";
      await onSaved();
    } catch (error) {
      status.textContent = describeError(error);
      status.classList.add("error");
    }
  });
  return form;
}

function weighinForm(date, units, onSaved) {
  const status = h("p", { class: "status", role: "status" });
  const unit = h("select", { name: "unit", "aria-label": "unit" }, h("option", { value: "kg" }, "kg"), h("option", { value: "lb" }, "lb"));
  unit.value = localStorage.getItem("ironstride.weightUnit") || units.massUnit;
  const form = h("form", { id: "weighin-form", class: "card" },
    h("h2", {}, "Weigh in"),
    h("div", { class: "row" },
      field("Weight", numberInput("weight", { step: "0.1", min: "20", max: "400", required: true })),
      field("Unit", unit),
      field("Body fat", numberInput("body_fat_pct", { step: "0.1", min: "2", max: "70" }), "%")),
    h("button", { type: "submit" }, "Save weigh-in"),
    status);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    localStorage.setItem("ironstride.weightUnit", unit.value);
    const weight = Number(form.elements.weight.value);
    const body = { date, weight_kg: unit.value === "lb" ? weight * KG_PER_LB : weight, body_fat_pct: optional(form, "body_fat_pct") };
    status.textContent = "Saving…";
    try {
      const result = await send("POST", "weighins", body);
      if (!result.ok) throw result.body;
      const kg = result.body.weighin.weight_kg;
      status.textContent = `Weigh-in saved: ${num(kg, 1)} kg${unit.value === "lb" ? ` (${num(kg / KG_PER_LB, 1)} lb)` : ""}.`;
      await onSaved();
    } catch (error) {
      status.textContent = describeError(error);
      status.classList.add("error");
    }
  });
  return form;
}

export async function todayPage(main) {
  const [today, units] = await Promise.all([get("today"), displayUnits()]);
  const summary = h("div", { id: "today-summary" });
  const drawSummary = (t) => fill(summary, readiness(t.readiness), sessions(t.sessions), targets(t, units),
    t.notes?.length ? h("ul", { class: "notes" }, t.notes.map((n) => h("li", {}, n))) : null);
  drawSummary(today);
  const refresh = async () => drawSummary(await get("today"));
  fill(main,
    h("h1", {}, `${today.athlete}, ${today.date}`),
    summary,
    h("div", { class: "forms" }, checkinForm(today.date, refresh), weighinForm(today.date, units, refresh)));
}
