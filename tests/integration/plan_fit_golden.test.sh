#!/usr/bin/env bash
# Golden FIT workouts for the four example athletes (issue 3: goldens in every format, FIT via --fit-workouts).
# Runs `ironstride plan --fit-workouts DIR` for each example (4 weeks from 2026-11-30), decodes every file with
# Garmin's JavaScript FIT SDK (tests/integration/fit_sdk_decode.mjs, an independent decoder) and compares a readable
# transcript - file name, integrity, workout name and sport, and every step (name, duration, target, intensity;
# repeat steps as "repeat from step N, K times") - with tests/golden/plan/fit-workouts/<athlete>.expected.
#
#   plan_fit_golden.test.sh IRONSTRIDE_BINARY            compare
#   UPDATE_GOLDEN=1 plan_fit_golden.test.sh BINARY       rewrite the expected files (review the diff by eye)
#
# Skips (exit 0 with a SKIP line) only when node or the FIT SDK is absent, and fails instead when
# IRONSTRIDE_REQUIRE_PEERS is set (scripts/test.sh sets it).
set -euo pipefail
binary=$1
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
golden_dir=$source_dir/tests/golden/plan/fit-workouts
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
skip() {
  if [ -n "${IRONSTRIDE_REQUIRE_PEERS:-}" ] && [ "${IRONSTRIDE_REQUIRE_PEERS}" != 0 ]; then
    echo "plan_fit_golden: $1 (and IRONSTRIDE_REQUIRE_PEERS is set)" >&2
    exit 1
  fi
  echo "SKIP: $1"
  exit 0
}
command -v node >/dev/null || skip "node is not installed"
command -v python3 >/dev/null || skip "python3 is not installed"
export IRONSTRIDE_TODAY=2026-11-23 TZ=UTC LC_ALL=C
cd "$source_dir"
status=0
for athlete in helen-longevity jordan-returning marcus-hybrid maya-bikini; do
  out=$tmp/$athlete
  "$binary" plan --profile "examples/$athlete.toml" --start 2026-11-30 --weeks 4 --fit-workouts "$out" >/dev/null
  decoded=$tmp/$athlete.jsonl
  sdk_status=0
  node tests/integration/fit_sdk_decode.mjs "$out"/*.fit >"$decoded" || sdk_status=$?
  [ "$sdk_status" -ne 3 ] || skip "Garmin's FIT SDK is not installed (scripts/install-test-tools.sh)"
  [ "$sdk_status" -eq 0 ] || { echo "fit_sdk_decode.mjs failed ($sdk_status) for $athlete" >&2; exit 1; }
  python3 - "$decoded" >"$tmp/$athlete.actual" <<'PY'
import json, os, sys

def num(v):
    if v is None:
        return "-"
    return f"{v:g}" if isinstance(v, (int, float)) else str(v)

for line in open(sys.argv[1]):
    d = json.loads(line)
    w = d.get("workout") or {}
    print(f"{os.path.basename(d['file'])}: integrity={d['integrity']} errors={len(d['errors'])} "
          f"type={d['file_type']} name={w.get('name')!r} sport={w.get('sport')} steps={w.get('num_valid_steps')}")
    for i, s in enumerate(d["steps"]):
        if s["duration_type"] == "repeatUntilStepsCmplt":
            print(f"  {i}: repeat from step {num(s['duration_value'])}, {num(s['target_value'])} times")
            continue
        target = s["target_type"]
        if target in ("speed", "heartRate"):
            unit = "m/s" if target == "speed" else "(bpm+100)"
            target = f"{target} {num(s['custom_low'])}..{num(s['custom_high'])} {unit}"
        print(f"  {i}: {s['name']!r} {s['duration_type']} {num(s['duration_value'])} s, {target}, {s['intensity']}")
PY
  expected=$golden_dir/$athlete.expected
  if [ -n "${UPDATE_GOLDEN:-}" ]; then
    mkdir -p "$golden_dir"
    cp "$tmp/$athlete.actual" "$expected"
    echo "updated $expected"
  elif ! cmp -s "$tmp/$athlete.actual" "$expected"; then
    echo "FIT golden mismatch for $athlete (UPDATE_GOLDEN=1 $0 BINARY, then review the diff):" >&2
    diff -u "$expected" "$tmp/$athlete.actual" | head -60 >&2 || true
    status=1
  fi
done
[ "$status" -eq 0 ] && echo "FIT workouts of 4 example athletes match their goldens"
exit "$status"
