#include "ironstride/science/acwr.hpp"

#include <numeric>

namespace ironstride::science {

const char* to_string(AcwrForm form) { return form == AcwrForm::coupled ? "coupled" : "uncoupled"; }

std::optional<double> acwr(std::span<const double> loads_acute_last, AcwrForm form) {
    if (loads_acute_last.size() < 2) return std::nullopt;
    const double acute = loads_acute_last.back();
    const auto chronic_span =
        form == AcwrForm::coupled ? loads_acute_last : loads_acute_last.first(loads_acute_last.size() - 1);
    const double chronic =
        std::accumulate(chronic_span.begin(), chronic_span.end(), 0.0) / static_cast<double>(chronic_span.size());
    if (!(chronic > 0)) return std::nullopt;
    return acute / chronic;
}

}  // namespace ironstride::science
