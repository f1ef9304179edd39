#!/usr/bin/env node
// fit_sdk_decode.mjs — decodes FIT files with Garmin's JavaScript FIT SDK (@garmin/fitsdk) and prints one JSON summary
// line per file, so that ironstride's decoder can be checked against an independent one (tests/unit/ingest/fit/
// fit_sdk_crosscheck_test.cpp runs it; CI may run it by hand too).
//
//   node tests/integration/fit_sdk_decode.mjs FILE...
//
// The SDK is found in $FITSDK_DIR, else in tests/crosscheck (scripts/install-test-tools.sh installs it there from the
// lock file), else in ${XDG_CACHE_HOME:-~/.cache}/ironstride-tools/fitsdk-<FITSDK_VERSION or 21.217.0> (where
// ../shared/tools/gen-fit-archive installs it); exit status 3 when it is missing.
//
// Summary fields (SI units, times as ISO-8601 UTC; absent values are null):
//   file, is_fit, integrity (header and file CRC), errors (the SDK's read errors), file_type,
//   counts {record, lap, session, set, active_set, hrv_interval, workout_step, event, device_info},
//   sessions [{sport, sub_sport, start_time, total_elapsed_time, total_timer_time, total_distance, avg_heart_rate,
//              max_heart_rate, total_calories}],
//   records {first_time, last_time, heart_rate_sum, heart_rate_count, last_distance, position_count},
//   workout {name, sport, num_valid_steps}, steps [{duration_type, duration_value, target_type, target_value,
//            custom_low, custom_high, intensity, name}]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const version = process.env.FITSDK_VERSION || "21.217.0";
const sdkEntry = (dir) => path.join(dir, "node_modules", "@garmin", "fitsdk", "src", "index.js");
const candidates = process.env.FITSDK_DIR
  ? [path.resolve(process.env.FITSDK_DIR)]
  : [
      path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "crosscheck"),
      path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), ".cache"), "ironstride-tools", `fitsdk-${version}`),
    ];
const entry = sdkEntry(candidates.find((dir) => fs.existsSync(sdkEntry(dir))) || candidates[0]);
if (!fs.existsSync(entry)) {
  console.error(`fit_sdk_decode: @garmin/fitsdk not found at ${entry} (run scripts/install-test-tools.sh)`);
  process.exit(3);
}
const { Decoder, Stream } = await import(pathToFileURL(entry).href);

const iso = (d) => (d instanceof Date && !Number.isNaN(d.getTime()) ? d.toISOString().replace(".000Z", "Z") : null);
const num = (v) => (typeof v === "number" && Number.isFinite(v) ? v : null);
const str = (v) => (v === undefined || v === null ? null : String(v));

function summarize(file) {
  const bytes = fs.readFileSync(file);
  const stream = Stream.fromByteArray(bytes);
  const decoder = new Decoder(stream);
  const out = { file, is_fit: decoder.isFIT(), integrity: decoder.checkIntegrity() };
  // Raw records: no heart-rate merging from hr messages, so records are compared as written.
  const { messages, errors } = decoder.read({ mergeHeartRates: false });
  out.errors = errors.map((e) => String(e.message ?? e));
  const m = (key) => messages[key] ?? [];
  out.file_type = str(m("fileIdMesgs")[0]?.type);
  const sets = m("setMesgs");
  out.counts = {
    record: m("recordMesgs").length,
    lap: m("lapMesgs").length,
    session: m("sessionMesgs").length,
    set: sets.length,
    active_set: sets.filter((s) => s.setType === "active").length,
    hrv_interval: m("hrvMesgs").reduce((n, h) => n + (Array.isArray(h.time) ? h.time : [h.time]).filter((t) => num(t) !== null).length, 0),
    workout_step: m("workoutStepMesgs").length,
    event: m("eventMesgs").length,
    device_info: m("deviceInfoMesgs").length,
  };
  out.sessions = m("sessionMesgs").map((s) => ({
    sport: str(s.sport),
    sub_sport: str(s.subSport),
    start_time: iso(s.startTime),
    total_elapsed_time: num(s.totalElapsedTime),
    total_timer_time: num(s.totalTimerTime),
    total_distance: num(s.totalDistance),
    avg_heart_rate: num(s.avgHeartRate),
    max_heart_rate: num(s.maxHeartRate),
    total_calories: num(s.totalCalories),
  }));
  const records = m("recordMesgs");
  let hrSum = 0, hrCount = 0, lastDistance = null, positions = 0;
  for (const r of records) {
    if (num(r.heartRate) !== null) { hrSum += r.heartRate; hrCount++; }
    if (num(r.distance) !== null) lastDistance = r.distance;
    if (num(r.positionLat) !== null && num(r.positionLong) !== null) positions++;
  }
  out.records = {
    first_time: iso(records[0]?.timestamp), last_time: iso(records[records.length - 1]?.timestamp),
    heart_rate_sum: hrSum, heart_rate_count: hrCount, last_distance: lastDistance, position_count: positions,
  };
  const w = m("workoutMesgs")[0];
  out.workout = w ? { name: str(w.wktName), sport: str(w.sport), num_valid_steps: num(w.numValidSteps) } : null;
  out.steps = m("workoutStepMesgs").map((s) => ({
    name: str(s.wktStepName), duration_type: str(s.durationType),
    duration_value: num(s.durationTime ?? s.durationStep ?? s.durationValue),
    target_type: str(s.targetType), target_value: num(s.repeatSteps ?? s.targetValue),
    custom_low: num(s.customTargetHeartRateLow ?? s.customTargetSpeedLow ?? s.customTargetValueLow),
    custom_high: num(s.customTargetHeartRateHigh ?? s.customTargetSpeedHigh ?? s.customTargetValueHigh),
    intensity: str(s.intensity),
  }));
  return out;
}

if (process.argv.length < 3) {
  console.error("usage: fit_sdk_decode.mjs FILE...");
  process.exit(2);
}
for (const file of process.argv.slice(2)) {
  let line;
  try {
    line = summarize(file);
  } catch (error) {
    line = { file, is_fit: false, integrity: false, errors: [String(error?.message ?? error)] };
  }
  process.stdout.write(JSON.stringify(line) + "\n");
}
