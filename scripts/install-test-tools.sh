#!/usr/bin/env bash
# Installs the npm tools the tests use, from their lock files, into git-ignored node_modules folders inside tests/:
#   tests/crosscheck  Garmin's JavaScript FIT SDK, the independent FIT decoder the cross-checks compare against;
#   tests/browser     playwright-core, which drives Debian's chromium for the HTML report test.
# Idempotent (npm ci only when a package is missing). Needs node and npm (they come with the machine).
set -euo pipefail
cd "$(dirname "$0")/.."
for dir in tests/crosscheck tests/browser; do
  if [ ! -f "$dir/package-lock.json" ]; then
    echo "install-test-tools: $dir/package-lock.json is missing" >&2
    exit 1
  fi
  if [ -d "$dir/node_modules" ] && (cd "$dir" && npm ls --all >/dev/null 2>&1); then
    echo "install-test-tools: $dir up to date"
  else
    echo "install-test-tools: npm ci in $dir"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
done
