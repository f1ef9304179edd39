#pragma once

#include <string>
#include <string_view>

#include <fmt/format.h>

#include "ironstride/domain/athlete.hpp"
#include "ironstride/util/text.hpp"

namespace ironstride::report {

// Display of quantities in metric or imperial units: the only place imperial output exists (STYLE habit 14; the
// profile parser is the only place imperial input exists). SI goes in; text comes out. Every function rounds the
// displayed value only; nothing here changes a number the program computes with.
//
// Conversions: units/conversions.hpp (1 lb = 0.45359237 kg, 1 mi = 1609.344 m, 1 in = 0.0254 m).

using domain::UnitSystem;

/// A duration as "M:SS" under an hour, "H:MM:SS" from an hour on; with decimals > 0 the seconds get that many
/// decimals ("21:14.9"). Rounds first, so 59.96 s with 1 decimal is "1:00.0", never "0:60.0". Negative durations
/// get a leading "-". decimals is 0…3.
[[nodiscard]] std::string format_duration(double seconds, int decimals = 0);

/// "/km" or "/mi".
[[nodiscard]] std::string_view pace_unit(UnitSystem units);
/// Time per km or per mile at a speed, "M:SS" (whole seconds), without the unit. Requires speed_mps > 0.
[[nodiscard]] std::string format_pace_value(double speed_mps, UnitSystem units);
/// format_pace_value plus the unit: "5:20 /km", "8:35 /mi".
[[nodiscard]] std::string format_pace(double speed_mps, UnitSystem units);

/// "km/h" or "mph".
[[nodiscard]] std::string_view speed_unit(UnitSystem units);
/// Speed in km/h or mph with `decimals` decimals, without the unit: "11.3".
[[nodiscard]] std::string format_speed_value(double speed_mps, UnitSystem units, int decimals = 1);
/// format_speed_value plus the unit: "11.3 km/h", "7.0 mph".
[[nodiscard]] std::string format_speed(double speed_mps, UnitSystem units, int decimals = 1);

/// "12.50 km" / "7.77 mi".
[[nodiscard]] std::string format_distance(double metres, UnitSystem units, int decimals = 2);
/// Road-race names for the standard distances (5K, 10K, half marathon, marathon, mile), else format_distance.
[[nodiscard]] std::string format_race_distance(double metres, UnitSystem units);

/// "86.0 kg" / "132.0 lb".
[[nodiscard]] std::string format_mass(double kilograms, UnitSystem units, int decimals = 1);
/// "182 cm" / "5 ft 5 in" (whole units).
[[nodiscard]] std::string format_height(double metres, UnitSystem units);

/// A number with thousands separators and no decimals: 2136.4 → "2,136" (util/text.hpp).
using util::format_whole;

// fmt integration: wrap a value to print it with "{}" (STYLE habit 13).
struct Pace {
    double speed_mps;
    UnitSystem units;
};
struct Speed {
    double speed_mps;
    UnitSystem units;
};
struct Distance {
    double metres;
    UnitSystem units;
};
struct Mass {
    double kilograms;
    UnitSystem units;
};
struct Duration {
    double seconds;
};

}  // namespace ironstride::report

template <>
struct fmt::formatter<ironstride::report::Pace> : fmt::formatter<std::string_view> {
    auto format(const ironstride::report::Pace& pace, fmt::format_context& ctx) const {
        return fmt::formatter<std::string_view>::format(ironstride::report::format_pace(pace.speed_mps, pace.units),
                                                        ctx);
    }
};
template <>
struct fmt::formatter<ironstride::report::Speed> : fmt::formatter<std::string_view> {
    auto format(const ironstride::report::Speed& speed, fmt::format_context& ctx) const {
        return fmt::formatter<std::string_view>::format(
            ironstride::report::format_speed(speed.speed_mps, speed.units), ctx);
    }
};
template <>
struct fmt::formatter<ironstride::report::Distance> : fmt::formatter<std::string_view> {
    auto format(const ironstride::report::Distance& distance, fmt::format_context& ctx) const {
        return fmt::formatter<std::string_view>::format(
            ironstride::report::format_distance(distance.metres, distance.units), ctx);
    }
};
template <>
struct fmt::formatter<ironstride::report::Mass> : fmt::formatter<std::string_view> {
    auto format(const ironstride::report::Mass& mass, fmt::format_context& ctx) const {
        return fmt::formatter<std::string_view>::format(ironstride::report::format_mass(mass.kilograms, mass.units),
                                                        ctx);
    }
};
template <>
struct fmt::formatter<ironstride::report::Duration> : fmt::formatter<std::string_view> {
    auto format(const ironstride::report::Duration& duration, fmt::format_context& ctx) const {
        return fmt::formatter<std::string_view>::format(ironstride::report::format_duration(duration.seconds), ctx);
    }
};
