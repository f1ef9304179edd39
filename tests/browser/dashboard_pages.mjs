// Every page of the dashboard in headless Chromium (Debian's), against a running `ironstride serve` over a
// generated history (tests/integration/dashboard.test.sh starts it): each page at 1280 and 390 px renders with no
// console error, no request outside the server and nothing wider than the phone; the check-in form changes
// GET /api/v1/today; the weigh-in form stores a weigh-in; the profile form shows a line:column error for a bad value
// and writes nothing; an upload imports a GPX file; the charts hold the API's numbers. Screenshots of each page at
// both widths go to SHOTS_DIR.
//
//   node dashboard_pages.mjs SERVER_URL CHROMIUM SHOTS_DIR UPLOAD_FILE
//
// Exit status 0 when every check passes, 1 otherwise.

import { launchChromium, watchPage } from "./browser.mjs";

const [serverUrl, executablePath, shotsDir, uploadFile] = process.argv.slice(2);
if (!serverUrl || !executablePath || !shotsDir || !uploadFile) {
  console.error("usage: node dashboard_pages.mjs SERVER_URL CHROMIUM SHOTS_DIR UPLOAD_FILE");
  process.exit(2);
}
const base = serverUrl.replace(/\/$/, "");
const failures = [];
const check = (ok, message) => { if (!ok) failures.push(message); };
const near = (a, b) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
const sameNumbers = (actual, expected, what) => {
  check(actual.length === expected.length, `${what}: ${actual.length} values in the chart, ${expected.length} in the API`);
  const bad = actual.findIndex((v, i) => !near(v, expected[i]));
  check(bad < 0, `${what}[${bad}]: chart ${actual[bad]}, API ${expected[bad]}`);
};
const api = async (path) => {
  const response = await fetch(`${base}/api/v1/${path}`);
  if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
  return response.json();
};

const WIDTHS = [{ name: "desktop", width: 1280, height: 900 }, { name: "phone", width: 390, height: 844 }];
const TIMEOUT = 20000;

/// Opens a page, waits until its script says it is drawn, and checks the page-wide rules; returns the page.
/// `expectedStatus`: an HTTP error the page provokes on purpose (the profile's 422), which Chromium logs as a console
/// error; any other error counts.
async function visit(context, path, label, { charts = false, expectedStatus = null } = {}) {
  const page = await context.newPage();
  const { network, errors: logged } = watchPage(page, base);
  const expected = expectedStatus && `Failed to load resource: the server responded with a status of ${expectedStatus}`;
  await page.goto(base + path);
  await page.waitForFunction(() => document.body.dataset.ready, null, { timeout: TIMEOUT });
  const ready = await page.evaluate(() => document.body.dataset.ready);
  check(ready === "true", `${label}: the page says ${ready}: ${await page.locator("main").innerText()}`);
  if (charts) await page.waitForFunction(() => document.body.dataset.chartsDrawn, null, { timeout: TIMEOUT });
  page.checkClean = () => {
    const errors = logged.filter((e) => !expected || !e.startsWith(expected));
    check(network.length === 0, `${label}: requests outside the server: ${network.join(", ")}`);
    check(errors.length === 0, `${label}: console errors: ${errors.join("; ")}`);
  };
  return page;
}

async function finish(page, label, viewport) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  check(overflow <= 1, `${label}: ${overflow} px wider than the ${viewport.width} px window`);
  await page.screenshot({ path: `${shotsDir}/${label.replace(/[^a-z0-9]+/gi, "-")}.png`, fullPage: true });
  page.checkClean();
  await page.close();
}

/// The legend rows' numbers of each chart on the page: {chartId: [[values of series 0], ...]}.
const chartValues = (page) => page.evaluate(() => Object.fromEntries([...document.querySelectorAll("figure.chart")].map((f) => [
  f.dataset.chart,
  [...f.querySelectorAll(".series")].map((row) => (row.dataset.values || "").split(",").filter((v) => v !== "").map(Number)),
])));

