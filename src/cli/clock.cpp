#include "cli/clock.hpp"

#include <cstdlib>

#include "ironstride/util/error.hpp"

namespace ironstride::cli {

units::CivilDay today() {
    const char* pinned = std::getenv("IRONSTRIDE_TODAY");
    if (pinned == nullptr || *pinned == '\0') return units::today_utc();
    auto day = units::parse_iso_date(pinned);
    if (!day) throw util::Error(util::ErrorCode::usage_bad_value, "IRONSTRIDE_TODAY: " + day.error().message()).with_hint("use YYYY-MM-DD, or unset it");
    return *day;
}

}  // namespace ironstride::cli
