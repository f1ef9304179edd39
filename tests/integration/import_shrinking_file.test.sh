#!/usr/bin/env bash
# A large file that shrinks and grows while `ironstride import` reads it (a sync client, a watch still writing):
# the import must end with status 0 or 1, never die of a signal (a memory-mapped file that shrinks raises SIGBUS,
# exit 135), and when it skips the file it says that the file changed while being read.
#   import_shrinking_file.test.sh BINARY
set -euo pipefail
binary=$1
shared=${IRONSTRIDE_SHARED_DIR:?run through ctest}
tmp=$(mktemp -d)
writer=""
trap '[ -n "$writer" ] && kill "$writer" 2>/dev/null; rm -rf "$tmp"' EXIT

# A GPX of about 40 MB (over the 32 MiB that used to be memory-mapped): one real track, padded with a comment.
source_gpx="$shared/corpus/gpx/sportslib--6037744996.gpx"
{ cat "$source_gpx"; printf '<!-- '; head -c 40000000 /dev/zero | tr '\0' 'x'; printf ' -->\n'; } >"$tmp/full.gpx"
cp "$tmp/full.gpx" "$tmp/watch.gpx"

# The "sync client": truncates the file to a few bytes and writes it back, over and over.
( while :; do truncate -s 4096 "$tmp/watch.gpx"; cat "$tmp/full.gpx" >"$tmp/watch.gpx"; done ) &
writer=$!

changed=0
for round in 1 2 3 4 5 6; do
  status=0
  "$binary" import "$tmp/watch.gpx" --db "$tmp/r$round.db" --quiet >"$tmp/out" 2>"$tmp/err" || status=$?
  case $status in
    0) ;;
    1|2) if grep -q "changed while being read" "$tmp/err"; then changed=$((changed + 1)); fi ;;
    *) echo "FAIL: round $round: exit status $status (a signal?)"; cat "$tmp/err"; exit 1 ;;
  esac
  if grep -q "internal error" "$tmp/err"; then echo "FAIL: round $round reported a bug:"; cat "$tmp/err"; exit 1; fi
done
kill "$writer" 2>/dev/null || true
wait "$writer" 2>/dev/null || true
writer=""
echo "6 imports of a file rewritten under them: no crash; $changed reported it changed while being read"
