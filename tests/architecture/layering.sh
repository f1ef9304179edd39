#!/usr/bin/env bash
# The architecture's rules, checked on the source (docs/architecture.md):
#   1. a module includes only itself and the modules its CMakeLists.txt depends on (transitively): the
#      `ironstride_module(NAME m DEPS ironstride::a ...)` lines are the one list of allowed dependencies;
#   2. SQLite (its types, headers, SQL text and PRAGMAs) appears only in src/ironstride/store/;
#   3. store headers are included only by the store itself and the application layer (src/ironstride/app);
#   4. no markup, style sheet or script in C++ string literals (web assets are files, embedded by the build).
#
#   layering.sh [SOURCE_DIR]     exit status 1 and one line per violation, file:line first
set -euo pipefail
root=${1:-$(cd "$(dirname "$0")/../.." && pwd)}
cd "$root/src"
failures=0
fail() {
  echo "$1"
  failures=$((failures + 1))
}

# 1. Dependencies from the module CMakeLists.txt files, closed transitively.
declare -A direct
for cmake in ironstride/*/CMakeLists.txt; do
  module=$(basename "$(dirname "$cmake")")
  direct[$module]=$(tr '\n' ' ' <"$cmake" | grep -o 'ironstride::[a-z_]*' | sed 's/ironstride:://' | sort -u | tr '\n' ' ' || true)
done
closure() {
  local todo=("$1") seen=" $1 " next dep
  while [ ${#todo[@]} -gt 0 ]; do
    next=${todo[0]}
    todo=("${todo[@]:1}")
    for dep in ${direct[$next]:-}; do
      case "$seen" in *" $dep "*) ;; *) seen+="$dep " todo+=("$dep") ;; esac
    done
  done
  echo "$seen"
}
for module in "${!direct[@]}"; do
  allowed=$(closure "$module")
  while IFS=: read -r file line include; do
    used=$(sed -E 's|.*"ironstride/([a-z_]+)/.*|\1|' <<<"$include")
    case "$allowed" in
      *" $used "*) ;;
      *) fail "src/$file:$line: module '$module' includes '$used', which its CMakeLists.txt does not depend on" ;;
    esac
  done < <(grep -rnE '#include "ironstride/[a-z_]+/' "ironstride/$module" | sed -E 's|^([^:]+):([0-9]+):(.*)$|\1:\2:\3|')
done

# 2. SQLite stays in the store.
while IFS= read -r hit; do
  fail "src/$hit: SQLite outside src/ironstride/store/"
done < <(grep -rnE 'SQLite::|sqlite3|<SQLiteCpp/|"(SELECT|INSERT INTO|UPDATE|DELETE FROM|CREATE TABLE|CREATE INDEX|PRAGMA|BEGIN|COMMIT|ROLLBACK|SAVEPOINT)[ ;"]' \
  --include='*.cpp' --include='*.hpp' . | grep -v '^./ironstride/store/' | sed 's|^\./||' || true)

# 3. Store headers: the store and the application layer only.
while IFS= read -r hit; do
  fail "src/$hit: a store header outside the store and the application layer"
done < <(grep -rn '#include "ironstride/store/' --include='*.cpp' --include='*.hpp' . |
  grep -vE '^\./ironstride/(store|app)/' | sed 's|^\./||' || true)

# 4. Markup and scripts belong in asset files.
while IFS= read -r hit; do
  fail "src/$hit: markup, a style sheet or a script in a C++ string"
done < <(grep -rnE 'R"(css|js|html|svg)\(|"[^"]*<(div|script|style|svg|html|body|table|section|h[1-6])[ >]' \
  --include='*.cpp' --include='*.hpp' . | sed 's|^\./||' || true)

if [ "$failures" -gt 0 ]; then
  echo "layering: $failures violation(s); see docs/architecture.md"
  exit 1
fi
echo "layering: every module within its declared dependencies; SQLite only in store; no markup in C++"
