#include "ironstride/science/energy_availability.hpp"

#include <cassert>

namespace ironstride::science {

const char* to_string(EnergyAvailabilityBand band) {
    switch (band) {
        case EnergyAvailabilityBand::adequate: return "adequate";
        case EnergyAvailabilityBand::reduced: return "reduced";
        case EnergyAvailabilityBand::low: return "low";
    }
    return "?";
}

double energy_availability_kcal_per_kg_ffm(double intake_kcal, double exercise_kcal, double fat_free_mass_kg) {
    assert(fat_free_mass_kg > 0 && "fat-free mass must be positive");
    return (intake_kcal - exercise_kcal) / fat_free_mass_kg;
}

EnergyAvailabilityBand classify_energy_availability(double kcal_per_kg_ffm) {
    if (kcal_per_kg_ffm >= kEaAdequateKcalPerKgFfm) return EnergyAvailabilityBand::adequate;
    if (kcal_per_kg_ffm >= kEaLowKcalPerKgFfm) return EnergyAvailabilityBand::reduced;
    return EnergyAvailabilityBand::low;
}

}  // namespace ironstride::science
