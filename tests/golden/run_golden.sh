#!/usr/bin/env bash
# Golden-file test runner (STYLE habit 16): runs the real binary on each line of CASE/cmd and compares the whole
# transcript (command, stdout, stderr when any, exit status) byte for byte with CASE/expected.
#
#   run_golden.sh BINARY CASE_DIR [--update]
#
# In cmd, one ironstride invocation per line (shell-style quoting; blank lines and # comments ignored);
# @SOURCE@ is the project root, @SHARED@ the shared folder, @TMP@ a fresh temporary folder for this case.
# Commands run in the project root with a private database and XDG folders, and IRONSTRIDE_TODAY pinned, so the
# transcript is the same on every machine.
set -euo pipefail
binary=$1 case_dir=$2 mode=${3:-}
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
shared_dir=${IRONSTRIDE_SHARED_DIR:-$source_dir/../shared}
# CTest passes the shared folder as "<root>/../shared", but the binary prints the paths it imports absolute and
# lexically normal (ingest::collect_input_files): normalise it the same way so @SHARED@ matches in the transcript.
if [ -d "$shared_dir" ]; then shared_dir=$(cd "$shared_dir" && pwd); fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export IRONSTRIDE_DB="$tmp/ironstride.db" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config"
export IRONSTRIDE_TODAY=${IRONSTRIDE_TODAY:-2026-11-23} TZ=UTC LC_ALL=C NO_COLOR=1
actual="$tmp/transcript"
: >"$actual"
cd "$source_dir"
while IFS= read -r line || [ -n "$line" ]; do
  case "$line" in ''|'#'*) continue ;; esac
  line=${line//@SOURCE@/$source_dir}
  line=${line//@SHARED@/$shared_dir}
  line=${line//@TMP@/$tmp}
  shown=${line//$source_dir/@SOURCE@}
  shown=${shown//$shared_dir/@SHARED@}
  shown=${shown//$tmp/@TMP@}
  printf '$ ironstride %s\n' "$shown" >>"$actual"
  status=0
  eval "set -- $line"
  "$binary" "$@" >"$tmp/out" 2>"$tmp/err" || status=$?
  sed -e "s|$tmp|@TMP@|g" -e "s|$source_dir|@SOURCE@|g" -e "s|$shared_dir|@SHARED@|g" "$tmp/out" >>"$actual"
  if [ -s "$tmp/err" ]; then
    printf '[stderr]\n' >>"$actual"
    sed -e "s|$tmp|@TMP@|g" -e "s|$source_dir|@SOURCE@|g" -e "s|$shared_dir|@SHARED@|g" "$tmp/err" >>"$actual"
  fi
  printf '[exit %d]\n' "$status" >>"$actual"
done <"$case_dir/cmd"

if [ "$mode" = "--update" ]; then
  cp "$actual" "$case_dir/expected"
  echo "updated $case_dir/expected"
  exit 0
fi
if ! cmp -s "$actual" "$case_dir/expected"; then
  echo "golden mismatch in $case_dir (run scripts/update-golden.sh and review the diff):"
  diff -u "$case_dir/expected" "$actual" | head -80 || true
  exit 1
fi
