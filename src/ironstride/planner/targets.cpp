#include "ironstride/planner/targets.hpp"

#include <cmath>

#include "ironstride/science/heart_rate_profile.hpp"
#include "ironstride/science/pace_zones.hpp"
#include "ironstride/science/vdot.hpp"

namespace ironstride::planner {

RunTargets run_targets(const domain::Athlete& athlete, int age_years) {
    RunTargets targets;
    const science::HeartRateProfile heart = science::heart_rate_profile_at_age(athlete, age_years);
    targets.max_hr_bpm = heart.max_hr_bpm;
    targets.max_hr_source = std::string(heart.max_hr_source);
    const science::HrZones& zones = heart.zones;
    targets.zone2_low_bpm = zones.zone2().low_bpm;
    targets.zone2_high_bpm = zones.zone2().high_bpm;
    targets.zone4_low_bpm = zones.zones[3].low_bpm;
    targets.zone4_high_bpm = zones.zones[3].high_bpm;
    targets.zone5_low_bpm = zones.zones[4].low_bpm;
    targets.zone_model = std::string(science::describe(zones.model));
    targets.treadmill_grade_pct = science::kTreadmillGradePct;
    if (athlete.recent_race && athlete.recent_race->distance_m > 0 && athlete.recent_race->time_s > 0) {
        const double vdot = science::vdot_from_race(athlete.recent_race->distance_m, athlete.recent_race->time_s);
        if (std::isfinite(vdot) && vdot > 0) {
            targets.vdot = vdot;
            for (const auto& zone : science::pace_zones(vdot)) {
                const SpeedBand band{zone.slow_speed_mps, zone.fast_speed_mps};
                switch (zone.kind) {
                    case science::PaceKind::easy: targets.easy = band; break;
                    case science::PaceKind::threshold: targets.threshold = band; break;
                    case science::PaceKind::interval: targets.interval = band; break;
                    case science::PaceKind::repetition:
                        if (zone.fast_speed_mps > 0) targets.repetition_mps = zone.fast_speed_mps;
                        break;
                    case science::PaceKind::marathon: break;
                }
            }
        }
    }
    return targets;
}

}  // namespace ironstride::planner
