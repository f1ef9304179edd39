// Number and date formatting shared by the chart axes and tooltips: one decimal count per series (the chart spec's
// `decimals`), so an axis, its tooltip and the page's text show a value the same way.

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
export const SECONDS_PER_DAY = 86400;

/// A day number (days since 1970-01-01, the chart JSON's x) as seconds, uPlot's time unit.
export const dayToSeconds = (day) => day * SECONDS_PER_DAY;

/// "2026-11-23" for a day number; the days are civil days, so UTC is the calendar that reads them back unchanged.
export function isoDay(day) {
  return new Date(day * SECONDS_PER_DAY * 1000).toISOString().slice(0, 10);
}

/// "23 Nov" (short enough for a 390 px axis), with the year when `withYear`.
export function shortDay(day, withYear = false) {
  const d = new Date(day * SECONDS_PER_DAY * 1000);
  const text = `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
  return withYear ? `${text} ${d.getUTCFullYear()}` : text;
}

/// Monday on or before a day number (1970-01-01 was a Thursday: day 4 is the first Monday, 1970-01-05).
export function mondayOnOrBefore(day) {
  return day - ((((day - 4) % 7) + 7) % 7);
}

/// Minutes as m:ss (a pace in min/km or min/mi).
export function minutesAsClock(minutes) {
  const total = Math.round(minutes * 60);
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${m}:${String(s).padStart(2, "0")}`;
}

/// A value as the series shows it: `format` "clock" is m:ss, anything else a fixed number of decimals.
export function formatValue(value, decimals, format) {
  if (value === null || value === undefined || Number.isNaN(value)) return "–";
  if (format === "clock") return minutesAsClock(value);
  return value.toFixed(decimals);
}

/// Tick increments no finer than the decimals shown (0.1 steps on a whole-number axis would repeat labels).
export function incrementsFor(decimals) {
  const out = [];
  for (let exponent = -decimals; exponent <= 7; exponent++) {
    for (const mantissa of [1, 2, 5]) out.push(Number((mantissa * 10 ** exponent).toFixed(decimals)));
  }
  return out;
}
