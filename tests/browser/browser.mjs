// What the browser tests share: Debian's Chromium, headless and with nothing that calls home, and a watch on a
// page's network requests and errors (both must stay empty: the report is self-contained).

import { chromium } from "playwright-core";

/// Launches the Chromium at `executablePath` (never a downloaded browser).
export function launchChromium(executablePath) {
  return chromium.launch({
    executablePath,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

/// Collects the page's requests whose URL does not start with `localScheme`, its uncaught errors and its console
/// errors.
export function watchPage(page, localScheme) {
  const network = [];
  const errors = [];
  page.on("request", (request) => { if (!request.url().startsWith(localScheme)) network.push(request.url()); });
  page.on("pageerror", (error) => errors.push(String(error)));
  page.on("console", (message) => { if (message.type() === "error") errors.push(message.text()); });
  return { network, errors };
}
