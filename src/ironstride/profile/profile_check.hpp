#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "ironstride/domain/athlete.hpp"
#include "ironstride/util/error.hpp"

namespace ironstride::profile {

/// The outcome of checking a profile: every diagnostic (a util::Error whose subject is the dotted key, e.g.
/// "body.weight_lb", empty for TOML syntax errors; warnings have Severity::warning), sorted by position, and the
/// athlete when there was no error (warnings do not prevent it).
struct ProfileCheck {
    std::optional<domain::Athlete> athlete;
    std::vector<util::Error> diagnostics;
    /// Set when the checker itself failed (a bug); the diagnostics then end with an error saying so.
    bool internal_failure = false;

    [[nodiscard]] bool ok() const noexcept { return athlete.has_value(); }
    [[nodiscard]] std::size_t error_count() const noexcept;
    [[nodiscard]] std::size_t warning_count() const noexcept;
};

}  // namespace ironstride::profile
