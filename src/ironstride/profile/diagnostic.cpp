#include "ironstride/profile/diagnostic.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace ironstride::profile {

const char* to_string(Severity severity) { return severity == Severity::error ? "error" : "warning"; }

std::string Diagnostic::to_string() const {
    if (key.empty()) return fmt::format("{}: {}: {}", pos.to_string(), profile::to_string(severity), message);
    return fmt::format("{}: {}: {}: {}", pos.to_string(), profile::to_string(severity), key, message);
}

std::size_t ProfileCheck::error_count() const noexcept {
    return static_cast<std::size_t>(std::count_if(diagnostics.begin(), diagnostics.end(),
                                                  [](const Diagnostic& d) { return d.severity == Severity::error; }));
}

std::size_t ProfileCheck::warning_count() const noexcept { return diagnostics.size() - error_count(); }

}  // namespace ironstride::profile
