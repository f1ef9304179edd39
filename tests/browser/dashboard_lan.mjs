// The dashboard from another machine (`serve --host 0.0.0.0`, docs/commands/serve.md "On the LAN"), in headless
// Chromium: without the login the API answers 401; the one-time login URL gives the session and lands on Today;
// then the pages' changes carry the CSRF token: a check-in is saved and an upload imports (with its progress
// events), with no console error. The URL's address is this machine's LAN address, so the requests do not come
// from loopback.
//
//   node dashboard_lan.mjs LOGIN_URL CHROMIUM UPLOAD_FILE
//
// Exit status 0 when every check passes, 1 otherwise.

import { launchChromium, watchPage } from "./browser.mjs";

const [loginUrl, executablePath, uploadFile] = process.argv.slice(2);
if (!loginUrl || !executablePath || !uploadFile) {
  console.error("usage: node dashboard_lan.mjs LOGIN_URL CHROMIUM UPLOAD_FILE");
  process.exit(2);
}
const base = new URL(loginUrl).origin;
const failures = [];
const check = (ok, message) => { if (!ok) failures.push(message); };
const TIMEOUT = 20000;

const browser = await launchChromium(executablePath);
try {
  const page = await browser.newPage();
  const { network, errors } = watchPage(page, base);
  check((await page.request.get(`${base}/api/v1/today`)).status() === 401, "LAN: the API answers without a login");
  await page.goto(loginUrl);
  await page.waitForFunction(() => document.body.dataset.ready, null, { timeout: TIMEOUT });
  check(new URL(page.url()).pathname === "/" && await page.evaluate(() => document.body.dataset.ready) === "true",
        `LAN: the login did not land on a drawn Today (${page.url()})`);
  await page.fill('#checkin-form [name="sleep_h"]', "5.5");
  await page.click("#checkin-form .scale label:nth-child(3)");
  await page.click("#checkin-form button[type=submit]");
  await page.waitForFunction(() => document.querySelector("#checkin-form .status").textContent !== "Saving…" &&
                                   document.querySelector("#checkin-form .status").textContent !== "", null, { timeout: TIMEOUT });
  const saved = await page.textContent("#checkin-form .status");
  check(/saved|replaced/.test(saved), `LAN: the check-in was not saved: ${saved}`);
  await page.goto(`${base}/import`);
  await page.waitForFunction(() => document.body.dataset.ready, null, { timeout: TIMEOUT });
  await page.setInputFiles("#import-files", uploadFile);
  await page.waitForFunction(() => document.body.dataset.importDone, null, { timeout: TIMEOUT });
  check(await page.evaluate(() => document.body.dataset.importDone) === "200", "LAN: the upload was refused");
  check(network.length === 0, `LAN: requests outside the server: ${network.join(", ")}`);
  check(errors.length === 0, `LAN: console errors: ${errors.join("; ")}`);
} finally {
  await browser.close();
}

if (failures.length > 0) {
  console.error(`dashboard_lan: ${failures.length} check(s) failed:\n  ${failures.join("\n  ")}`);
  process.exit(1);
}
console.log("dashboard_lan: 401 before the login; after it a check-in and an upload carry the CSRF token");
