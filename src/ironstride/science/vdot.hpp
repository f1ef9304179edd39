#pragma once

#include <optional>
#include <string_view>

namespace ironstride::science {

// Jack Daniels' VDOT. evidence.md §2 "Jack Daniels VDOT (Daniels & Gilbert 1979, Oxygen Power; Daniels' Running
// Formula)" [S: coefficients identical across independent implementations]. Velocity v in m/min, time t in minutes
// inside the formulas; the public API takes metres and seconds.

inline constexpr std::string_view kDanielsSource = "Daniels & Gilbert 1979 (Oxygen Power); Daniels' Running Formula";

/// Oxygen cost of running, ml/kg/min: −4.60 + 0.182258·v + 0.000104·v² (v in m/min).
/// [TEST VECTOR] 250 m/min → 47.465.
[[nodiscard]] double daniels_oxygen_cost_ml_kg_min(double velocity_m_per_min);

/// Fraction of VO2max sustainable for t minutes: 0.8 + 0.1894393·e^(−0.012778·t) + 0.2989558·e^(−0.1932605·t)
/// (the exponential form with the 0.2989558 term; evidence.md trap 6). [TEST VECTOR] 20 min → 0.95298.
[[nodiscard]] double daniels_fraction_of_vo2max(double duration_min);

/// VDOT of a race: VO2(d/t) / %max(t). Requires distance_m > 0 and time_s > 0.
/// [TEST VECTOR] 5K 20:00 → 49.81; 10K 45:00 → 45.26; HM 1:45:00 → 42.64; M 3:00:00 → 53.53; M 4:00:00 → 37.90.
[[nodiscard]] double vdot_from_race(double distance_m, double time_s);

/// Race time in seconds predicted for a VDOT over a distance: solves vdot_from_race(d, t) = vdot for t by bisection
/// (to well under 1 ms). Nothing when vdot or distance is not positive, or no speed within 20–1000 m/min matches.
/// [TEST VECTOR] VDOT 50 → 5K 19:56, 10K 41:20, HM 1:31:31, M 3:10:40 (to the second).
[[nodiscard]] std::optional<double> predict_race_time_s(double vdot, double distance_m);

/// Daniels' inverse fit: velocity (m/min) at which running costs `vo2` ml/kg/min:
/// v = 29.54 + 5.000663·VO2 − 0.007546·VO2².
[[nodiscard]] double daniels_velocity_m_per_min(double vo2_ml_kg_min);

}  // namespace ironstride::science
