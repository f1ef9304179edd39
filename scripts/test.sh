#!/usr/bin/env bash
# Builds ironstride and passes every test: the README's test command, and what .ci/run calls.
#   1. release build: unit, golden, integration and cross-check tests;
#   2. debug build with AddressSanitizer + UndefinedBehaviorSanitizer: unit and golden tests;
#   3. fuzz build (clang, libFuzzer, ASan + UBSan): each fuzz target runs briefly on its seeds.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/install-test-tools.sh
# Every independent peer (FIT SDK, gpsbabel, gpxpy, chromium) is now installed: a test that cannot find one fails.
export IRONSTRIDE_REQUIRE_PEERS=1
for preset in release debug fuzz; do
  echo "=== test.sh: workflow preset '$preset' ==="
  cmake --workflow --preset "$preset"
done
echo "=== test.sh: all tests passed ==="
