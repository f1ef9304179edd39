#!/usr/bin/env bash
# The HTML report in a real browser (issue 5, part 5): generates a synthetic athlete with ironstride-synth, imports it,
# writes the report as HTML and JSON, and has headless Chromium (Debian's `chromium`, installed by
# scripts/install-deps.sh; never a downloaded browser) check that every chart is drawn and holds the report's data
# (tests/browser/report_charts.mjs, playwright-core from tests/browser/package-lock.json, installed into the
# git-ignored tests/browser/node_modules); then checks the chart renderer (web/src/chart/, as built into the build
# tree's web/dist/report-charts.js) on its own in an
# empty page (tests/browser/chart_module.mjs).
#
#   report_html.test.sh IRONSTRIDE_BINARY
#
# Skips (exit 0 with a SKIP line) only when chromium or node is absent, and fails instead when IRONSTRIDE_REQUIRE_PEERS
# is set (scripts/test.sh sets it). IRONSTRIDE_SYNTH overrides where the generator
# is looked for (default: the tools/ folder of the binary's build tree).
set -euo pipefail
binary=$1
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
browser_dir=$source_dir/tests/browser

test_name=report_html
# shellcheck source=tests/integration/browser_test_setup.sh
source "$source_dir/tests/integration/browser_test_setup.sh"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export IRONSTRIDE_TODAY=2026-11-23 TZ=UTC LC_ALL=C XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config"
"$synth" --scenario balanced-hybrid --seed 5 --end 2026-11-22 --out "$tmp/athlete" >/dev/null
"$binary" import --db "$tmp/ironstride.db" --quiet "$tmp/athlete/data" >/dev/null
"$binary" report --db "$tmp/ironstride.db" --profile "$tmp/athlete/profile.toml" --format html --out "$tmp/report.html" >/dev/null
"$binary" report --db "$tmp/ironstride.db" --profile "$tmp/athlete/profile.toml" --format json --out "$tmp/report.json" >/dev/null
if grep -Eq '(src|href)="(https?:)?//' "$tmp/report.html"; then
  echo "report_html: the HTML references a network resource" >&2
  exit 1
fi
node "$browser_dir/report_charts.mjs" "$tmp/report.html" "$tmp/report.json" "$chromium"
# The chart module alone, as another page would load it.
node "$browser_dir/chart_module.mjs" "$build_dir/web/dist/report-charts.js" "$chromium"
