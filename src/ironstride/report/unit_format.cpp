#include "ironstride/report/unit_format.hpp"

#include <cassert>
#include <cmath>
#include <cstdlib>

#include "ironstride/units/conversions.hpp"

namespace ironstride::report {

namespace {

using units::kSecondsPerHour;
using units::kSecondsPerMinute;
constexpr long kInchesPerFoot = 12;
constexpr double kCentimetresPerMetre = 100.0;

bool imperial(UnitSystem units) { return units == UnitSystem::imperial; }

/// Metres per display unit of distance (km or mile).
double metres_per_distance_unit(UnitSystem units) {
    return imperial(units) ? units::kMetresPerMile : units::kMetresPerKilometre;
}

}  // namespace

std::string format_duration(double seconds, int decimals) {
    assert(decimals >= 0 && decimals <= 3 && "0 to 3 decimals");
    const std::string sign = seconds < 0 ? "-" : "";
    // Work in integer units of 10^-decimals s so rounding carries into minutes and hours.
    const long scale = decimals == 0 ? 1 : decimals == 1 ? 10 : decimals == 2 ? 100 : 1000;
    const long ticks = std::lround(std::fabs(seconds) * static_cast<double>(scale));
    const long whole_seconds = ticks / scale;
    const long fraction = ticks % scale;
    const long hours = whole_seconds / kSecondsPerHour;
    const long minutes = (whole_seconds % kSecondsPerHour) / kSecondsPerMinute;
    const long secs = whole_seconds % kSecondsPerMinute;
    const std::string fraction_text = decimals == 0 ? std::string() : fmt::format(".{:0{}}", fraction, decimals);
    if (hours > 0) return fmt::format("{}{}:{:02}:{:02}{}", sign, hours, minutes, secs, fraction_text);
    return fmt::format("{}{}:{:02}{}", sign, minutes, secs, fraction_text);
}

std::string_view pace_unit(UnitSystem units) { return imperial(units) ? "/mi" : "/km"; }

std::string format_pace_value(double speed_mps, UnitSystem units) {
    assert(speed_mps > 0 && "pace needs a positive speed");
    return format_duration(metres_per_distance_unit(units) / speed_mps);
}

std::string format_pace(double speed_mps, UnitSystem units) {
    return fmt::format("{} {}", format_pace_value(speed_mps, units), pace_unit(units));
}

std::string_view speed_unit(UnitSystem units) { return imperial(units) ? "mph" : "km/h"; }

std::string format_speed_value(double speed_mps, UnitSystem units, int decimals) {
    const double value = imperial(units) ? units::mps_to_mph(speed_mps) : units::mps_to_kmh(speed_mps);
    return fmt::format("{:.{}f}", value, decimals);
}

std::string format_speed(double speed_mps, UnitSystem units, int decimals) {
    return fmt::format("{} {}", format_speed_value(speed_mps, units, decimals), speed_unit(units));
}

std::string format_distance(double metres, UnitSystem units, int decimals) {
    return fmt::format("{:.{}f} {}", metres / metres_per_distance_unit(units), decimals, imperial(units) ? "mi" : "km");
}

std::string format_race_distance(double metres, UnitSystem units) {
    if (metres == units::k5kMetres) return "5K";
    if (metres == units::k10kMetres) return "10K";
    if (metres == units::kHalfMarathonMetres) return "half marathon";
    if (metres == units::kMarathonMetres) return "marathon";
    if (metres == units::kMetresPerMile) return "mile";
    return format_distance(metres, units);
}

std::string format_mass(double kilograms, UnitSystem units, int decimals) {
    if (imperial(units)) return fmt::format("{:.{}f} lb", units::kg_to_pounds(kilograms), decimals);
    return fmt::format("{:.{}f} kg", kilograms, decimals);
}

std::string format_height(double metres, UnitSystem units) {
    if (imperial(units)) {
        const long inches = std::lround(metres / units::kMetresPerInch);
        return fmt::format("{} ft {} in", inches / kInchesPerFoot, inches % kInchesPerFoot);
    }
    return fmt::format("{} cm", std::lround(metres * kCentimetresPerMetre));
}


}  // namespace ironstride::report
