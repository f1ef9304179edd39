// The athlete's display units (the profile's `units`, as GET /api/v1/targets reports them): the API is SI, the
// pages show km or mi, kg or lb, like the CLI's text and the plan's steps. Asked once per page.

import { get } from "./api.js";

const METRES_PER_MILE = 1609.344;
const KG_PER_LB = 0.45359237;

let cached = null;

/// {imperial, distance(m) -> "8.55 km", pace(m/s) -> "5:12 /km", mass(kg) -> "81.4 kg", paceUnit, distanceUnit,
/// massUnit, metresPerUnit, kgPerUnit}.
export async function displayUnits() {
  if (!cached) cached = get("targets").then((t) => unitsFor(t.units === "imperial"));
  return cached;
}

export function unitsFor(imperial) {
  const metresPerUnit = imperial ? METRES_PER_MILE : 1000;
  const kgPerUnit = imperial ? KG_PER_LB : 1;
  const distanceUnit = imperial ? "mi" : "km";
  const massUnit = imperial ? "lb" : "kg";
  return {
    imperial, metresPerUnit, kgPerUnit, distanceUnit, massUnit, paceUnit: `min/${distanceUnit}`,
    distance: (m) => (m === null || m === undefined ? "–" : `${(m / metresPerUnit).toFixed(2)} ${distanceUnit}`),
    mass: (kg) => (kg === null || kg === undefined ? "–" : `${(kg / kgPerUnit).toFixed(1)} ${massUnit}`),
  };
}
