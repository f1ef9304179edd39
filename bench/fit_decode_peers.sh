#!/usr/bin/env bash
# fit_decode_peers.sh — FIT decode throughput of ironstride and its peers, on the same files in the same run.
#
#   bench/fit_decode_peers.sh [--archive DIR] [--bench PATH] [--runs N] [--files N] [--no-pin]
#
#   --archive DIR  FIT files to decode (default: $IRONSTRIDE_FIT_ARCHIVE, else ../archive/fit beside the project
#                  root, as `../shared/tools/gen-fit-archive --out ../archive/fit --count 2000 --seed 1` writes it)
#   --bench PATH   the fit_decode_bench executable of a release build (default: the first of
#                  build/release/bench/fit_decode_bench, build/*/bench/fit_decode_bench)
#   --runs N       timed runs per decoder; the median is reported (default 3)
#   --files N      decode only the first N files (default: all); the slow peers take ~30 s per run on 168 MB
#   --no-pin       do not pin every decoder to one CPU with taskset
#
# Peers (installed on first use with npm into ${XDG_CACHE_HOME:-~/.cache}/ironstride-bench, never into the project):
#   - Garmin's JavaScript FIT SDK, @garmin/fitsdk 21.217.0: Decoder.read() with its default options
#   - fit-file-parser 6.1.2 (npm), mode "list"
#   - GPSBabel's garmin_fit reader (Debian package), one process reading every file, output to /dev/null
#
# Every decoder gets the same files and is timed in CPU seconds (user + system) of the decode alone: the files are
# in memory (ironstride, the npm parsers) or in the page cache (GPSBabel, which reads them itself). CPU time, not wall
# time, because the benchmark machine is shared: it measures what one core does, whatever else runs. Prints MB/s and
# records/s per decoder (median of the runs) and the ratio of ironstride's speed to each peer's.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
archive=${IRONSTRIDE_FIT_ARCHIVE:-$root/../archive/fit}
bench=""
runs=3
max_files=0
pin=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --archive) archive=$2; shift 2 ;;
    --bench) bench=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --files) max_files=$2; shift 2 ;;
    --no-pin) pin=0; shift ;;
    -h|--help) sed -n '2,24p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "fit_decode_peers: unknown option $1" >&2; exit 2 ;;
  esac
done

