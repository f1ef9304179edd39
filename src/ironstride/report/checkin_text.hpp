#pragma once

#include <optional>
#include <string>

#include "ironstride/domain/daily_log.hpp"

namespace ironstride::report {

/// What `ironstride checkin` prints: the stored check-in, whether it replaced one, and a note when the sleep is
/// under the 7 h adults need (NSF/AASM, evidence.md §7) or under the profile's target.
[[nodiscard]] std::string render_checkin_text(const domain::CheckIn& checkin, bool replaced,
                                              std::optional<double> sleep_target_h);

}  // namespace ironstride::report
