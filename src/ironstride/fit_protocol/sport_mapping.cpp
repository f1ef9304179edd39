#include "ironstride/fit_protocol/sport_mapping.hpp"

#include "ironstride/fit_protocol/fit_names.hpp"
#include "ironstride/fit_protocol/fit_profile.hpp"

namespace ironstride::fit_protocol {

domain::Sport to_domain_sport(std::optional<std::uint8_t> fit_sport, std::optional<std::uint8_t> fit_sub_sport,
                              bool has_strength_sets) noexcept {
    if (fit_sub_sport == sub_sport::kStrengthTraining) return domain::Sport::strength;
    switch (fit_sport.value_or(sport::kGeneric)) {
        case sport::kRunning: return domain::Sport::running;
        case sport::kWalking: return domain::Sport::walking;
        case sport::kHiking: return domain::Sport::hiking;
        case sport::kCycling:
        case sport::kEBiking: return domain::Sport::cycling;
        case sport::kSwimming: return domain::Sport::swimming;
        case sport::kTraining:
            if (fit_sub_sport.value_or(sub_sport::kGeneric) == sub_sport::kGeneric) {
                return has_strength_sets ? domain::Sport::strength : domain::Sport::other;
            }
            return domain::Sport::other;
        case sport::kGeneric: return has_strength_sets ? domain::Sport::strength : domain::Sport::other;
        default: return domain::Sport::other;
    }
}

std::uint8_t to_fit_sport(domain::Sport value) noexcept {
    switch (value) {
        case domain::Sport::running: return sport::kRunning;
        case domain::Sport::walking: return sport::kWalking;
        case domain::Sport::hiking: return sport::kHiking;
        case domain::Sport::cycling: return sport::kCycling;
        case domain::Sport::swimming: return sport::kSwimming;
        case domain::Sport::strength: return sport::kTraining;
        case domain::Sport::other: break;
    }
    return sport::kGeneric;
}

std::string sub_sport_text(std::optional<std::uint8_t> value) {
    if (!value || *value == sub_sport::kGeneric) return {};
    return std::string{sub_sport_name(*value)};
}

}  // namespace ironstride::fit_protocol
