#pragma once

#include <nlohmann/json.hpp>

#include "ironstride/profile/profile_check.hpp"

namespace ironstride::report {

/// A profile check as JSON: {valid, errors, warnings, diagnostics: [error_json …]} (docs/errors.md for one
/// diagnostic: its line and column, key, what was found and allowed, the hint).
[[nodiscard]] nlohmann::json profile_check_json(const profile::ProfileCheck& check);

}  // namespace ironstride::report