const browser = await launchChromium(executablePath);
try {
  const report = await api("report");
  const activities = await api("activities");
  const withTrack = activities.find((a) => a.format === "gpx");
  check(withTrack !== undefined, "the history under test has no GPX activity");
  check(report.series.daily.length > 0 && report.series.lifts.length > 0, "the report under test has no series");

  for (const viewport of WIDTHS) {
    const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height } });
    const tag = (name) => `${name}-${viewport.name}`;

    // Today, and the check-in form (on the phone only: one thumb at 390 px) changing GET /api/v1/today.
    let page = await visit(context, "/", tag("today"));
    const before = await api("today");
    const light = await page.getAttribute("#readiness", "data-level");
    check(light === before.readiness.level, `today: light ${light}, API ${before.readiness.level}`);
    check(await page.locator("#sessions .session").count() >= 1, "today: no session shown");
    check((await page.textContent('[data-key="kcal"]')).startsWith(String(Math.round(before.nutrition.kcal))),
          "today: the energy target is not the API's");
    if (viewport.name === "phone") {
      const button = await page.locator("#checkin-form button[type=submit]").boundingBox();
      check(button && button.height >= 44 && button.width >= 300, `today: the check-in button is ${JSON.stringify(button)}`);
      await page.fill('#checkin-form [name="sleep_h"]', "4.2");
      await page.click('#checkin-form .scale label:nth-child(9)');
      await page.fill('#checkin-form [name="resting_hr_bpm"]', "66");
      await page.click("#checkin-form button[type=submit]");
      await page.waitForFunction(() => /saved|replaced/.test(document.querySelector("#checkin-form .status").textContent), null, { timeout: TIMEOUT });
      const after = await api("today");
      check(JSON.stringify(after) !== JSON.stringify(before), "check-in: GET /api/v1/today did not change");
      check(after.readiness.checked_in, "check-in: today does not see the check-in");
      const sleep = after.readiness.factors.find((f) => f.key === "sleep");
      check(sleep && near(sleep.value, 4.2), `check-in: today's sleep is ${sleep?.value}, not 4.2`);
      await page.waitForFunction((level) => document.querySelector("#readiness")?.dataset.level === level, after.readiness.level, { timeout: TIMEOUT });
      // The weigh-in form.
      await page.fill('#weighin-form [name="weight"]', "81.4");
      await page.click("#weighin-form button[type=submit]");
      await page.waitForFunction(() => /saved/.test(document.querySelector("#weighin-form .status").textContent), null, { timeout: TIMEOUT });
      check(/81\.4 kg/.test(await page.textContent("#weighin-form .status")), "weigh-in: not confirmed with 81.4 kg");
    }
    await finish(page, tag("today"), viewport);

    // Plan: a week calendar with steps and the rules.
    page = await visit(context, "/plan", tag("plan"));
    const plan = await api("plan?weeks=4");
    check(await page.locator(".week").count() === plan.weeks.length, "plan: not one block per week");
    check(await page.locator(".day").count() === 7 * plan.weeks.length, "plan: not seven days a week");
    check(await page.locator("#rules dt").count() === plan.rules.length, "plan: not every rule listed");
    // A rest day says "Rest"; every other session shows each of its steps.
    const steps = plan.weeks.flatMap((w) => w.days.flatMap((d) => d.sessions.filter((s) => s.kind !== "rest").flatMap((s) => s.steps)));
    check(await page.locator(".steps li").count() === steps.length, "plan: not every step shown");
    const links = await page.$$eval("a.rule-link", (list) => list.map((a) => a.getAttribute("href")));
    check(links.length > 0, "plan: no reason links to its rule");
    const dangling = await page.evaluate((hrefs) => hrefs.filter((href) => !document.querySelector(href)), links);
    check(dangling.length === 0, `plan: reasons link to rules not listed: ${dangling}`);
    await finish(page, tag("plan"), viewport);

    // Verdict: answer, findings, and charts holding the report's numbers (metric profile: km and kg).
    page = await visit(context, "/verdict", tag("verdict"), { charts: true });
    const now = await api("report");
    check((await page.textContent("#answer")) === now.answer, "verdict: the answer differs from the API's");
    const ids = await page.$$eval("article.finding", (list) => list.map((a) => a.id.replace(/^finding-/, "")));
    check(JSON.stringify(ids) === JSON.stringify(now.findings.map((f) => f.id)), `verdict: findings ${ids}`);
    const drawn = await page.$$eval("figure.chart", (list) => list.map((f) => f.dataset.drawn));
    check(drawn.length === 7 && drawn.every((d) => d === "true"), `verdict: charts drawn ${drawn}`);
    const values = await chartValues(page);
    const s = now.series;
    sameNumbers(values.load[0], s.daily.map((d) => d.ctl), "verdict load/CTL");
    sameNumbers(values.load[2], s.daily.map((d) => d.tsb), "verdict load/TSB");
    sameNumbers(values.volume[0], s.weekly.map((w) => Math.round(w.run_m) / 1000), "verdict volume/km");
    sameNumbers(values.volume[1], s.weekly.map((w) => w.hard_sets), "verdict volume/hard sets");
    s.lifts.forEach((lift, k) => sameNumbers(values.e1rm[k], lift.sessions.map((x) => x.e1rm_kg), `verdict e1rm/${lift.name}`));
    sameNumbers(values.bodyweight[0], s.body.points.map((p) => p.weight_kg), "verdict bodyweight");
    sameNumbers(values.bodyweight[1], s.body.points.map((p) => p.smoothed_kg), "verdict bodyweight trend");
    sameNumbers(values.sleep[0], s.sleep.nights.map((n) => n.hours), "verdict sleep");
    sameNumbers(values.intake[0], s.nutrition.days.map((d) => d.intake_kcal), "verdict intake");
    sameNumbers(values.intake[1], s.nutrition.days.map((d) => d.target_kcal), "verdict intake target");
    const zero = await page.evaluate(() => document.querySelector("#chart-volume .chart-plot").chart.plot.scales.y.min);
    check(zero === 0, `verdict: the running axis starts at ${zero}`);
    await finish(page, tag("verdict"), viewport);

    // Activities and one activity with a track.
    page = await visit(context, "/activities", tag("activities"));
    check(await page.locator("#activities tbody tr").count() === (await api("activities")).length, "activities: not one row each");
    await finish(page, tag("activities"), viewport);
    if (withTrack) {
      page = await visit(context, `/activities/${withTrack.id}`, tag("activity"), { charts: true });
      const samples = await api(`activities/${withTrack.id}/samples`);
      const positions = samples.lat.filter((v, i) => v !== null && samples.lon[i] !== null).length;
      check(Number(await page.getAttribute("#track svg", "data-points")) === positions, "activity: the track does not hold every position");
      const charts = await chartValues(page);
      const elevation = samples.altitude_m.filter((v, i) => v !== null && samples.time_s[i] !== null);
      check(charts.elevation !== undefined, "activity: no elevation chart");
      check(charts.pace !== undefined && charts.pace[0].length > 0, "activity: no pace chart (from the distance when no speed)");
      if (charts.elevation) sameNumbers(charts.elevation[0], elevation, "activity elevation");
      if (charts.hr) sameNumbers(charts.hr[0], samples.heart_rate_bpm.filter((v, i) => v !== null && samples.time_s[i] !== null), "activity HR");
      await finish(page, tag("activity"), viewport);
    }

    // Import: the page, and (once) an upload that imports a GPX file with the progress bar run to its end.
    page = await visit(context, "/import", tag("import"));
    if (viewport.name === "desktop") {
      const count = (await api("activities")).length;
      await page.setInputFiles("#import-files", uploadFile);
      await page.waitForFunction(() => document.body.dataset.importDone, null, { timeout: TIMEOUT });
      check(await page.evaluate(() => document.body.dataset.importDone) === "200", "import: the upload was not accepted");
      const bar = await page.evaluate(() => { const b = document.getElementById("import-progress"); return [b.value, b.max]; });
      check(bar[0] === 1 && bar[1] === 1, `import: the progress bar ends at ${bar[0]} of ${bar[1]}, not 1 of 1 file`);
      // start, one file, done: the import's progress came as server-sent events.
      check(await page.evaluate(() => document.body.dataset.importEvents) === "3", "import: not start, file and done events");
      check((await api("activities")).length === count + 1, "import: the uploaded GPX is not among the activities");
      check(/imported: 1/.test(await page.textContent("#import-summary")), "import: the summary does not say 1 imported");
    }
    await finish(page, tag("import"), viewport);

    // Profile: a bad value gets its line:column, and the file is not written.
    page = await visit(context, "/profile", tag("profile"), { expectedStatus: 422 });
    const original = (await api("profile")).toml;
    const lines = original.split("\n");
    const ageLine = lines.findIndex((l) => /^age\s*=/.test(l));
    check(ageLine >= 0, "profile: the generated profile has no age line");
    lines[ageLine] = "age = 300";
    await page.fill("#profile-toml", lines.join("\n"));
    await page.click("#profile-form button[type=submit]");
    await page.waitForFunction(() => document.getElementById("profile-diagnostics").dataset.state === "answered", null, { timeout: TIMEOUT });
    const where = await page.$$eval("#profile-diagnostics .diagnostic.error .where", (list) => list.map((a) => a.textContent));
    check(where.some((w) => new RegExp(`^${ageLine + 1}:\\d+$`).test(w)), `profile: no error at line ${ageLine + 1}: ${where}`);
    check((await api("profile")).toml === original, "profile: a profile with an error was written");
    await finish(page, tag("profile-error"), viewport);
    await context.close();
  }
} finally {
  await browser.close();
}

if (failures.length > 0) {
  console.error(`dashboard_pages: ${failures.length} check(s) failed:\n  ${failures.join("\n  ")}`);
  process.exit(1);
}
console.log(`dashboard_pages: 7 pages at 1280 and 390 px, check-in, weigh-in, upload, profile error and charts all hold; screenshots in ${shotsDir}`);
