#!/usr/bin/env bash
# Installs the Debian packages ironstride needs to build, test and benchmark. Idempotent: installs only what is
# missing, so it is cheap to run before every build (newcomers and CI alike).
#
#   install-deps.sh          everything: build, tests, cross-checks, benchmarks (scripts/test.sh)
#   install-deps.sh --build  only what building the program needs (scripts/demo.sh)
set -euo pipefail

packages=(
  # toolchain
  g++ cmake ninja-build ccache pkg-config
  # libraries (Debian's packages first; see README "Dependencies")
  libcli11-dev libtomlplusplus-dev nlohmann-json3-dev libpugixml-dev libsqlite3-dev libsqlitecpp-dev libfmt-dev
  libxxhash-dev libzstd-dev libhowardhinnant-date-dev tzdata
  # the dashboard's LAN login (serve --host 0.0.0.0): random tokens, BLAKE2b hashes, constant-time comparison
  libsodium-dev
  # the web server (serve): Boost.Beast and Asio (header-only)
  libboost1.81-dev
)
# The dashboard's and the report's scripts are bundled at build time (web/CMakeLists.txt: npm ci, then esbuild): node
# and npm are build tools. A machine that already has them (Node from elsewhere, npm with it) keeps its own; else
# Debian's (Node 18, npm 9: enough for esbuild and uPlot).
command -v node >/dev/null || packages+=(nodejs)
command -v npm >/dev/null || packages+=(npm)
if [ "${1:-}" != "--build" ]; then
  packages+=(
    # fuzzing (clang's libFuzzer and sanitizer runtimes)
    clang libclang-rt-14-dev
    # tests, independent peers and benchmarks
    libgtest-dev libgmock-dev libbenchmark-dev libical-dev sqlite3 gpsbabel python3 python3-gpxpy chromium hyperfine
  )
fi

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
else
  sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  echo "install-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}" ||
    { "${sudo[@]}" apt-get update && "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"; }
fi

# The npm registry serves only the front end's packages (web/package-lock.json) and the test tools.
