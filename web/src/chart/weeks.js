// The time axis of the day charts: ticks and grid lines on Mondays, so every column between two lines is one
// Monday–Sunday week (the report's ISO weeks), and the weeks the range only partly covers shaded and labelled.

import { SECONDS_PER_DAY, mondayOnOrBefore, shortDay } from "./format.js";

const MIN_LABEL_PX = 64;  // "23 Nov" at 12 px, with room around it

/// uPlot `splits` for the x axis: Mondays, every week or every n-th one as the width allows; days when the range is
/// under two weeks.
export function mondaySplits(u, _axisIndex, minSeconds, maxSeconds) {
  const first = Math.ceil(minSeconds / SECONDS_PER_DAY);
  const last = Math.floor(maxSeconds / SECONDS_PER_DAY);
  const room = Math.max(1, Math.floor(u.bbox.width / devicePixelRatio / MIN_LABEL_PX));
  const out = [];
  if (last - first < 14) {
    const stride = Math.max(1, Math.ceil((last - first + 1) / room));
    for (let day = first; day <= last; day += stride) out.push(day * SECONDS_PER_DAY);
    return out;
  }
  const weeks = Math.ceil((last - first + 1) / 7);
  const stride = Math.max(1, Math.ceil(weeks / room));
  for (let day = mondayOnOrBefore(last); day >= first; day -= 7 * stride) out.unshift(day * SECONDS_PER_DAY);
  return out;
}

/// uPlot `values` for the x axis: "23 Nov", with the year on the first tick and wherever it changes.
export function dayLabels(_u, splits) {
  let year = null;
  return splits.map((seconds) => {
    const day = Math.round(seconds / SECONDS_PER_DAY);
    const y = new Date(seconds * 1000).getUTCFullYear();
    const label = shortDay(day, y !== year);
    year = y;
    return label;
  });
}

/// A uPlot plugin shading the partial weeks, `ranges` of [first day, last day] inclusive, under the series.
export function partialWeeks(ranges) {
  return {
    hooks: {
      drawClear: [(u) => {
        if (!ranges || ranges.length === 0) return;
        const ctx = u.ctx;
        ctx.save();
        ctx.fillStyle = "rgba(120, 120, 120, 0.12)";
        ctx.font = `${Math.round(11 * devicePixelRatio)}px system-ui, sans-serif`;
        ctx.textAlign = "center";
        for (const [from, to] of ranges) {
          const x0 = Math.max(u.bbox.left, u.valToPos(from * SECONDS_PER_DAY - SECONDS_PER_DAY / 2, "x", true));
          const x1 = Math.min(u.bbox.left + u.bbox.width, u.valToPos(to * SECONDS_PER_DAY + SECONDS_PER_DAY / 2, "x", true));
          if (x1 <= x0) continue;
          ctx.fillRect(x0, u.bbox.top, x1 - x0, u.bbox.height);
          ctx.fillStyle = "rgba(80, 80, 80, 0.8)";
          ctx.fillText("partial", (x0 + x1) / 2, u.bbox.top + 12 * devicePixelRatio);
          ctx.fillStyle = "rgba(120, 120, 120, 0.12)";
        }
        ctx.restore();
      }],
    },
  };
}

/// Whether a day lies in one of the partial weeks.
export function inPartialWeek(ranges, day) {
  return (ranges || []).some(([from, to]) => day >= from && day <= to);
}
