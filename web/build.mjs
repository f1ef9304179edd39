// Bundles the front end with esbuild (web/CMakeLists.txt runs it; `node build.mjs OUT_DIR [NODE_MODULES]` by hand):
//   dashboard.js + dashboard.css  the pages of `ironstride serve` (src/dashboard/main.js)
//   report-charts.js + .css       the static HTML report's charts (src/report/report_page.js), inlined by
//                                 report::render_verdict_html
// Both are one minified IIFE without any import at run time: the server embeds them, the report inlines them.
// NODE_MODULES is where `npm ci` put esbuild and uPlot (the build tree's, so the source tree stays clean).

import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const [outDir, modulesArg] = process.argv.slice(2);
if (!outDir) {
  console.error("usage: node build.mjs OUT_DIR [NODE_MODULES]");
  process.exit(2);
}
const modules = resolve(modulesArg || join(here, "node_modules"));
const esbuild = createRequire(join(modules, "package.json"))("esbuild");

const bundles = [
  { entry: "src/dashboard/main.js", out: "dashboard" },
  { entry: "src/report/report_page.js", out: "report-charts" },
];
// uPlot's MIT licence asks for its notice in every copy: each bundle (and so the binary and the report) carries it.
const notice = `/*! uPlot, bundled by ironstride.\n${readFileSync(join(modules, "uplot", "LICENSE"), "utf8").replace(/\*\//g, "* /")}*/`;
mkdirSync(outDir, { recursive: true });
for (const { entry, out } of bundles) {
  await esbuild.build({
    entryPoints: { [out]: join(here, entry) },
    outdir: outDir,
    bundle: true,
    minify: true,
    format: "iife",
    target: ["es2020"],
    nodePaths: [modules],
    legalComments: "eof",
    banner: { js: notice, css: notice },
    logLevel: "warning",
  });
  // The report puts the script inside a <script> element: "</script" in it would end the element early.
  const js = readFileSync(join(outDir, `${out}.js`), "utf8");
  if (/<\/script/i.test(js)) {
    console.error(`build.mjs: ${out}.js holds "</script", which cannot be inlined into the report`);
    process.exit(1);
  }
}
