// The y ranges of a chart: an axis of counts or amounts (distance, sets, hours, kcal) starts at zero, so a bar's
// height is its value; an axis of a level (body weight, e1RM) fits its data, so a 1 % change stays visible.

/// A range with a little air above (and below, when not anchored at zero) the data, on round numbers.
export function axisRange(min, max, fromZero) {
  if (min === null || max === null || !Number.isFinite(min) || !Number.isFinite(max)) return [0, 1];
  let lo = fromZero ? Math.min(0, min) : min;
  let hi = fromZero ? Math.max(0, max) : max;
  if (lo === hi) {
    hi += Math.abs(hi) * 0.1 || 1;
    if (!fromZero) lo -= Math.abs(lo) * 0.1 || 1;
  }
  const pad = (hi - lo) * 0.06;
  const step = roundStep((hi - lo) / 5);
  const top = Math.ceil((hi + pad) / step) * step;
  const bottom = fromZero && lo === 0 ? 0 : Math.floor((lo - (fromZero && lo >= 0 ? 0 : pad)) / step) * step;
  return [bottom, top];
}

/// 1, 2 or 5 times a power of ten, at least `raw`.
function roundStep(raw) {
  const power = 10 ** Math.floor(Math.log10(raw));
  const ratio = raw / power;
  return power * (ratio > 5 ? 10 : ratio > 2 ? 5 : ratio > 1 ? 2 : 1);
}
