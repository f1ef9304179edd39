// The dashboard's entry point: picks the page for the location's path (the server answers every page path with the
// same shell, dashboard.html), draws it into <main id="page">, and marks <body data-page="NAME" data-ready="true">
// when it is drawn (or data-ready="error" with the message shown): the browser tests wait for it.

import "./dashboard.css";

import { describeError } from "./api.js";
import { fill, h } from "./dom.js";
import { activitiesPage } from "./pages/activities.js";
import { activityPage } from "./pages/activity.js";
import { importPage } from "./pages/import.js";
import { planPage } from "./pages/plan.js";
import { profilePage } from "./pages/profile.js";
import { todayPage } from "./pages/today.js";
import { verdictPage } from "./pages/verdict.js";

const ROUTES = [
  { pattern: /^\/$/, name: "today", title: "Today", page: todayPage },
  { pattern: /^\/plan$/, name: "plan", title: "Plan", page: planPage },
  { pattern: /^\/verdict$/, name: "verdict", title: "Verdict", page: verdictPage },
  { pattern: /^\/activities$/, name: "activities", title: "Activities", page: activitiesPage },
  { pattern: /^\/activities\/(\d+)$/, name: "activity", nav: "activities", title: "Activity", page: activityPage },
  { pattern: /^\/import$/, name: "import", title: "Import", page: importPage },
  { pattern: /^\/profile$/, name: "profile", title: "Profile", page: profilePage },
];

async function start() {
  const main = document.getElementById("page");
  const path = location.pathname.replace(/\/+$/, "") || "/";
  const route = ROUTES.find((r) => r.pattern.test(path));
  if (!route) {
    fill(main, h("p", { class: "error" }, `No page at ${path}.`));
    document.body.dataset.ready = "error";
    return;
  }
  const args = path.match(route.pattern).slice(1);
  document.title = `${route.title} · ironstride`;
  document.body.dataset.page = route.name;
  for (const link of document.querySelectorAll("[data-nav]")) {
    if (link.dataset.nav === (route.nav || route.name)) link.setAttribute("aria-current", "page");
  }
  try {
    await route.page(main, ...args);
    document.body.dataset.ready = "true";
  } catch (error) {
    fill(main, h("p", { class: "error", role: "alert" }, describeError(error)));
    document.body.dataset.ready = "error";
  }
}

start();
