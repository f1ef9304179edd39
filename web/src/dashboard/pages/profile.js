// `/profile`: the profile's TOML in a textarea (GET /api/v1/profile); saving PUTs it back and shows the check's
// diagnostics inline, each with its line:column — a click puts the cursor there. A profile with errors is not
// written (422), so the athlete can fix it in place.

import { get, send, describeError } from "../api.js";
import { fill, h } from "../dom.js";

/// The offset in `text` of 1-based `line` and `column`.
function offsetOf(text, line, column) {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf("\n", offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return Math.min(text.length, offset + Math.max(0, (column || 1) - 1));
}

function diagnosticsView(check, textarea) {
  const list = check.diagnostics.map((d) => {
    const where = d.line ? `${d.line}:${d.column ?? 1}` : "";
    return h("li", { class: `diagnostic ${d.severity}`, dataset: { line: d.line ?? "", column: d.column ?? "" } },
      where ? h("a", { href: "#", class: "where", onclick: (e) => {
        e.preventDefault();
        const at = offsetOf(textarea.value, d.line, d.column);
        textarea.focus();
        textarea.setSelectionRange(at, at);
      } }, where) : null,
      " ", h("b", {}, d.severity), d.subject ? ` ${d.subject}:` : "", ` ${d.message}`,
      d.hint ? h("small", {}, ` (${d.hint})`) : null);
  });
  const head = check.valid ? `Valid${check.warnings ? `, ${check.warnings} warning(s)` : ""}.` : `${check.errors} error(s): not saved.`;
  return [h("p", { class: check.valid ? "ok" : "error" }, head), h("ul", { class: "diagnostics" }, list)];
}

export async function profilePage(main) {
  const profile = await get("profile");
  const textarea = h("textarea", { id: "profile-toml", name: "toml", spellcheck: "false", rows: 24 });
  textarea.value = profile.toml;
  const diagnostics = h("div", { id: "profile-diagnostics", role: "status" }, diagnosticsView(profile.check, textarea));
  const form = h("form", { id: "profile-form" }, textarea, h("button", { type: "submit" }, "Save profile"), diagnostics);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      const result = await send("PUT", "profile", textarea.value, "application/toml");
      if (result.body?.check) {
        fill(diagnostics, ...diagnosticsView(result.body.check, textarea),
          result.body.saved ? h("p", { class: "ok saved" }, "Saved.") : null);
      } else {
        fill(diagnostics, h("p", { class: "error" }, describeError(result.body)));
      }
    } catch (error) {
      fill(diagnostics, h("p", { class: "error" }, describeError(error)));
    }
    diagnostics.dataset.state = "answered";
  });
  fill(main, h("h1", {}, "Profile"), h("p", { class: "muted" }, "The athlete profile (docs/profile.md); checked like `ironstride profile check` before it is written."), form);
}
