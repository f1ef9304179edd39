#include "ironstride/app/athlete_day.hpp"

#include "ironstride/profile/profile_loader.hpp"
#include "ironstride/units/time_zone.hpp"

namespace ironstride::app {

units::CivilDay athlete_today(const std::optional<std::filesystem::path>& profile, units::Instant now) {
    const units::TimeZone zone = profile ? profile::profile_time_zone(*profile) : units::TimeZone::machine();
    return zone.local_day(now);
}

}  // namespace ironstride::app
