#pragma once

#include <string_view>

namespace ironstride::science {

// Energy availability. evidence.md §5 "Energy availability (EA)": EA = (intake − exercise energy) / FFM, in kcal per
// kg fat-free mass per day. Thresholds: ≥ 45 adequate [S], 30–44 reduced [S], < 30 low [V] (Loucks & Thuma 2003;
// Loucks, Kiens & Wright 2011). Established mainly in women; in men the thresholds are "unknown".

inline constexpr std::string_view kEnergyAvailabilitySource =
    "Loucks & Thuma 2003; Loucks, Kiens & Wright 2011 (J Sports Sci)";

inline constexpr double kEaAdequateKcalPerKgFfm = 45.0;
inline constexpr double kEaLowKcalPerKgFfm = 30.0;

enum class EnergyAvailabilityBand { adequate, reduced, low };

[[nodiscard]] const char* to_string(EnergyAvailabilityBand band);

/// (intake_kcal − exercise_kcal) / fat_free_mass_kg. Requires fat_free_mass_kg > 0.
/// [TEST VECTOR] 1600, 600, 45 kg → 22.2 (low).
[[nodiscard]] double energy_availability_kcal_per_kg_ffm(double intake_kcal, double exercise_kcal,
                                                         double fat_free_mass_kg);

/// ≥ 45 adequate, 30 to < 45 reduced, < 30 low.
[[nodiscard]] EnergyAvailabilityBand classify_energy_availability(double kcal_per_kg_ffm);

}  // namespace ironstride::science
