// The pages' only way to the server: same-origin requests to /api/v1/ (docs/commands/serve.md). An error answer
// ({"error": {code, message, subject, found, allowed, hint}}) becomes an ApiError carrying that object.

export class ApiError extends Error {
  constructor(status, error) {
    super(error?.message || `HTTP ${status}`);
    this.status = status;
    this.error = error || {};
  }
}

async function answer(response) {
  const text = await response.text();
  let body = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    throw new ApiError(response.status, { message: `the server answered ${response.status} without JSON` });
  }
  return { status: response.status, ok: response.ok, body };
}

/// GET /api/v1/PATH with the query `params` (null values left out); the JSON, or an ApiError.
export async function get(path, params = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== "") query.set(k, v);
  const qs = query.toString();
  const { ok, status, body } = await answer(await fetch(`/api/v1/${path}${qs ? `?${qs}` : ""}`));
  if (!ok) throw new ApiError(status, body?.error);
  return body;
}

/// The headers every state change carries: the session's CSRF token (the `ironstride_csrf` cookie the LAN login
/// sets, echoed in X-CSRF-Token; docs/commands/serve.md "On the LAN"). None on this machine, which needs no login.
export function csrfHeaders() {
  const cookie = document.cookie.split("; ").find((c) => c.startsWith("ironstride_csrf="));
  return cookie ? { "X-CSRF-Token": decodeURIComponent(cookie.slice("ironstride_csrf=".length)) } : {};
}

/// A JSON (or, with `contentType`, text) body to /api/v1/PATH; {status, ok, body}, without throwing on a 4xx so a
/// page can show a 422's diagnostics.
export async function send(method, path, body, contentType = "application/json") {
  const response = await fetch(`/api/v1/${path}`, {
    method,
    headers: { "Content-Type": contentType, ...csrfHeaders() },
    body: contentType === "application/json" ? JSON.stringify(body) : body,
  });
  return answer(response);
}

/// One line for an error answer: its message, then what was found and what is allowed.
export function describeError(error) {
  const e = error instanceof ApiError ? error.error : error?.error || { message: String(error?.message || error) };
  const parts = [e.message || "request failed"];
  if (e.subject) parts.push(`(${e.subject})`);
  if (e.found !== undefined && e.found !== null) parts.push(`found: ${e.found}`);
  if (e.allowed) parts.push(`allowed: ${e.allowed}`);
  if (e.hint) parts.push(`— ${e.hint}`);
  return parts.join(" ");
}
