// Building the pages' DOM from data without innerHTML: every text from the API goes in as a text node, so nothing
// the athlete typed (a profile name, an activity name) can become markup.

/// h("p", {class: "x", onclick: f}, "text", child, [more children]) → the element.
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith("on") && typeof value === "function") element.addEventListener(name.slice(2), value);
    else if (name === "dataset") Object.assign(element.dataset, value);
    else element.setAttribute(name, value === true ? "" : String(value));
  }
  append(element, children);
  return element;
}

/// Replaces an element's children with `children` (nested arrays flattened, null and false left out), as h() does.
export function fill(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(element, child);
    else element.append(child instanceof Node ? child : String(child));
  }
}

/// A number with fixed decimals, or "–" for null.
export function num(value, decimals = 0) {
  return value === null || value === undefined ? "–" : Number(value).toFixed(decimals);
}

/// Seconds as h:mm:ss (or m:ss under an hour).
export function duration(seconds) {
  if (seconds === null || seconds === undefined) return "–";
  const total = Math.round(seconds);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const rest = String(total % 60).padStart(2, "0");
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${rest}` : `${minutes}:${rest}`;
}
