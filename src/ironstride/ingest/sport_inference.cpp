#include "ironstride/ingest/sport_inference.hpp"

#include "ironstride/ingest/plausible_speeds.hpp"

namespace ironstride::ingest {

std::optional<double> average_moving_speed_mps(const domain::Activity& activity) {
    const std::optional<double> time_s =
        activity.timer_s && *activity.timer_s > 0 ? activity.timer_s : activity.elapsed_s;
    if (!activity.distance_m || !time_s || !(*time_s > 0)) return std::nullopt;
    return *activity.distance_m / *time_s;
}

domain::Sport infer_sport(const domain::Activity& activity) {
    const std::optional<double> speed = average_moving_speed_mps(activity);
    if (!speed) return domain::Sport::other;
    for (const SportSpeeds& row : sport_speeds()) {
        if (row.infer_from_mps && row.infer_below_mps && *speed >= *row.infer_from_mps &&
            *speed < *row.infer_below_mps) {
            return row.sport;
        }
    }
    return domain::Sport::other;
}

}  // namespace ironstride::ingest
