// `/import`: drop files (or pick them) and upload them to POST /api/v1/imports as multipart/form-data, one part
// per file in the field `files`, with the upload's progress in a bar; then the server's import summary
// (docs/commands/serve.md, `POST imports`). XMLHttpRequest rather than fetch: only it reports upload progress;
// the import's own progress comes back as server-sent events in the response, read as they arrive.

import { fill, h } from "../dom.js";
import { csrfHeaders, describeError } from "../api.js";

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

/// The complete server-sent events in `text` from `offset` on: [{event, data}], and where the next one starts.
function takeEvents(text, offset) {
  const events = [];
  let at = offset;
  for (let end = text.indexOf("\n\n", at); end >= 0; end = text.indexOf("\n\n", at)) {
    const block = text.slice(at, end);
    at = end + 2;
    const event = /^event: (.*)$/m.exec(block)?.[1];
    const data = /^data: (.*)$/m.exec(block)?.[1];
    if (event && data) events.push({ event, data: JSON.parse(data) });
  }
  return { events, offset: at };
}

/// Uploads the files, with the bar showing first the bytes sent, then the files imported (the server's events).
function upload(files, bar, status, result) {
  const form = new FormData();
  for (const file of files) form.append("files", file, file.name);
  const request = new XMLHttpRequest();
  request.open("POST", "/api/v1/imports");
  request.setRequestHeader("Accept", "text/event-stream");
  for (const [name, value] of Object.entries(csrfHeaders())) request.setRequestHeader(name, value);
  let read = 0;
  let answer = null;
  let failure = null;
  let events = 0;
  const onEvents = () => {
    const taken = takeEvents(request.responseText, read);
    read = taken.offset;
    for (const { event, data } of taken.events) {
      events += 1;
      if (event === "start") {
        bar.max = Math.max(1, data.files);
        bar.value = 0;
        status.textContent = `Importing ${data.files} file(s)…`;
      } else if (event === "file") {
        bar.value = data.files_done;
        status.textContent = `Imported ${data.files_done} of ${data.files}: ${data.name} (${data.result})`;
      } else if (event === "done") {
        answer = data;
      } else if (event === "error") {
        failure = data;
      }
    }
  };
  request.upload.addEventListener("progress", (event) => {
    if (!event.lengthComputable) return;
    bar.max = event.total;
    bar.value = event.loaded;
    status.textContent = `Uploading… ${Math.round((100 * event.loaded) / event.total)} %`;
  });
  request.upload.addEventListener("load", () => { status.textContent = "Uploaded; importing…"; bar.removeAttribute("value"); });
  request.addEventListener("progress", onEvents);
  request.addEventListener("load", () => {
    const ok = request.status >= 200 && request.status < 300;
    if (ok) onEvents();
    if (ok && answer) {
      bar.value = bar.max;
      status.textContent = `Done: ${files.length} file(s) imported.`;
      fill(result, summaryView(answer));
    } else {
      let body = failure;
      if (!ok) { try { body = JSON.parse(request.responseText); } catch { body = null; } }
      status.textContent = request.status === 404 || request.status === 405
        ? "This server does not accept uploads: use `ironstride import PATH...`."
        : describeError(body || { error: { message: `the import ended without an answer (HTTP ${request.status})` } });
      status.classList.add("error");
    }
    document.body.dataset.importEvents = String(events);
    document.body.dataset.importDone = String(ok && answer ? request.status : request.status || "failed");
  });
  request.addEventListener("error", () => {
    status.textContent = "The upload failed (connection lost).";
    status.classList.add("error");
    document.body.dataset.importDone = "failed";
  });
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
