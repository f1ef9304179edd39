#pragma once

#include <string>

#include "ironstride/profile/profile_check.hpp"
#include "ironstride/units/civil_time.hpp"

namespace ironstride::report {

/// What `ironstride profile check` prints for one file: "PATH: valid profile (schema N): " with a two-line summary
/// of the athlete (who, then goal, running, lifting, availability and equipment), or every diagnostic with its
/// hint (at most 50, like a compiler's error limit) and "PATH: invalid profile: N errors, M warnings".
[[nodiscard]] std::string render_profile_check(const std::string& path, const profile::ProfileCheck& check,
                                               units::CivilDay today);

}  // namespace ironstride::report
