#!/usr/bin/env bash
# The folder walk (issue 12, findings 2 and 3): an unreadable folder is reported and makes the status 1 while the
# rest imports; a link to /etc is not followed; a link loop is a warning, not an internal error; FIFOs are
# reported; nothing of an unknown file (its first line may be a secret) is printed or stored. The unreadable folder
# needs a normal user: run as root, the script acts as uid 1001 with setpriv; otherwise that part prints SKIP.
#   import_walk.test.sh BINARY
set -euo pipefail
binary=$1
command -v sqlite3 >/dev/null || { echo "SKIP: sqlite3 missing"; exit 0; }
tmp=$(mktemp -d)
trap 'chmod -R u+rwx "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
chmod 755 "$tmp"
fail() { echo "FAIL: $*"; for f in "$tmp"/out.* "$tmp"/err.*; do [ -s "$f" ] && { echo "--- $f"; cat "$f"; }; done; exit 1; }
# run STATUS NAME COMMAND...: runs the command, checks its exit status.
run() {
  local want=$1 name=$2; shift 2
  local status=0
  "$@" >"$tmp/out.$name" 2>"$tmp/err.$name" || status=$?
  [ "$status" = "$want" ] || fail "$name: exit status $status, expected $want"
  if grep -q "internal error" "$tmp/err.$name"; then fail "$name reported a bug"; fi
}
# gpx FILE DAY: a small, valid GPX run on 2024-05-DAY (each day's file has its own content).
gpx() {
  mkdir -p "$(dirname "$1")"
  cat >"$1" <<GPX
<?xml version="1.0"?>
<gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1"><trk><name>Run $2</name><trkseg>
<trkpt lat="46.0000" lon="14.0000"><time>2024-05-$2T06:00:00Z</time></trkpt>
<trkpt lat="46.0010" lon="14.0010"><time>2024-05-$2T06:01:00Z</time></trkpt>
<trkpt lat="46.0020" lon="14.0020"><time>2024-05-$2T06:02:00Z</time></trkpt>
</trkseg></trk></gpx>
GPX
}
logged() { sqlite3 -batch "$1" "SELECT count(*) FROM import_log WHERE $2;"; }

# 1. Twelve folders, one of them mode 000, and a file of mode 000, imported by a normal user: the eleven readable
#    files land, the folder and the file are reported on stderr and in the summary, status 1.
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
  mkdir -p "$tmp/user"
  for i in 01 02 03 04 05 06 07 08 09 10 11 12; do gpx "$tmp/user/in/folder$i/run.gpx" "$i"; done
  chmod -R a+rX "$tmp/user/in"
  gpx "$tmp/user/in/folder03/locked.gpx" 28
  chmod 000 "$tmp/user/in/folder07" "$tmp/user/in/folder03/locked.gpx"
  chown 1001:1001 "$tmp/user"
  run 1 unreadable setpriv --reuid=1001 --regid=1001 --clear-groups "$binary" import "$tmp/user/in" --db "$tmp/user/u.db"
  grep -q "^skipped: $tmp/user/in/folder07: cannot read folder: Permission denied" "$tmp/err.unreadable" ||
    fail "the unreadable folder is not reported on stderr"
  grep -q "^skipped: $tmp/user/in/folder03/locked.gpx: cannot open: Permission denied; hint: give yourself read permission" \
    "$tmp/err.unreadable" || fail "the unreadable file is not reported with what to do"
  grep -q "13 files .*: 11 imported, .* 2 skipped" "$tmp/out.unreadable" || fail "the summary does not count 11 imported, 2 skipped"
  grep -q "^  $tmp/user/in/folder07: cannot read folder" "$tmp/out.unreadable" || fail "the summary does not name the folder"
  [ "$(sqlite3 -batch "$tmp/user/u.db" 'SELECT count(*) FROM activity;')" = 11 ] || fail "not 11 activities stored"
  chmod 755 "$tmp/user/in/folder07"
else
  echo "SKIP: the unreadable folder needs root (to act as uid 1001 with setpriv)"
fi

# 2. A link to /etc, a link loop, a FIFO, an empty file and an unknown text file whose first line looks like a
#    secret, beside two good files.
in="$tmp/in"
gpx "$in/a/run.gpx" 01
gpx "$in/b/run.gpx" 02
ln -s /etc "$in/a/etc"
ln -s .. "$in/b/loop"
mkfifo "$in/pipe"
: >"$in/empty.fit"
secret='root:$y$j9T$Zm9vYmFyU2VjcmV0S2V5:19876:0:99999:7:::'
printf '%s\nmore lines\n' "$secret" >"$in/notes.txt"
run 1 walk "$binary" import "$in" --db "$tmp/w.db"
grep -q "^warning: $in/a/etc: a link to the folder /etc, outside the paths given; not followed" "$tmp/err.walk" ||
  fail "the link to /etc is not reported"
grep -q "^warning: $in/b/loop: a link to $in, a folder that contains it (a loop); not followed" "$tmp/err.walk" ||
  fail "the link loop is not reported"
grep -q "^warning: $in/pipe: a FIFO (named pipe), not a file; not imported" "$tmp/err.walk" || fail "the FIFO is not reported"
grep -q "^passed over (not files, or links not followed): 3" "$tmp/out.walk" || fail "the summary does not count what was passed over"
grep -q "2 imported, .* 1 with nothing to import, 1 skipped" "$tmp/out.walk" ||
  fail "expected 2 imported, the empty file with nothing to import, the text file skipped"
grep -q "notes.txt: unknown format: a text file, 63 bytes" "$tmp/err.walk" || fail "the unknown file is not described by kind and size"
[ "$(logged "$tmp/w.db" "path LIKE '%/etc/%'")" = 0 ] || fail "files under /etc were logged"
[ "$(logged "$tmp/w.db" "1")" = 4 ] || fail "expected 4 import-log rows (2 runs, the empty file, the text file)"
[ "$(sqlite3 -batch "$tmp/w.db" 'SELECT count(*) FROM activity;')" = 2 ] || fail "expected 2 activities"
for part in 'Zm9vYmFyU2VjcmV0S2V5' 'more lines' 'root:'; do
  if grep -aqF "$part" "$tmp/out.walk" "$tmp/err.walk" "$tmp/w.db"; then fail "the unknown file's bytes ($part) were echoed or stored"; fi
done
if sqlite3 -batch "$tmp/w.db" .dump | grep -qF 'Zm9vYmFyU2VjcmV0S2V5'; then fail "the secret is in the database"; fi
run 1 walk-json "$binary" import "$in" --db "$tmp/w2.db" --json --quiet
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert len(d["passed_over"]) == 3, d' "$tmp/out.walk-json" ||
  fail "import --json does not list what was passed over"
echo "PASS"
