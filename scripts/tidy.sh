#!/usr/bin/env bash
# Runs clang-tidy with the project's .clang-tidy over our sources (docs/DEVELOPING.md, "Formatting and linting").
#
#   scripts/tidy.sh [FILE...]     clang-tidy on these .cpp files (default: every .cpp of ours in the compilation
#                                 database), headers included through HeaderFilterRegex; prints the warnings, then
#                                 a count per file and per check. Exit status 1 when there is any warning.
#   scripts/tidy.sh --build       the `tidy` preset instead: configure and build with clang-tidy as the compiler
#                                 launcher, every warning an error (what CI would run).
#
#   JOBS=1 scripts/tidy.sh src/ironstride/util/text.cpp      (default JOBS: 2; it is slow: ~10 s per file per core)
#
# The compilation database comes from build/tidy (configured with the tidy preset when missing; configuring is
# quick and builds nothing). GCC-only warning flags (-Wno-restrict) are unknown to clang and are not reported.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=build/tidy
jobs=${JOBS:-2}

if [ "${1:-}" = "--build" ]; then
  cmake --preset tidy
  exec nice -n 10 cmake --build --preset tidy -j "$jobs"
fi

if [ ! -f "$build_dir/compile_commands.json" ]; then cmake --preset tidy >/dev/null; fi

files=()
if [ $# -eq 0 ]; then
  # Every translation unit of ours (not the build folder's generated sources).
  files=("$(pwd)/(src|tests|tools|bench)/.*\.cpp$")
else
  for file in "$@"; do files+=("^$(realpath "$file")$"); done
fi

log="$build_dir/tidy.log"
nice -n 10 run-clang-tidy -quiet -p "$build_dir" -j "$jobs" -extra-arg=-Wno-unknown-warning-option "${files[@]}" \
  2>&1 | sed -e 's/\x1b\[[0-9;]*m//g' >"$log" || true  # run-clang-tidy 14 always asks for colour

# A header's warning is reported once per file that includes it: keep each warning once.
warnings=$(grep -E '^/.*:[0-9]+:[0-9]+: (warning|error): ' "$log" | sort -u || true)
if [ -z "$warnings" ]; then
  echo "tidy: no warnings (log: $log)"
  exit 0
fi
sed "s|^$(pwd)/||" <<<"$warnings"  # each once; the code lines and notes under each are in the log
echo
echo "tidy: warnings per file:"
sed -E "s|^$(pwd)/||; s|:[0-9]+:[0-9]+: .*||" <<<"$warnings" | sort | uniq -c | sort -k2
echo "tidy: warnings per check:"
sed -E 's|.*\[([^]]+)\]$|\1|' <<<"$warnings" | sort | uniq -c | sort -rn
echo "tidy: $(wc -l <<<"$warnings") warnings (log: $log)"
exit 1
