#!/usr/bin/env bash
# import_bench.sh — full `ironstride import` of a FIT archive against the pure decode of the same files, in one run.
#
#   bench/import_bench.sh [--archive DIR] [--build DIR] [--runs N] [--reimport-runs N] [--no-pin] [--keep DIR]
#
#   --archive DIR      FIT files (default: $IRONSTRIDE_FIT_ARCHIVE, else ../archive/fit beside the project root, as
#                      `../shared/tools/gen-fit-archive --out ../archive/fit --count 2000 --seed 1` writes it)
#   --build DIR        a release build with benchmarks (default: the first of build/release, build/* that holds both
#                      src/cli/ironstride and bench/fit_decode_bench)
#   --runs N           decode + fresh import pairs, run alternately; medians are reported (default 3)
#   --reimport-runs N  re-imports of the unchanged archive (default 5)
#   --no-pin           do not pin the single-core measurements to one CPU with taskset
#   --keep DIR         keep the databases in DIR (default: a temporary folder, removed at the end)
#
# What it measures, on the same files in the same run (the issue 4 targets in brackets):
#   1. decode: fit_decode_bench BM_FitDecodeActivities — every file in memory, FitDecoder + ActivityBuilder into
#      domain::Activity values, CPU time per pass over the archive (median of N runs) [>= 300 MB/s].
#   2. import, single core: `taskset -c 0 ironstride import --threads 1 --quiet` into a fresh database, CPU time
#      (user + system, from /usr/bin/time -v) — mapping, hashing (XXH3-128), detection, decoding, sample encoding,
#      SQLite writes (WAL, one transaction per file) and the import log. Runs of 1 and 2 alternate; the ratio
#      import / decode of each pair and their median are printed [<= 2]. CPU time, not wall time, because the
#      machine is shared: it is what one core does, whatever else runs.
#   3. import, all cores (default --threads): wall time, for the user's view.
#   4. re-import of the unchanged archive into the same database: wall time, median [< 1 s]; and its CPU time on one
#      core, which is what reading and hashing the files costs, so that the import's CPU splits into reading and
#      hashing, decoding, and encoding plus storing.
#   5. peak RSS (max over the runs) of the fresh and the re-import, and of a fresh import of only the first tenth
#      of the files, to show that memory does not grow with the archive [< 200 MB].
#   6. database size (main file + WAL) against the raw FIT bytes [a fraction].
# Needs: a release build (cmake --preset release), GNU time (/usr/bin/time), python3, taskset (util-linux).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
archive=${IRONSTRIDE_FIT_ARCHIVE:-$root/../archive/fit}
build=""
runs=3
reimport_runs=5
pin=1
keep=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --archive) archive=$2; shift 2 ;;
    --build) build=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --reimport-runs) reimport_runs=$2; shift 2 ;;
    --no-pin) pin=0; shift ;;
    --keep) keep=$2; shift 2 ;;
    -h|--help) sed -n '2,30p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "import_bench: unknown option $1" >&2; exit 2 ;;
  esac
done

