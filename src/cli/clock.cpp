#include "cli/clock.hpp"

#include <cstdlib>

#include "ironstride/util/error.hpp"

namespace ironstride::cli {

units::CivilDay today() {
    const char* pinned = std::getenv("IRONSTRIDE_TODAY");
    if (pinned == nullptr || *pinned == '\0') return units::today_utc();
    auto day = units::parse_iso_date(pinned);
    if (!day) throw util::UsageError("IRONSTRIDE_TODAY: " + day.failure().message, "use YYYY-MM-DD, or unset it");
    return *day;
}

}  // namespace ironstride::cli
