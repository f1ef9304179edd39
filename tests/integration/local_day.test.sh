#!/usr/bin/env bash
# The athlete's day (issue 12, finding 12): with the clock pinned (IRONSTRIDE_NOW), `checkin` and `today` use the
# local calendar day of the profile's time_zone, else of the machine's zone (TZ), never the UTC date.
#   local_day.test.sh BINARY
set -euo pipefail
binary=$1
source_dir=${IRONSTRIDE_SOURCE_DIR:?run through ctest}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
unset IRONSTRIDE_TODAY
fail() { echo "FAIL: $*"; exit 1; }
# profile NAME ZONE: the example athlete living in ZONE.
profile() { { echo "time_zone = \"$2\""; cat "$source_dir/examples/marcus-hybrid.toml"; } >"$tmp/$1.toml"; }
# expect_day TEXT DAY WHAT: the check-in line names DAY.
expect_day() { grep -q "^checked in $2:" <<<"$1" || fail "$3: expected the day $2, got: $1"; }

# 05:30 on 3 December in Kiritimati (UTC+14) is 15:30 UTC on 2 December.
profile kiritimati Pacific/Kiritimati
out=$(IRONSTRIDE_NOW=2026-12-02T15:30:00Z TZ=UTC "$binary" checkin --db "$tmp/k.db" --sleep 7 --soreness 2 \
  --profile "$tmp/kiritimati.toml")
expect_day "$out" 2026-12-03 "05:30 in UTC+14 with the profile's time_zone"

# 23:30 on 3 December in Honolulu (UTC-10) is 09:30 UTC on 4 December.
profile honolulu Pacific/Honolulu
out=$(IRONSTRIDE_NOW=2026-12-04T09:30:00Z TZ=UTC "$binary" checkin --db "$tmp/h.db" --sleep 7 --soreness 2 \
  --profile "$tmp/honolulu.toml")
expect_day "$out" 2026-12-03 "23:30 in UTC-10 with the profile's time_zone"

# Without a profile the machine's zone decides (TZ).
out=$(IRONSTRIDE_NOW=2026-12-02T15:30:00Z TZ=Australia/Sydney "$binary" checkin --db "$tmp/s.db" --sleep 7 --soreness 2)
expect_day "$out" 2026-12-03 "02:30 in Sydney (UTC+11) from TZ"
out=$(IRONSTRIDE_NOW=2026-12-02T15:30:00Z TZ=UTC "$binary" checkin --db "$tmp/u.db" --sleep 7 --soreness 2)
expect_day "$out" 2026-12-02 "UTC"

# A check-in for the local today is not "in the future", though UTC's date is a day behind.
out=$(IRONSTRIDE_NOW=2026-12-02T15:30:00Z TZ=UTC "$binary" checkin --db "$tmp/k.db" --date 2026-12-03 --sleep 7.5 \
  --soreness 2 --profile "$tmp/kiritimati.toml")
expect_day "$out" 2026-12-03 "--date of the local today"

# today reports the local day too.
IRONSTRIDE_NOW=2026-12-04T09:30:00Z TZ=UTC "$binary" today --db "$tmp/h.db" --profile "$tmp/honolulu.toml" \
  --format json >"$tmp/today.json"
grep -q '"date": *"2026-12-03"' "$tmp/today.json" || fail "today in Honolulu: $(head -c 300 "$tmp/today.json")"

# An unknown zone is a profile error with its line (exit 2).
profile mars Mars/Olympus_Mons
status=0
"$binary" profile check "$tmp/mars.toml" >"$tmp/out" 2>&1 || status=$?
[ "$status" = 2 ] || fail "an unknown time_zone: exit $status"
grep -q "mars.toml:1:13: error: time_zone" "$tmp/out" || fail "an unknown time_zone: $(cat "$tmp/out")"
echo "local_day: every day is the athlete's local day"