die() { echo "import_bench: $*" >&2; exit 2; }
[[ -d $archive ]] || die "no archive at $archive (run ../shared/tools/gen-fit-archive --out $archive --count 2000 --seed 1)"
if [[ -z $build ]]; then
  for candidate in "$root/build/release" "$root"/build/*; do
    if [[ -x $candidate/src/cli/ironstride && -x $candidate/bench/fit_decode_bench ]]; then build=$candidate; break; fi
  done
fi
[[ -n $build ]] || die "no release build with benchmarks found; pass --build DIR"
ironstride=$build/src/cli/ironstride
decode_bench=$build/bench/fit_decode_bench
[[ -x $ironstride && -x $decode_bench ]] || die "$build lacks src/cli/ironstride or bench/fit_decode_bench"
[[ -x /usr/bin/time ]] || die "GNU time (/usr/bin/time) is needed for CPU time and peak RSS"
command -v python3 >/dev/null || die "python3 is needed to read the benchmark's JSON"

pin_cmd=()
if [[ $pin == 1 ]] && command -v taskset >/dev/null; then pin_cmd=(taskset -c 0); fi

work=$(mktemp -d)
if [[ -n $keep ]]; then mkdir -p "$keep"; dbdir=$keep; else dbdir=$work; fi
trap 'rm -rf "$work"' EXIT

# The files: every .fit directly in the archive (the generator's layout), the same list for decode and import.
find "$archive" -maxdepth 1 -type f \( -name '*.fit' -o -name '*.FIT' \) | sort > "$work/files.txt"
count=$(wc -l < "$work/files.txt")
[[ $count -gt 0 ]] || die "no .fit files in $archive"
bytes=$(xargs -d '\n' stat -c %s < "$work/files.txt" | awk '{s += $1} END {print s}')
mb() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1e6 }'; }
echo "import_bench: $count files, $(mb "$bytes") MB in $archive; build $build; $runs runs" >&2
# A tenth of the files, for the memory-scaling check.
tenth=$work/tenth
mkdir -p "$tenth"
head -n $(( (count + 9) / 10 )) "$work/files.txt" | while IFS= read -r f; do ln -s "$f" "$tenth/$(basename "$f")"; done

# Warm the page cache so that no run pays for the disk.
xargs -d '\n' cat < "$work/files.txt" > /dev/null

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
maximum() { sort -g | tail -n 1; }

# Runs a command under GNU time; appends "cpu_s wall_s max_rss_kib" to $1. The command's exit status must be 0.
timed() {
  local out=$1; shift
  /usr/bin/time -v -o "$work/time.txt" "$@" > "$work/cmd.out" 2> "$work/cmd.err" ||
    { cat "$work/cmd.err" "$work/time.txt" >&2; die "failed: $*"; }
  awk -F': ' '
    /User time/ { u = $2 } /System time/ { s = $2 } /Maximum resident/ { r = $2 }
    /Elapsed \(wall clock\)/ { n = split($2, p, ":"); w = 0; for (i = 1; i <= n; i++) w = w * 60 + p[i] }
    END { printf "%.3f %.3f %d\n", u + s, w, r }' "$work/time.txt" >> "$out"
}
column_of() { awk -v c="$2" '{ print $c }' "$1"; }

# 1. Pure decode and 2. fresh import, single core, alternating: decode, import, decode, import, … so that a burst of
# load from the machine's neighbours hits both sides of a ratio alike. Each pair gives a ratio; the median of the
# ratios is the figure reported. 5. The import's peak RSS; 6. the database size.
echo "import_bench: decode (fit_decode_bench) and fresh import (--threads 1, pinned), alternating, $runs pairs" >&2
for ((run = 0; run < runs; run++)); do
  IRONSTRIDE_FIT_ARCHIVE=$archive "${pin_cmd[@]}" "$decode_bench" --benchmark_filter='BM_FitDecode(Counting|Activities)$' \
    --benchmark_format=json > "$work/decode.json" 2> "$work/decode.err" ||
    { cat "$work/decode.err" >&2; die "fit_decode_bench failed"; }
  python3 - "$work/decode.json" >> "$work/decode.txt" <<'EOF'
import json, sys
runs = [b for b in json.load(open(sys.argv[1]))["benchmarks"] if b.get("run_type") == "iteration"]
def cpu_s(name):  # CPU time per pass over the archive, in seconds
    scale = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}
    b = next(b for b in runs if b["run_name"] == name)
    return b["cpu_time"] * scale[b["time_unit"]]
a = next(b for b in runs if b["run_name"] == "BM_FitDecodeActivities")
print(f'{cpu_s("BM_FitDecodeActivities"):.4f} {cpu_s("BM_FitDecodeCounting"):.4f} {int(a["files"])} {int(a["records"])}')
EOF
  rm -f "$dbdir"/single.db*
  timed "$work/single.txt" "${pin_cmd[@]}" "$ironstride" import --quiet --threads 1 --db "$dbdir/single.db" "$archive"
done
read -r _ _ bench_files bench_records < "$work/decode.txt"
[[ $bench_files == "$count" ]] || echo "import_bench: note: the decode benchmark kept $bench_files of $count files (it skips damaged ones)" >&2
cp "$work/cmd.out" "$work/summary.txt"
db_bytes=$(stat -c %s "$dbdir"/single.db* | awk '{s += $1} END {print s}')
activities=$(sqlite3 "$dbdir/single.db" 'SELECT count(*) FROM activity' 2>/dev/null || echo "?")
samples=$(sqlite3 "$dbdir/single.db" 'SELECT coalesce(sum(record_count), 0) FROM activity' 2>/dev/null || echo "?")

# 4. Re-import of the unchanged archive into that database (all cores, as a user runs it).
echo "import_bench: re-import of the unchanged archive ($reimport_runs runs)" >&2
for ((run = 0; run < reimport_runs; run++)); do
  timed "$work/reimport.txt" "$ironstride" import --quiet --db "$dbdir/single.db" "$archive"
done
grep -q "$count unchanged" "$work/cmd.out" || { cat "$work/cmd.out" >&2; die "the re-import did not find every file unchanged"; }

# The same re-import on one core: what reading and hashing the files costs before any decoding (the import's floor
# besides the decode itself).
for ((run = 0; run < runs; run++)); do
  timed "$work/reimport_single.txt" "${pin_cmd[@]}" "$ironstride" import --quiet --threads 1 --db "$dbdir/single.db" "$archive"
done

# 3. Fresh import on all cores.
echo "import_bench: fresh import, default threads ($runs runs)" >&2
for ((run = 0; run < runs; run++)); do
  rm -f "$dbdir"/parallel.db*
  timed "$work/parallel.txt" "$ironstride" import --quiet --db "$dbdir/parallel.db" "$archive"
done

# 5. Memory does not grow with the archive: a tenth of it, same settings.
rm -f "$dbdir"/tenth.db*
timed "$work/tenth.txt" "$ironstride" import --quiet --db "$dbdir/tenth.db" "$tenth"

decode_cpu=$(column_of "$work/decode.txt" 1 | median)
counting_cpu=$(column_of "$work/decode.txt" 2 | median)
single_cpu=$(column_of "$work/single.txt" 1 | median)
pair_ratios=$(paste -d ' ' "$work/single.txt" "$work/decode.txt" | awk '{ printf "%.2f\n", $1 / $4 }')
ratio_median=$(echo "$pair_ratios" | median)
single_wall=$(column_of "$work/single.txt" 2 | median)
parallel_wall=$(column_of "$work/parallel.txt" 2 | median)
parallel_cpu=$(column_of "$work/parallel.txt" 1 | median)
reimport_wall=$(column_of "$work/reimport.txt" 2 | median)
reimport_cpu=$(column_of "$work/reimport.txt" 1 | median)
reimport_single_cpu=$(column_of "$work/reimport_single.txt" 1 | median)
rss_single=$(column_of "$work/single.txt" 3 | maximum)
rss_parallel=$(column_of "$work/parallel.txt" 3 | maximum)
rss_reimport=$(column_of "$work/reimport.txt" 3 | maximum)
rss_tenth=$(column_of "$work/tenth.txt" 3 | maximum)
rate() { awk -v b="$bytes" -v t="$1" 'BEGIN { printf "%.1f", b / t / 1e6 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
mib() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }

printf '\n%s files, %s MB of FIT, %s records; %s activities and %s samples stored\n' \
  "$count" "$(mb "$bytes")" "$bench_records" "$activities" "$samples"
printf '%-58s %9s %9s %9s\n' "measurement (median of runs)" "seconds" "MB/s" "peak MiB"
printf '%-58s %9.3f %9s %9s\n' "decode only, counting handler (CPU, 1 core)" "$counting_cpu" "$(rate "$counting_cpu")" "-"
printf '%-58s %9.3f %9s %9s\n' "decode + ActivityBuilder (CPU, 1 core)" "$decode_cpu" "$(rate "$decode_cpu")" "-"
printf '%-58s %9.3f %9s %9s\n' "import into a fresh DB, --threads 1, pinned (CPU)" "$single_cpu" "$(rate "$single_cpu")" "$(mib "$rss_single")"
printf '%-58s %9.3f %9s %9s\n' "  same runs, wall clock" "$single_wall" "$(rate "$single_wall")" ""
printf '%-58s %9.3f %9s %9s\n' "import into a fresh DB, all cores (wall)" "$parallel_wall" "$(rate "$parallel_wall")" "$(mib "$rss_parallel")"
printf '%-58s %9.3f %9s %9s\n' "  same runs, CPU" "$parallel_cpu" "" ""
printf '%-58s %9.3f %9s %9s\n' "re-import of the unchanged archive (wall)" "$reimport_wall" "$(rate "$reimport_wall")" "$(mib "$rss_reimport")"
printf '%-58s %9.3f %9s %9s\n' "  same runs, CPU" "$reimport_cpu" "" ""
printf '%-58s %9.3f %9s %9s\n' "  same, --threads 1, pinned (CPU: read, hash, look up)" "$reimport_single_cpu" "" ""
printf '%-58s %9s %9s %9s\n' "import of the first tenth of the files (peak memory)" "" "" "$(mib "$rss_tenth")"
printf '\nimport / decode (single-core CPU), median of the %s pairs: %s   [target <= 2]; each pair: %s\n' \
  "$runs" "$ratio_median" "$(echo $pair_ratios)"
rest=$(awk -v i="$single_cpu" -v d="$decode_cpu" -v r="$reimport_single_cpu" 'BEGIN { printf "%.3f", i - d - r }')
printf 'single-core import = reading + hashing %s s (the unchanged re-import) + decoding %.3f s + encoding and storing %s s\n' \
  "$reimport_single_cpu" "$decode_cpu" "$rest"
printf 'database: %s MB = %s of the raw FIT bytes\n' "$(mb "$db_bytes")" "$(ratio "$db_bytes" "$bytes")"
printf 'peak memory, whole archive vs a tenth: %s MiB vs %s MiB\n' "$(mib "$rss_parallel")" "$(mib "$rss_tenth")"
printf 'import summary of the last fresh run: %s\n' "$(head -n 1 "$work/summary.txt")"
