#!/usr/bin/env bash
# Output is always well-formed (issue 12, points 3 and 8): names, paths and values from files are escaped and cut on
# the terminal, in JSON and in the import log, so no file can forge a line, move the cursor or make a JSON command
# fail; and the CSV checks (a column twice, weight_kg beside weight_lb, a day twice, dates in the future or before
# 1900, a 0-byte file).
#   import_hygiene.test.sh BINARY
set -euo pipefail
binary=$1
command -v sqlite3 >/dev/null || { echo "SKIP: sqlite3 missing"; exit 0; }
command -v python3 >/dev/null || { echo "SKIP: python3 missing"; exit 0; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export IRONSTRIDE_TODAY=2026-12-01
fail() { echo "FAIL: $*"; for f in "$tmp"/out.* "$tmp"/err.*; do [ -s "$f" ] && { echo "--- $f"; head -c 3000 "$f"; echo; }; done; exit 1; }
# run STATUS NAME COMMAND...: runs the command, checks its exit status.
run() {
  local want=$1 name=$2; shift 2
  local status=0
  "$@" >"$tmp/out.$name" 2>"$tmp/err.$name" || status=$?
  [ "$status" = "$want" ] || fail "$name: exit status $status, expected $want"
}
# well_formed NAME FOLDER: stdout and stderr are UTF-8 without raw control bytes (but LF and TAB), no line is over
# 500 characters, and every stderr line names a file under FOLDER (no line forged by a CR/LF in a name or value).
well_formed() {
  python3 - "$tmp/out.$1" "$tmp/err.$1" "$2/" <<'PY' || fail "$1: output is not well-formed"
import sys
out, err, folder = sys.argv[1:]
known = ("import: ",)
for path in (out, err):
    data = open(path, "rb").read()
    text = data.decode("utf-8")  # raises on invalid UTF-8
    for byte in data:
        if (byte < 0x20 and byte not in (0x0A, 0x09)) or byte == 0x7F:
            sys.exit(f"{path}: raw control byte {byte:#04x}")
    for line in text.splitlines():
        if len(line) > 500:
            sys.exit(f"{path}: a line of {len(line)} characters")
        if path == err and line and folder not in line and not line.startswith(known):
            sys.exit(f"{path}: a line that names no file: {line!r}")
PY
}
json_ok() { python3 -c 'import json,sys; json.load(open(sys.argv[1], encoding="utf-8"))' "$tmp/out.$1" || fail "$1: not one JSON document"; }
# gpx FILE NAME: a small, valid GPX run whose <name> is NAME (bytes as given to printf %b).
gpx() {
  printf '<?xml version="1.0"?>\n<gpx version="1.1" creator="t" xmlns="http://www.topografix.com/GPX/1/1"><trk><name>%b</name><trkseg>\n' "$2" >"$1"
  for m in 0 1 2; do
    printf '<trkpt lat="46.00%s" lon="14.00%s"><time>2024-05-0%sT06:0%s:00Z</time></trkpt>\n' "$m" "$m" "${3:-1}" "$m" >>"$1"
  done
  printf '</trkseg></trk></gpx>\n' >>"$1"
}

# 1. Hostile names and values: a GPX <name> that is not UTF-8 and sets the terminal title (by character
#    references, as XML allows no raw ESC), a file name that is not
#    UTF-8, a skipped file whose name holds ESC and a CR/LF with a forged "skipped:" line, and a 20 MB attribute.
in="$tmp/in"
mkdir -p "$in"
gpx "$in/name.gpx" 'Morning \xff\xfe run &#27;]0;owned&#7;' 1  # raw controls would make it binary, not GPX
gpx "$in/$(printf 'path-\xff.gpx')" 'Plain' 2
printf 'not a training file\n' >"$in/$(printf 'bad\x1b[2J\r\nskipped: forged.txt')"
python3 - "$in/huge.gpx" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write('<?xml version="1.0"?>\n<gpx version="1.1" creator="t" xmlns="http://www.topografix.com/GPX/1/1"><trk><trkseg>\n')
    f.write('<trkpt lat="' + "9" * 20_000_000 + '" lon="14"><time>2024-05-03T06:00:00Z</time></trkpt>\n')
    f.write('</trkseg></trk></gpx>\n')
PY
run 1 text "$binary" import "$in" --db "$tmp/h.db"
well_formed text "$in"
grep -q "skipped: $in/bad\\\\x1b\[2J\\\\x0d\\\\x0askipped: forged.txt: unknown format: a text file, 20 bytes" "$tmp/err.text" ||
  fail "the hostile file name is not escaped in its skipped: line"
grep -q "lat=\"9999.*…\" (20,000,000 bytes)" "$tmp/err.text" || fail "the 20 MB value is not cut with its length"
longest=$(sqlite3 -batch "$tmp/h.db" "SELECT max(length(error)) FROM import_log;")
[ "$longest" -lt 500 ] || fail "import_log.error holds $longest characters"
if sqlite3 -batch "$tmp/h.db" "SELECT error FROM import_log;" | grep -aq $'\x1b'; then fail "import_log.error holds an ESC"; fi
run 1 json "$binary" import "$in" --db "$tmp/j.db" --json --quiet
json_ok json
well_formed json "$in"
for db in h j; do
  run 0 "activities-$db" "$binary" activities --db "$tmp/$db.db" --json
  json_ok "activities-$db"
  python3 - "$tmp/out.activities-$db" <<'PY' || fail "activities --json does not escape names and paths"
import json, sys
rows = json.load(open(sys.argv[1], encoding="utf-8"))
assert len(rows) == 2, rows
named = [r for r in rows if r["name"] != "Plain"][0]
assert named["name"] == "Morning \\xff\\xfe run \\x1b]0;owned\\x07", named["name"]
odd = [r for r in rows if r["name"] == "Plain"][0]
assert odd["source_path"].endswith("/path-\\xff.gpx"), odd["source_path"]
assert bytes.fromhex(odd["source_path_bytes"]).endswith(b"/path-\xff.gpx"), odd
PY
  for id in 1 2; do
    run 0 "show-$db-$id" "$binary" show "$id" --db "$tmp/$db.db" --json
    json_ok "show-$db-$id"
    run 0 "show-text-$db-$id" "$binary" show "$id" --db "$tmp/$db.db"
    python3 -c 'import sys; d=open(sys.argv[1],"rb").read(); d.decode("utf-8"); assert b"\x1b" not in d and b"\x07" not in d' \
      "$tmp/out.show-text-$db-$id" || fail "show $id prints raw bytes of a name or path"
  done
done

# 2. The CSV checks, each file on its own, with today pinned to 2026-12-01 (tomorrow is the last day allowed).
csv="$tmp/csv"
mkdir -p "$csv"
printf 'date,weight_kg,date\n2024-05-01,80,2024-05-02\n' >"$csv/two-dates.csv"
printf 'date,weight_kg,weight_lb\n2024-05-01,80,176\n' >"$csv/kg-and-lb.csv"
printf 'date,sleep_h\n2024-05-01,7\n2024-05-02,8\n2024-05-01,6\n' >"$csv/day-twice.csv"
printf 'date,kcal\n2026-12-02,2000\n2026-12-03,2100\n' >"$csv/future.csv"
printf 'date,kcal\n0000-01-01,2000\n' >"$csv/year-zero.csv"
printf 'date,kcal\n2026-12-02,2000\n' >"$csv/tomorrow.csv"
: >"$csv/empty.csv"
run 1 csv "$binary" import "$csv" --db "$tmp/c.db"
well_formed csv "$csv"
expect() { grep -qF -- "$1" "$tmp/err.csv" || fail "stderr does not say: $1"; }
expect "skipped: $csv/two-dates.csv:1:16: column 1 \"date\" and column 3 \"date\" name the same column"
expect "skipped: $csv/kg-and-lb.csv:1:16: column 2 \"weight_kg\" and column 3 \"weight_lb\" conflict: they give the same value in different units; hint: use one of weight_kg, weight_lb"
expect "skipped: $csv/day-twice.csv:4:1: 2024-05-01 is given twice, on lines 2 and 4"
expect "skipped: $csv/future.csv:3:1: column 1 \"date\": found \"2026-12-03\", expected a date from 1900-01-01 to 2026-12-02 (tomorrow)"
expect "skipped: $csv/year-zero.csv:2:1: column 1 \"date\": found \"0000-01-01\", expected a date from 1900-01-01"
if grep -q "did you mean" "$tmp/err.csv"; then fail "weight_kg beside weight_lb reads as a typo"; fi
if grep -q "empty.csv" "$tmp/err.csv"; then fail "the 0-byte file is reported as skipped"; fi
grep -q "1 imported, 0 unchanged, 0 duplicates, 1 with nothing to import, 5 skipped" "$tmp/out.csv" ||
  fail "expected tomorrow.csv imported, empty.csv with nothing to import, five skipped"
[ "$(sqlite3 -batch "$tmp/c.db" "SELECT error FROM import_log WHERE path LIKE '%/empty.csv';")" = "empty file: 0 bytes, nothing to import" ] ||
  fail "the 0-byte file is not logged as empty"
echo "PASS"
