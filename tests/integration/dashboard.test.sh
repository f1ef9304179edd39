#!/usr/bin/env bash
# The dashboard of `ironstride serve` in a real browser (issue 15, points 3 and 5): generates a synthetic athlete
# with ironstride-synth, imports it and a GPX track of the shared corpus, starts the real server on a free loopback
# port, and has headless Chromium (Debian's `chromium`; never a downloaded browser) visit every page at 1280 and
# 390 px (tests/browser/dashboard_pages.mjs): each renders with no console error and no request outside the server,
# the check-in form changes GET /api/v1/today, the profile form shows a line:column error, uploads import, and the
# charts hold the API's numbers. Screenshots go to BUILD/screenshots/dashboard/ for review. Then the same server on
# every address, reached through this machine's LAN address: the login URL, then a check-in and an upload with the
# CSRF token (tests/browser/dashboard_lan.mjs).
#
#   dashboard.test.sh IRONSTRIDE_BINARY
#
# Skips (exit 0 with a SKIP line) only when chromium or node is absent, and fails instead when IRONSTRIDE_REQUIRE_PEERS
# is set (scripts/test.sh sets it). Bounded: the server is stopped (SIGTERM to its pid) on every exit, and the browser
# script has its own timeouts.
set -euo pipefail
binary=$1
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
browser_dir=$source_dir/tests/browser
shared_dir=${IRONSTRIDE_SHARED_DIR:-$source_dir/../shared}

test_name=dashboard
# shellcheck source=tests/integration/browser_test_setup.sh
source "$source_dir/tests/integration/browser_test_setup.sh"
track=$shared_dir/corpus/gpx/gc--Move_2014_01_16_19_48_44.gpx
upload=$shared_dir/corpus/gpx/gpxpy--Mojstrovka.gpx
for file in "$track" "$upload"; do
  [ -f "$file" ] || { echo "dashboard: $file is missing (the shared corpus)" >&2; exit 1; }
done

tmp=$(mktemp -d)
server_pid=
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT
export IRONSTRIDE_TODAY=2026-11-23 TZ=UTC LC_ALL=C XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config"
"$synth" --scenario balanced-hybrid --seed 5 --end 2026-11-22 --out "$tmp/athlete" >/dev/null
"$binary" import --db "$tmp/ironstride.db" --quiet "$tmp/athlete/data" "$track" >/dev/null

# Port 0: the server picks a free one and prints it; loopback only.
"$binary" serve --db "$tmp/ironstride.db" --profile "$tmp/athlete/profile.toml" --port 0 >"$tmp/serve.out" 2>"$tmp/serve.err" &
server_pid=$!
url=
for _ in $(seq 1 100); do
  url=$(sed -n 's/^listening on \(http:\/\/127\.0\.0\.1:[0-9]*\/\)$/\1/p' "$tmp/serve.out")
  [ -n "$url" ] && break
  kill -0 "$server_pid" 2>/dev/null || { echo "dashboard: serve exited:" >&2; cat "$tmp/serve.err" >&2; exit 1; }
  sleep 0.1
done
[ -n "$url" ] || { echo "dashboard: serve did not say where it listens" >&2; exit 1; }

shots=$build_dir/screenshots/dashboard
mkdir -p "$shots"
timeout 300 node "$browser_dir/dashboard_pages.mjs" "$url" "$chromium" "$shots" "$upload"
if grep -q '^bug:' "$tmp/serve.err"; then
  echo "dashboard: the server logged a bug:" >&2
  cat "$tmp/serve.err" >&2
  exit 1
fi
kill -TERM "$server_pid"
wait "$server_pid" || true
server_pid=

# From another machine: every address, the one-time login URL of this machine's first IPv4 address (not loopback,
# so the login and the CSRF token are needed). Binding every address opens the port to the network for a few
# seconds, and the project's tests talk to loopback only: this part runs when IRONSTRIDE_TEST_LAN=1 asks for it
# (the login gate and the LAN policy are tested request by request in tests/unit/server/login_gate_test.cpp).
if [ "${IRONSTRIDE_TEST_LAN:-}" != 1 ]; then
  echo "dashboard: the LAN login path is not exercised (set IRONSTRIDE_TEST_LAN=1 to run it)"
  exit 0
fi
"$binary" serve --db "$tmp/ironstride.db" --profile "$tmp/athlete/profile.toml" --host 0.0.0.0 --port 0 \
  >"$tmp/lan.out" 2>"$tmp/lan.err" &
server_pid=$!
login=
for _ in $(seq 1 100); do
  login=$(sed -n 's/^login once from your phone: \(http:.*\)$/\1/p' "$tmp/lan.out" | head -n 1)
  { [ -n "$login" ] || grep -q '^listening on ' "$tmp/lan.out"; } && break
  kill -0 "$server_pid" 2>/dev/null || { echo "dashboard: serve --host 0.0.0.0 exited:" >&2; cat "$tmp/lan.err" >&2; exit 1; }
  sleep 0.1
done
sleep 0.2
login=${login:-$(sed -n 's/^login once from your phone: \(http:.*\)$/\1/p' "$tmp/lan.out" | head -n 1)}
if [ -n "$login" ]; then
  timeout 120 node "$browser_dir/dashboard_lan.mjs" "$login" "$chromium" "$upload"
else
  echo "dashboard: no LAN address on this machine: the login path was not exercised"
fi
