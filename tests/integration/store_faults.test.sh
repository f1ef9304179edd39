#!/usr/bin/env bash
# The store's failures are the user's to fix, never bugs (exit status 2, the database path, what to do), and the
# database survives them: a full disk (a small tmpfs), a database file another user owns, a database in a folder
# the user may not write, a database another process holds locked. Needs root (to mount a tmpfs and to act as two
# other users with setpriv); prints SKIP otherwise.
#   store_faults.test.sh BINARY
set -euo pipefail
binary=$1
shared=${IRONSTRIDE_SHARED_DIR:?run through ctest}
source_dir=${IRONSTRIDE_SOURCE_DIR:?run through ctest}
[ "$(id -u)" = 0 ] || { echo "SKIP: needs root for tmpfs and setpriv"; exit 0; }
command -v setpriv >/dev/null || { echo "SKIP: setpriv missing"; exit 0; }
command -v sqlite3 >/dev/null || { echo "SKIP: sqlite3 missing"; exit 0; }
tmp=$(mktemp -d)
mounted=""
cleanup() { [ -n "$mounted" ] && umount "$mounted" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
chmod 755 "$tmp"
owner="setpriv --reuid=1001 --regid=1001 --clear-groups"
other="setpriv --reuid=65534 --regid=65534 --clear-groups"
fail() { echo "FAIL: $*"; for f in "$tmp"/err.*; do [ -s "$f" ] && { echo "--- $f"; cat "$f"; }; done; ls -la "$tmp/shared-db" 2>/dev/null; exit 1; }
# expect STATUS NAME COMMAND...: runs the command, checks its exit status and that it reported no bug.
expect() {
  local want=$1 name=$2; shift 2
  local status=0
  "$@" >"$tmp/out.$name" 2>"$tmp/err.$name" || status=$?
  [ "$status" = "$want" ] || fail "$name: exit status $status, expected $want"
  if grep -q "internal error" "$tmp/err.$name"; then fail "$name reported a bug"; fi
}
integrity() { [ "$(sqlite3 -batch "$1" 'PRAGMA integrity_check;')" = ok ] || fail "integrity_check of $1"; }
activities_in() { sqlite3 -batch "$1" 'SELECT count(*) FROM activity;'; }

# Inputs every user may read.
mkdir -p "$tmp/in"
cp -r "$shared/corpus/gpx" "$shared/corpus/tcx" "$tmp/in/"
mkdir -p "$tmp/in/fit"
cp "$shared/corpus/fit/"fitparse--garmin-fenix-5-*.fit "$shared/corpus/fit/fitparse--2013-02-06-12-11-14.fit" "$tmp/in/fit/"
chmod -R a+rX "$tmp/in"

# 1. Disk full: the import stops with status 2 naming the database; what landed is intact; with room, a rerun
#    finishes and stores exactly what an import with room stores.
expect 0 reference "$binary" import "$tmp/in" --db "$tmp/reference.db" --quiet
mkdir -p "$tmp/small"
# Room for the schema and a few activities, not for all of them (the disk fills during the import).
mount -t tmpfs -o size=480k tmpfs "$tmp/small"
mounted="$tmp/small"
expect 2 full "$binary" import "$tmp/in" --db "$tmp/small/full.db" --quiet
grep -q "$tmp/small/full.db: database or disk is full" "$tmp/err.full" || fail "disk full: no database path"
grep -q "^hint: free some disk space" "$tmp/err.full" || fail "disk full: no hint"
integrity "$tmp/small/full.db"
mount -o remount,size=64m "$tmp/small"
expect 0 rerun "$binary" import "$tmp/in" --db "$tmp/small/full.db" --quiet
integrity "$tmp/small/full.db"
[ "$(activities_in "$tmp/small/full.db")" = "$(activities_in "$tmp/reference.db")" ] ||
  fail "after the rerun: $(activities_in "$tmp/small/full.db") activities, expected $(activities_in "$tmp/reference.db")"
umount "$tmp/small"
mounted=""

# 2. A database another user owns: the other user can read it (activities, report) without leaving -wal/-shm
#    behind; writing is refused with status 2 and the path; the owner can still write afterwards.
mkdir -p "$tmp/shared-db"
chmod 777 "$tmp/shared-db"
db="$tmp/shared-db/owner.db"
expect 0 owner-import $owner "$binary" import "$tmp/in/gpx" --db "$db" --quiet
expect 0 other-list $other "$binary" activities --db "$db" --json
expect 0 other-report $other "$binary" report --db "$db" --profile "$source_dir/examples/marcus-hybrid.toml"
[ ! -e "$db-wal" ] && [ ! -e "$db-shm" ] || fail "a reader left $(ls "$tmp/shared-db")"
expect 2 other-import $other "$binary" import "$tmp/in/tcx" --db "$db" --quiet
grep -q "$db" "$tmp/err.other-import" || fail "read-only database: no path in the message"
grep -q "^hint: " "$tmp/err.other-import" || fail "read-only database: no hint"
expect 0 owner-again $owner "$binary" import "$tmp/in/tcx" --db "$db" --quiet
integrity "$db"

# 3. A database in a folder the user may not write: it can be read, not written.
chmod 755 "$tmp/shared-db"
expect 0 folder-list $other "$binary" activities --db "$db"
expect 2 folder-import $other "$binary" import "$tmp/in/fit" --db "$db" --quiet
grep -q "$db" "$tmp/err.folder-import" || fail "read-only folder: no path in the message"

# 4. A database another process holds locked: the import waits its busy timeout, then exits 2 saying so.
locked="$tmp/locked.db"
expect 0 lock-setup "$binary" import "$tmp/in/gpx" --db "$locked" --quiet
# The holder keeps its write transaction open until the test removes the "hold" file (at most 30 s).
touch "$tmp/hold"
( printf 'BEGIN IMMEDIATE;\nSELECT 1;\n'; for _ in $(seq 300); do [ -e "$tmp/hold" ] || break; sleep 0.1; done
  printf 'COMMIT;\n' ) | sqlite3 "$locked" >/dev/null &
holder=$!
sleep 1
expect 2 locked "$binary" import "$tmp/in/tcx" --db "$locked" --quiet
grep -q "another ironstride is writing" "$tmp/err.locked" || fail "locked database: no hint about the lock"
rm -f "$tmp/hold"
wait "$holder" 2>/dev/null || true
integrity "$locked"

echo "disk full, another user's database, a read-only folder and a locked database: each exit 2, each intact"
