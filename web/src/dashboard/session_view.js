// One planned session as the Today and Plan pages show it: title, time, length, intensity, the workout's steps
// with their targets, and the reasons (rules and evidence) behind it, linked to the plan's rule list when given.

import { h } from "./dom.js";

/// A reason with a link to the rule it names, when `rules` (the plan's rule ids) holds one it mentions.
function reason(text, rules) {
  const id = rules && [...rules].find((r) => text.includes(r));
  return h("li", {}, text, id ? [" ", h("a", { href: `#rule-${id}`, class: "rule-link" }, "rule")] : null);
}

export function sessionView(session, { struck = false, why = true, rules = null } = {}) {
  if (session.kind === "rest") {
    return h("div", { class: "session rest", dataset: { kind: "rest" } }, h("b", {}, "Rest"));
  }
  return h("div", { class: `session ${session.kind} ${struck ? "struck" : ""}`, dataset: { kind: session.kind, type: session.type } },
    h("div", { class: "session-head" },
      h("b", {}, session.title),
      h("span", { class: `badge ${session.intensity}` }, session.intensity),
      h("span", { class: "muted" }, `${session.start} · ${session.duration_min} min`),
      session.lower_body_heavy ? h("span", { class: "badge legs" }, "heavy legs") : null),
    session.steps?.length ? h("ol", { class: "steps" }, session.steps.map((s) => h("li", {}, s))) : null,
    why && session.why?.length
      ? h("details", { class: "why" }, h("summary", {}, "Why"), h("ul", {}, session.why.map((w) => reason(w, rules))))
      : null);
}
