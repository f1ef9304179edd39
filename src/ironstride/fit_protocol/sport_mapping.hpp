#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "ironstride/domain/activity.hpp"

namespace ironstride::fit_protocol {

/// FIT sport/sub_sport to domain::Sport: running, walking, hiking, cycling (and e-biking), swimming; training (or any
/// sport) with sub_sport strength_training is strength, and so is generic training with strength sets; everything
/// else is other.
[[nodiscard]] domain::Sport to_domain_sport(std::optional<std::uint8_t> sport, std::optional<std::uint8_t> sub_sport,
                                            bool has_strength_sets) noexcept;

/// The FIT sport written for a domain sport (strength is training).
[[nodiscard]] std::uint8_t to_fit_sport(domain::Sport sport) noexcept;

/// The sub_sport's profile name for domain::Activity::sub_sport; "generic" and unknown values read as empty.
[[nodiscard]] std::string sub_sport_text(std::optional<std::uint8_t> sub_sport);

}  // namespace ironstride::fit_protocol
