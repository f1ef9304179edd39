#!/usr/bin/env bash
# Regenerates golden transcripts with a built binary. Review the diff like code before committing.
#   scripts/update-golden.sh [CASE_DIR...]     (default: every case under tests/golden)
#   BUILD_DIR=build/mine scripts/update-golden.sh tests/golden/targets/bikini   (default BUILD_DIR: build/release)
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${BUILD_DIR:-build/release}
if [ ! -f "$build_dir/build.ninja" ]; then cmake --preset release >/dev/null; fi
cmake --build "$build_dir" --target ironstride
if [ $# -eq 0 ]; then
  mapfile -t cases < <(find tests/golden -name cmd -printf '%h\n' | sort)
else
  cases=("$@")
fi
for case_dir in "${cases[@]}"; do
  bash tests/golden/run_golden.sh "$build_dir/src/cli/ironstride" "$case_dir" --update
done
