#include "ironstride/science/pace_zones.hpp"

#include <cassert>

#include "ironstride/science/vdot.hpp"
#include "ironstride/units/conversions.hpp"

namespace ironstride::science {

namespace {

struct Band {
    PaceKind kind;
    double low;
    double high;
};

// evidence.md §2 "Daniels' paces" (T: the 83–88 % reading; see pace_zones.hpp).
constexpr std::array<Band, 4> kBands{{{PaceKind::easy, 0.59, 0.74},
                                      {PaceKind::marathon, 0.75, 0.84},
                                      {PaceKind::threshold, 0.83, 0.88},
                                      {PaceKind::interval, 0.95, 1.00}}};

/// Daniels: R pace = current mile race pace.
constexpr double kMileMetres = units::kMetresPerMile;

}  // namespace

const char* to_string(PaceKind kind) {
    switch (kind) {
        case PaceKind::easy: return "E";
        case PaceKind::marathon: return "M";
        case PaceKind::threshold: return "T";
        case PaceKind::interval: return "I";
        case PaceKind::repetition: return "R";
    }
    return "?";
}

double speed_at_fraction_mps(double vdot, double fraction_of_vo2max) {
    return daniels_velocity_m_per_min(fraction_of_vo2max * vdot) / units::kSecondsPerMinute;
}

std::array<PaceZone, 5> pace_zones(double vdot) {
    assert(vdot > 0 && "VDOT must be positive");
    std::array<PaceZone, 5> zones{};
    for (std::size_t i = 0; i < kBands.size(); ++i) {
        const Band& band = kBands[i];
        zones[i] = PaceZone{band.kind, band.low, band.high, speed_at_fraction_mps(vdot, band.low),
                            speed_at_fraction_mps(vdot, band.high)};
    }
    PaceZone& repetition = zones[4];
    repetition.kind = PaceKind::repetition;
    if (const auto mile_s = predict_race_time_s(vdot, kMileMetres)) {
        repetition.slow_speed_mps = kMileMetres / *mile_s;
        repetition.fast_speed_mps = repetition.slow_speed_mps;
    }
    return zones;
}

double pace_s_per_km(double speed_mps) {
    assert(speed_mps > 0 && "pace needs a positive speed");
    return units::kMetresPerKilometre / speed_mps;
}

TreadmillSetting treadmill_setting(double outdoor_speed_mps) { return {outdoor_speed_mps, kTreadmillGradePct}; }

}  // namespace ironstride::science