die() { echo "fit_decode_peers: $*" >&2; exit 2; }
[[ -d $archive ]] || die "no archive at $archive (run ../shared/tools/gen-fit-archive --out $archive --count 2000 --seed 1)"
if [[ -z $bench ]]; then
  for candidate in "$root/build/release/bench/fit_decode_bench" "$root"/build/*/bench/fit_decode_bench; do
    if [[ -x $candidate ]]; then bench=$candidate; break; fi
  done
fi
[[ -n $bench && -x $bench ]] || die "no fit_decode_bench found; build a release build with -DIRONSTRIDE_BENCH=ON or pass --bench"
command -v node >/dev/null || die "node is needed for the JavaScript peers"
command -v python3 >/dev/null || die "python3 is needed to read the benchmark's JSON"

pin_cmd=()
if [[ $pin == 1 ]] && command -v taskset >/dev/null; then pin_cmd=(taskset -c 0); fi

# The files: the same list for everyone.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
find "$archive" -maxdepth 1 -type f \( -name '*.fit' -o -name '*.FIT' \) | sort > "$work/all.txt"
if [[ $max_files -gt 0 ]]; then head -n "$max_files" "$work/all.txt" > "$work/files.txt"; else cp "$work/all.txt" "$work/files.txt"; fi
count=$(wc -l < "$work/files.txt")
[[ $count -gt 0 ]] || die "no .fit files in $archive"
mkdir -p "$work/subset"
while IFS= read -r f; do ln -s "$f" "$work/subset/$(basename "$f")"; done < "$work/files.txt"
bytes=$(xargs -d '\n' stat -c %s < "$work/files.txt" | awk '{s += $1} END {print s}')

# npm peers in a cache folder outside the project.
cache=${XDG_CACHE_HOME:-$HOME/.cache}/ironstride-bench
sdk_version=21.217.0
parser_version=6.1.2
if [[ ! -f $cache/node_modules/@garmin/fitsdk/package.json || ! -f $cache/node_modules/fit-file-parser/package.json ]]; then
  mkdir -p "$cache"
  [[ -f $cache/package.json ]] || echo '{"name": "ironstride-bench-cache", "private": true}' > "$cache/package.json"
  echo "fit_decode_peers: installing @garmin/fitsdk@$sdk_version and fit-file-parser@$parser_version into $cache" >&2
  npm install --prefix "$cache" --no-audit --no-fund --no-save --loglevel=error \
    "@garmin/fitsdk@$sdk_version" "fit-file-parser@$parser_version" >&2
fi

cat > "$work/time_js.mjs" <<'EOF'
// Loads every file into memory, then decodes them all `runs` times, timing CPU (user + system) of the decode alone.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
const [peer, cacheDir, listFile, runsText] = process.argv.slice(2);
const files = fs.readFileSync(listFile, "utf8").split("\n").filter(Boolean).map((f) => fs.readFileSync(f));
const modules = path.join(cacheDir, "node_modules");
let decode;
if (peer === "fitsdk") {
  const { Decoder, Stream } = await import(pathToFileURL(path.join(modules, "@garmin/fitsdk/src/index.js")).href);
  decode = (buffer) => {
    const { messages, errors } = new Decoder(Stream.fromBuffer(buffer)).read();
    if (errors.length > 0) throw new Error(String(errors[0]));
    return messages.recordMesgs?.length ?? 0;
  };
} else {
  const FitParser = (await import(pathToFileURL(path.join(modules, "fit-file-parser/dist/fit-parser.js")).href)).default;
  const parser = new FitParser({ mode: "list", force: true, speedUnit: "m/s", lengthUnit: "m" });
  decode = (buffer) => {
    let records = 0;
    parser.parse(buffer, (error, data) => {
      if (error) throw new Error(String(error));
      records = data.records?.length ?? 0;
    });
    return records;
  };
}
for (let run = 0; run < Number(runsText); run++) {
  const start = process.cpuUsage();
  let records = 0;
  for (const buffer of files) records += decode(buffer);
  const used = process.cpuUsage(start);
  console.log(`${(used.user + used.system) / 1e6} ${records}`);
}
EOF

# Each timing line is "cpu_seconds records"; the median run is reported.
median_line() { sort -g | awk '{ line[NR] = $0 } END { print line[int((NR + 1) / 2)] }'; }

declare -a names speeds rates
add() { names+=("$1"); speeds+=("$2"); rates+=("$3"); }
result_from() {  # name, "cpu_seconds records"
  local name=$1 cpu records
  read -r cpu records <<< "$2"
  add "$name" "$(awk -v b="$bytes" -v t="$cpu" 'BEGIN { printf "%.1f", b / t / 1e6 }')" \
      "$(awk -v r="$records" -v t="$cpu" 'BEGIN { printf "%.2f", r / t / 1e6 }')"
}

echo "fit_decode_peers: $count files, $(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }') MB, $runs runs each" >&2

# ironstride: Google Benchmark, CPU time, median of the repetitions.
echo "fit_decode_peers: ironstride ($bench)" >&2
IRONSTRIDE_FIT_ARCHIVE="$work/subset" "${pin_cmd[@]}" "$bench" --benchmark_filter='BM_FitDecode(Counting|Activities)$' \
  --benchmark_repetitions="$runs" --benchmark_report_aggregates_only=true --benchmark_format=json \
  > "$work/ironstride.json" 2> "$work/ironstride.err" || { cat "$work/ironstride.err" >&2; die "the benchmark failed"; }
while IFS=$'\t' read -r name mbps recs; do add "$name" "$mbps" "$recs"; done < <(python3 - "$work/ironstride.json" <<'EOF'
import json, sys
labels = {"BM_FitDecodeCounting": "ironstride (decode, counting handler)",
          "BM_FitDecodeActivities": "ironstride (decode + ActivityBuilder)"}
runs = json.load(open(sys.argv[1]))["benchmarks"]
# The median of the repetitions (one run has no aggregates).
medians = [b for b in runs if b.get("aggregate_name") == "median"] or [b for b in runs if b.get("run_type") == "iteration"]
for b in medians:
    print(labels[b["run_name"]], f'{b["bytes_per_second"] / 1e6:.1f}', f'{b["records/s"] / 1e6:.2f}', sep="\t")
EOF
)
records=$(python3 -c 'import json, sys; print(round(next(b["records"] for b in json.load(open(sys.argv[1]))["benchmarks"] if b["run_name"] == "BM_FitDecodeCounting")))' "$work/ironstride.json")

echo "fit_decode_peers: @garmin/fitsdk $sdk_version" >&2
result_from "@garmin/fitsdk $sdk_version" \
  "$("${pin_cmd[@]}" node "$work/time_js.mjs" fitsdk "$cache" "$work/files.txt" "$runs" | median_line)"

echo "fit_decode_peers: fit-file-parser $parser_version" >&2
result_from "fit-file-parser $parser_version" \
  "$("${pin_cmd[@]}" node "$work/time_js.mjs" fit-file-parser "$cache" "$work/files.txt" "$runs" | median_line)"

if command -v gpsbabel >/dev/null; then
  gpsbabel_version=$(gpsbabel -V 2>&1 | awk '/Version/ { print $3 }')
  echo "fit_decode_peers: gpsbabel $gpsbabel_version" >&2
  mapfile -t inputs < <(sed 's/^/-f\n/' "$work/files.txt")
  : > "$work/gpsbabel.txt"
  for ((run = 0; run < runs; run++)); do
    # CPU seconds of the child from bash's `time`; the records are the same files' record messages.
    ( TIMEFORMAT='%U %S'; { time "${pin_cmd[@]}" gpsbabel -i garmin_fit "${inputs[@]}" -o unicsv -F /dev/null 2>/dev/null; } 2>&1 ) |
      awk -v r="$records" '{ print $1 + $2, r }' >> "$work/gpsbabel.txt"
  done
  result_from "gpsbabel $gpsbabel_version" "$(median_line < "$work/gpsbabel.txt")"
fi

# The table: MB/s and records/s, and how many times faster ironstride's plain decode is.
ours=${speeds[0]}
printf '\n%-44s %10s %12s %12s\n' "decoder (single core, CPU time)" "MB/s" "Mrecords/s" "ironstride ×"
for i in "${!names[@]}"; do
  ratio=$(awk -v a="$ours" -v b="${speeds[$i]}" 'BEGIN { printf "%.1f", a / b }')
  printf '%-44s %10s %12s %12s\n' "${names[$i]}" "${speeds[$i]}" "${rates[$i]}" "$ratio"
done
