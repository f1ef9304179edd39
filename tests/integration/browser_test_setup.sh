# Sourced by the browser tests (report_html.test.sh, dashboard.test.sh) after they set `test_name`, `binary` and
# `browser_dir`: finds Debian's chromium and node (a missing one skips the test, or fails it when
# IRONSTRIDE_REQUIRE_PEERS is set), the synthetic-history generator of the same build tree (`synth`, `build_dir`),
# and installs the browser tests' npm packages from their lock file, one install at a time.
chromium=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
skip() {
  if [ -n "${IRONSTRIDE_REQUIRE_PEERS:-}" ] && [ "${IRONSTRIDE_REQUIRE_PEERS}" != 0 ]; then
    echo "$test_name: $1 (and IRONSTRIDE_REQUIRE_PEERS is set)" >&2
    exit 1
  fi
  echo "SKIP: $1"
  exit 0
}
[ -n "$chromium" ] || skip "chromium is not installed (scripts/install-deps.sh installs Debian's chromium)"
{ command -v node >/dev/null && command -v npm >/dev/null; } || skip "node/npm are not installed"

build_dir=$(cd "$(dirname "$binary")/../.." && pwd)
synth=${IRONSTRIDE_SYNTH:-$build_dir/tools/ironstride-synth}
if [ ! -x "$synth" ]; then
  echo "$test_name: $synth is missing: build the ironstride-synth target" >&2
  exit 1
fi

# One npm install at a time, even when several build trees run their tests at once.
(
  flock 9
  if [ ! -f "$browser_dir/node_modules/playwright-core/package.json" ]; then
    (cd "$browser_dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
) 9>"${TMPDIR:-/tmp}/ironstride-browser-npm.lock"
