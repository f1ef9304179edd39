#!/usr/bin/env bash
# Reads and imports at the same time. (1) Reports run in a loop while imports replace activities under them: every
# report reads one consistent snapshot, so each one succeeds and prints valid JSON. (2) Two imports of the same
# folder at once: the second waits for the first and then finds every file unchanged, so each file is decoded and
# written once.
#   concurrent_imports.test.sh BINARY
set -euo pipefail
binary=$1
shared=${IRONSTRIDE_SHARED_DIR:?run through ctest}
source_dir=${IRONSTRIDE_SOURCE_DIR:?run through ctest}
command -v python3 >/dev/null || { echo "SKIP: python3 missing"; exit 0; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
profile="$source_dir/examples/marcus-hybrid.toml"
export IRONSTRIDE_TODAY=2026-11-30

# 80 distinct GPX activities: one real track, each copy unique through a trailing comment.
mkdir -p "$tmp/tracks"
source_gpx="$shared/corpus/gpx/sportslib--6037744996.gpx"
for i in $(seq -w 1 80); do { cat "$source_gpx"; printf '<!-- copy %s -->\n' "$i"; } >"$tmp/tracks/t$i.gpx"; done
db="$tmp/shared.db"
"$binary" import "$tmp/tracks" --db "$db" --quiet >/dev/null

# (1) The importer rewrites every file (new content: each activity is replaced) four times over.
(
  for round in 1 2 3 4 5 6 7 8; do
    for f in "$tmp"/tracks/*.gpx; do printf '<!-- round %s -->\n' "$round" >>"$f"; done
    "$binary" import "$tmp/tracks" --db "$db" --quiet >/dev/null 2>"$tmp/import-$round.err"
  done
) &
importer=$!
reports=0
while kill -0 "$importer" 2>/dev/null || [ "$reports" -lt 10 ]; do
  reports=$((reports + 1))
  status=0
  "$binary" report --db "$db" --profile "$profile" --format json >"$tmp/report.json" 2>"$tmp/report.err" || status=$?
  [ "$status" = 0 ] || { echo "FAIL: report $reports exited $status during an import:"; cat "$tmp/report.err"; exit 1; }
  python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$tmp/report.json" ||
    { echo "FAIL: report $reports printed invalid JSON"; exit 1; }
  "$binary" activities --db "$db" --json >"$tmp/list.json" 2>"$tmp/list.err" ||
    { echo "FAIL: activities during an import:"; cat "$tmp/list.err"; exit 1; }
  [ "$reports" -lt 200 ] || break
done
wait "$importer" || { echo "FAIL: an import failed while reports ran:"; cat "$tmp"/import-*.err; exit 1; }
echo "$reports reports and listings during 8 re-imports of 80 files: all succeeded"

# (2) Two imports of a fresh copy of the folder at once.
db2="$tmp/twice.db"
"$binary" import "$tmp/tracks" --db "$db2" --json >"$tmp/first.json" 2>"$tmp/first.err" &
first=$!
"$binary" import "$tmp/tracks" --db "$db2" --json >"$tmp/second.json" 2>"$tmp/second.err" &
second=$!
wait "$first" && wait "$second" || { echo "FAIL: a concurrent import failed"; cat "$tmp"/first.err "$tmp"/second.err; exit 1; }
python3 - "$tmp/first.json" "$tmp/second.json" <<'PY'
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:])
imported = a["imported"] + b["imported"]
unchanged = a["unchanged"] + b["unchanged"]
if imported != 80 or unchanged != 80:
    sys.exit(f"FAIL: two concurrent imports stored {imported} files and found {unchanged} unchanged; expected 80 and 80 "
             "(the second waits for the first, then finds every file unchanged)")
print("two concurrent imports: each file decoded and stored once")
PY
grep -q "waiting for it to finish" "$tmp/first.err" "$tmp/second.err" ||
  echo "note: the two imports did not overlap this time (the second started after the first had finished)"
