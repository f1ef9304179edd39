#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "ironstride/domain/athlete.hpp"
#include "ironstride/util/source_pos.hpp"

namespace ironstride::profile {

enum class Severity { error, warning };

/// "error" or "warning".
[[nodiscard]] const char* to_string(Severity severity);

/// One finding about a profile: where (file:line:col), how bad, which key (dotted, e.g. "body.weight_lb"; empty for
/// TOML syntax errors), what was found and what is allowed (`message`), and how to fix it (`hint`, may be empty).
struct Diagnostic {
    util::SourcePos pos;
    Severity severity = Severity::error;
    std::string key;
    std::string message;
    std::string hint;

    /// "file:line:col: error: key: message" (without the hint).
    [[nodiscard]] std::string to_string() const;
};

/// The outcome of checking a profile: every diagnostic, sorted by position, and the athlete when there was no
/// error (warnings do not prevent it).
struct ProfileCheck {
    std::optional<domain::Athlete> athlete;
    std::vector<Diagnostic> diagnostics;
    /// Set when the checker itself failed (a bug); the diagnostics then end with an error saying so.
    bool internal_failure = false;

    [[nodiscard]] bool ok() const noexcept { return athlete.has_value(); }
    [[nodiscard]] std::size_t error_count() const noexcept;
    [[nodiscard]] std::size_t warning_count() const noexcept;
};

}  // namespace ironstride::profile
