// `/import`: drop files (or pick them) and upload them to POST /api/v1/imports as multipart/form-data, one part
// per file in the field `files`, with the upload's progress in a bar; then the server's import summary
// (docs/commands/serve.md, `POST imports`). XMLHttpRequest rather than fetch: only it reports upload progress.

import { fill, h } from "../dom.js";
import { describeError } from "../api.js";

/// The answer's import summary (the document of `ironstride import --json`): the counts, then each skipped file
/// with its reason.
function summaryView(answer) {
  const s = answer.import;
  const counts = ["files", "imported", "unchanged", "duplicates", "empty", "failed", "activities"]
    .map((k) => h("li", { dataset: { key: k } }, `${k}: `, h("b", {}, String(s[k]))));
  const skipped = s.skipped.map((f) => h("li", { class: "failed" }, `${f.path || ""}: ${f.reason}`));
  return h("div", { id: "import-summary" }, h("ul", { class: "counts" }, counts),
    skipped.length ? [h("h2", {}, "Skipped"), h("ul", { class: "files" }, skipped)] : null,
    s.imported > 0 ? h("p", {}, h("a", { href: "/activities" }, "See the activities")) : null);
}

function upload(files, bar, status, result) {
  const form = new FormData();
  for (const file of files) form.append("files", file, file.name);
  const request = new XMLHttpRequest();
  request.open("POST", "/api/v1/imports");
  request.upload.addEventListener("progress", (event) => {
    if (!event.lengthComputable) return;
    bar.max = event.total;
    bar.value = event.loaded;
    status.textContent = `Uploading… ${Math.round((100 * event.loaded) / event.total)} %`;
  });
  request.upload.addEventListener("load", () => { status.textContent = "Uploaded; importing…"; bar.removeAttribute("value"); });
  request.addEventListener("load", () => {
    let body = null;
    try { body = JSON.parse(request.responseText); } catch { body = null; }
    bar.max = 1;
    bar.value = 1;
    if (request.status >= 200 && request.status < 300 && body) {
      status.textContent = `Done: ${files.length} file(s) sent.`;
      fill(result, summaryView(body));
    } else {
      status.textContent = request.status === 404 || request.status === 405
        ? "This server does not accept uploads yet: use `ironstride import PATH...`."
        : describeError(body || { error: { message: `HTTP ${request.status}` } });
      status.classList.add("error");
    }
    document.body.dataset.importDone = String(request.status);
  });
  request.addEventListener("error", () => { status.textContent = "The upload failed (connection lost)."; status.classList.add("error"); });
  request.send(form);
}

export async function importPage(main) {
  const input = h("input", { type: "file", multiple: true, id: "import-files", accept: ".fit,.gpx,.tcx,.csv,.zip" });
  const bar = h("progress", { id: "import-progress", max: 1, value: 0 });
  const status = h("p", { class: "status", role: "status" });
  const result = h("div");
  const send = (files) => { if (files.length) { status.classList.remove("error"); upload([...files], bar, status, result); } };
  const zone = h("div", { class: "dropzone", id: "dropzone", tabindex: 0 },
    h("p", {}, "Drop FIT, GPX, TCX or CSV files here"), h("p", { class: "muted" }, "or"),
    h("label", { class: "button" }, "Choose files", input));
  input.addEventListener("change", () => send(input.files));
  zone.addEventListener("dragover", (e) => { e.preventDefault(); zone.classList.add("over"); });
  zone.addEventListener("dragleave", () => zone.classList.remove("over"));
  zone.addEventListener("drop", (e) => { e.preventDefault(); zone.classList.remove("over"); send(e.dataTransfer.files); });
  fill(main, h("h1", {}, "Import"), zone, bar, status, result);
}
