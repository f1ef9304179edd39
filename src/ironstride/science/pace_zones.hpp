#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace ironstride::science {

// Daniels' training paces from a VDOT. evidence.md §2 "Daniels' paces" (%VO2max bands [S]) with the inverse velocity
// fit of "Jack Daniels VDOT": the speed of a pace is the velocity whose oxygen cost is fraction × VDOT.

inline constexpr std::string_view kDanielsPacesSource = "Daniels' Running Formula, 3rd ed. 2014, ch. 4";
inline constexpr std::string_view kTreadmillSource = "Jones & Doust 1996, J Sports Sci 14:321-327 (1% grade)";

/// The five Daniels paces.
/// - E 59–74 %VO2max, M 75–84 %, I 95–100 % (evidence.md bands).
/// - T 83–88 %: evidence.md quotes summaries of 80–85/86 % and 83–88 %; we take 83–88 %, the one that sits above M
///   (80–85 would fall almost wholly inside M's 75–84 %).
/// - R: evidence.md gives no %VO2max band. We use Daniels' own definition of R as current mile race pace, i.e. the
///   VDOT's predicted 1609.344 m time (predict_race_time_s): a single speed, not a band.
enum class PaceKind { easy, marathon, threshold, interval, repetition };

/// "E", "M", "T", "I", "R".
[[nodiscard]] const char* to_string(PaceKind kind);

struct PaceZone {
    PaceKind kind = PaceKind::easy;
    /// %VO2max band as fractions; both empty for R (from the mile prediction).
    std::optional<double> low_fraction;
    std::optional<double> high_fraction;
    double slow_speed_mps = 0;  ///< at low_fraction (R: the mile speed)
    double fast_speed_mps = 0;  ///< at high_fraction (R: the mile speed)
};

/// Speed (m/s) at a fraction of VO2max for a VDOT: daniels_velocity_m_per_min(fraction × vdot) / 60.
[[nodiscard]] double speed_at_fraction_mps(double vdot, double fraction_of_vo2max);

/// E, M, T, I, R for a VDOT (> 0; asserts). R is missing only if the mile prediction fails (VDOT far outside the
/// human range), in which case its speeds are 0.
[[nodiscard]] std::array<PaceZone, 5> pace_zones(double vdot);

/// Seconds per kilometre at a speed (1000 / speed). Requires speed > 0.
[[nodiscard]] double pace_s_per_km(double speed_mps);

/// Treadmill setting for an outdoor pace: the same belt speed at a 1 % grade, which best matches the energy cost of
/// outdoor running (Jones & Doust 1996 [R]; the Compendium has no treadmill code, evidence.md §5 "Treadmill").
struct TreadmillSetting {
    double speed_mps = 0;
    double grade_pct = 0;
};
inline constexpr double kTreadmillGradePct = 1.0;
[[nodiscard]] TreadmillSetting treadmill_setting(double outdoor_speed_mps);

}  // namespace ironstride::science
