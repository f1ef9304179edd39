#include "ironstride/profile/profile_check.hpp"

#include <algorithm>

namespace ironstride::profile {

std::size_t ProfileCheck::error_count() const noexcept {
    return static_cast<std::size_t>(std::count_if(diagnostics.begin(), diagnostics.end(), [](const util::Error& d) {
        return d.severity() == util::Severity::error;
    }));
}

std::size_t ProfileCheck::warning_count() const noexcept { return diagnostics.size() - error_count(); }

}  // namespace ironstride::profile
