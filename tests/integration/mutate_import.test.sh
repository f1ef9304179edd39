#!/usr/bin/env bash
# The mutation harness (tools/mutate-import/README.md): 2,000 mutants of the corpus, made from a fixed seed, imported
# in batches by the real binary, then listed, shown and reported on; every run must exit 0, 1 or 2, print JSON that
# parses, name a file on every stderr line, keep lines to 500 characters and print no raw control character.
# Failure classes listed in tools/mutate-import/known_failures.txt are reported but do not fail the test.
#   mutate_import.test.sh BINARY
set -euo pipefail
binary=$1
shared=${IRONSTRIDE_SHARED_DIR:?run through ctest}
source_dir=${IRONSTRIDE_SOURCE_DIR:?run through ctest}
harness="$source_dir/tools/mutate-import/mutate_import.py"
# First the unmutated corpus, strictly: the rules must hold for the program's output on good files (no false
# positive), or a failure below would mean nothing.
python3 "$harness" --binary "$binary" --corpus "$shared/corpus" --control --strict --repro-dir "$PWD/mutate-import-repro"
exec python3 "$harness" --binary "$binary" --corpus "$shared/corpus" \
  --seed "${IRONSTRIDE_MUTATE_SEED:-20261203}" --count "${IRONSTRIDE_MUTATE_COUNT:-2000}" --jobs 2 \
  --repro-dir "$PWD/mutate-import-repro"
