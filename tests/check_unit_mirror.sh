#!/usr/bin/env bash
# Keeps tests/unit/ a mirror of the source tree (STYLE habit 17, docs/DEVELOPING.md): every
# tests/unit/<path>/<name>_test.cpp must sit in a folder that exists as src/ironstride/<path>/ (tests/unit/cli/<path>/
# mirrors src/cli/<path>/). A test left behind when a source folder moves or is renamed fails this check
# (CTest: unit.test_mirror).
#
#   check_unit_mirror.sh [SOURCE_DIR]      (default: the project root above this script)
set -euo pipefail
source_dir=${1:-$(cd "$(dirname "$0")/.." && pwd)}
cd "$source_dir"
status=0
count=0
while IFS= read -r test; do
  count=$((count + 1))
  folder=$(dirname "${test#tests/unit/}")
  case "$folder" in
    cli | cli/* | server | server/*) mirror="src/$folder" ;;
    *) mirror="src/ironstride/$folder" ;;
  esac
  if [ ! -d "$mirror" ]; then
    echo "$test: no source folder $mirror/ (move the test next to the code it tests)"
    status=1
  fi
done < <(find tests/unit -name '*_test.cpp' | sort)
if [ "$count" -eq 0 ]; then
  echo "no tests/unit/**/*_test.cpp found under $source_dir"
  exit 1
fi
[ "$status" -eq 0 ] && echo "$count unit test files, each in a folder that mirrors src/"
exit "$status"
