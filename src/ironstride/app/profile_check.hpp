#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "ironstride/profile/profile_check.hpp"
#include "ironstride/units/civil_time.hpp"

namespace ironstride::app {

/// One file of `profile check`: its diagnostics and athlete, or why it could not be read.
struct ProfileFileCheck {
    std::string path;
    std::optional<profile::ProfileCheck> check;  ///< nullopt when the file could not be read
    std::string read_error;                      ///< then: the error, naming the file
};

/// The use case `profile check`: checks each file against `today` (birth, event and race dates). Never throws for
/// bad profile content or an unreadable file (both are results).
[[nodiscard]] std::vector<ProfileFileCheck> check_profiles(std::span<const std::string> files,
                                                           units::CivilDay today);

}  // namespace ironstride::app
