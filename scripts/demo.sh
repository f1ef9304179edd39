#!/usr/bin/env bash
# The main job on the embedded default: SQLite, an example athlete, sample data. The README's first command.
#
#   scripts/demo.sh [ATHLETE]      ATHLETE: an examples/*.toml name (default: jordan-returning)
#
# 1. installs the Debian packages the build needs and builds the program (CMake preset "app");
# 2. writes a 15-week synthetic training history for the athlete (tools/synthetic_history: FIT runs, a Strong CSV of
#    lifting, body, sleep and nutrition CSVs, morning check-ins) - the sample data - into build/demo/data;
# 3. runs what the athlete would: check the profile, import the files into build/demo/ironstride.db, ask "is my
#    running killing my gains?", record this morning's check-in, see today's readiness and session, plan the next
#    weeks with food and sleep targets, and export the plan to a calendar and to watch workouts.
# Everything it writes stays in build/demo (rerunning starts afresh); nothing touches your own database.
set -euo pipefail
cd "$(dirname "$0")/.."
athlete=${1:-jordan-returning}
profile=examples/$athlete.toml
[ -f "$profile" ] || { echo "demo: no such example athlete: $profile (see examples/)" >&2; exit 2; }

scripts/install-deps.sh --build
cmake --preset app >/dev/null
cmake --build --preset app

bin=build/app/src/cli/ironstride
synth=build/app/tools/ironstride-synth
demo=build/demo
rm -rf "$demo"
mkdir -p "$demo"
export IRONSTRIDE_DB=$demo/ironstride.db
units=imperial

step() { printf '\n\033[1m$ %s\033[0m\n' "$*"; "$@"; }

# Jordan returns to running while cutting and triples the mileage: the history the product exists to catch. The
# other athletes get a balanced history.
scenario=balanced-hybrid
[ "$athlete" = jordan-returning ] && scenario=cutting-lifter
"$synth" --scenario "$scenario" --profile "$profile" --seed 1 --out "$demo/data" --checkins-db "$IRONSTRIDE_DB"

step "$bin" profile check "$profile"
step "$bin" import "$demo/data/data"
step "$bin" activities --units "$units" | tail -n 8
step "$bin" report --profile "$profile" --units "$units"
"$bin" report --profile "$profile" --format html --out "$demo/report.html"
"$bin" report --profile "$profile" --format json --out "$demo/report.json"
step "$bin" checkin --sleep 6.1 --soreness 7 --rhr 61 --hrv 38 --profile "$profile"
step "$bin" today --profile "$profile" --units "$units"
step "$bin" plan --profile "$profile" --weeks 4
"$bin" plan --profile "$profile" --weeks 12 --format ics --out "$demo/plan.ics" --fit-workouts "$demo/workouts"
"$bin" plan --profile "$profile" --weeks 12 --format markdown --out "$demo/plan.md"
step "$bin" targets --profile "$profile" --units "$units"

cat <<EOF

demo: done. Written to $demo/:
  ironstride.db      the SQLite database (ironstride activities --db $demo/ironstride.db)
  report.html        the verdict with charts (open it in a browser; no network needed)
  report.json        the same verdict as JSON (docs/report-json.md)
  plan.ics           12 weeks of sessions for your calendar
  plan.md            the same plan as Markdown
  workouts/          one FIT workout per run, for the watch

The same athlete in the browser (Today, Plan, Verdict, Activities, Import, Profile; Ctrl-C stops it):
  $bin serve --profile $profile --db $demo/ironstride.db
  then open http://127.0.0.1:8765/
EOF
