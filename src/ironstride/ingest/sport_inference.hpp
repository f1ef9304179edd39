#pragma once

#include <optional>

#include "ironstride/domain/activity.hpp"

namespace ironstride::ingest {

/// Average moving speed: distance over timer time (elapsed time when there is no timer time); empty without a
/// distance or a positive time.
[[nodiscard]] std::optional<double> average_moving_speed_mps(const domain::Activity& activity);

/// The sport an activity's average moving speed says, from the inference bands of ingest/plausible_speeds.cpp
/// (a walk below 1.9 m/s, a run up to 4.5 m/s, a ride from 7 to 20 m/s); Sport::other when the speed is unknown or in
/// no band, so that nothing is counted as a run or a ride on a guess.
[[nodiscard]] domain::Sport infer_sport(const domain::Activity& activity);

}  // namespace ironstride::ingest
