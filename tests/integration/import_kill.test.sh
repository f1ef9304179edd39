#!/usr/bin/env bash
# Kills `ironstride import` with SIGKILL mid-way, then shows that the database is consistent (every file either
# wholly stored or absent) and that a rerun completes the import with nothing lost or doubled.
#   import_kill.test.sh BINARY
set -euo pipefail
binary=$1
shared=${IRONSTRIDE_SHARED_DIR:?run through ctest}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# 600 distinct GPX files (~200 MB): copies of one real track, each made unique by a trailing XML comment, so
# every copy is a different content hash and a whole activity.
mkdir -p "$tmp/archive"
source_gpx="$shared/corpus/gpx/sportslib--6037744996.gpx"
for i in $(seq -w 1 600); do
  { cat "$source_gpx"; printf '<!-- copy %s -->\n' "$i"; } >"$tmp/archive/track-$i.gpx"
done
db="$tmp/kill.db"

# Start the import with plain progress lines (stderr is not a terminal) and kill it once a tenth has landed.
"$binary" import "$tmp/archive" --db "$db" --threads 2 >"$tmp/out1" 2>"$tmp/err1" &
pid=$!
for _ in $(seq 1 6000); do
  if grep -q "import: [0-9]*/600 files" "$tmp/err1" 2>/dev/null; then break; fi
  if ! kill -0 "$pid" 2>/dev/null; then break; fi
  sleep 0.01
done
kill -KILL "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true

sql() { sqlite3 -batch -noheader "$db" "$1"; }
[ "$(sql 'PRAGMA integrity_check;')" = "ok" ] || { echo "FAIL: integrity_check"; exit 1; }
[ -z "$(sql 'PRAGMA foreign_key_check;')" ] || { echo "FAIL: foreign_key_check"; exit 1; }
landed=$(sql "SELECT count(*) FROM import_log WHERE status = 'ok';")
activities=$(sql "SELECT count(*) FROM activity;")
echo "after SIGKILL: $landed files logged ok, $activities activities"
if [ "$landed" -ge 600 ]; then echo "FAIL: the import finished before it was killed; make the archive bigger"; exit 1; fi
# Whole files only: every logged file has exactly the activities it reported, and no activity lacks its log row.
mismatched=$(sql "SELECT count(*) FROM import_log l WHERE l.status = 'ok' AND l.activity_count <>
                  (SELECT count(*) FROM activity a WHERE a.import_id = l.id);")
[ "$mismatched" = "0" ] || { echo "FAIL: $mismatched files half-written"; exit 1; }

# Rerun: completes the rest, re-decodes nothing that landed, and doubles nothing.
status=0
"$binary" import "$tmp/archive" --db "$db" --json --quiet >"$tmp/out2" 2>"$tmp/err2" || status=$?
[ "$status" -eq 0 ] || { echo "FAIL: rerun exit status $status"; cat "$tmp/err2"; exit 1; }
unchanged=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["unchanged"])' "$tmp/out2")
imported=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["imported"])' "$tmp/out2")
[ "$unchanged" -eq "$landed" ] || { echo "FAIL: rerun saw $unchanged unchanged, expected $landed"; exit 1; }
[ $((unchanged + imported)) -eq 600 ] || { echo "FAIL: $unchanged + $imported != 600"; exit 1; }
total=$(sql "SELECT count(*) FROM activity;")
distinct=$(sql "SELECT count(DISTINCT import_id) FROM activity;")
[ "$total" -eq 600 ] && [ "$distinct" -eq 600 ] || { echo "FAIL: $total activities from $distinct files"; exit 1; }
echo "rerun: $imported imported, $unchanged unchanged; 600 activities, none doubled"
