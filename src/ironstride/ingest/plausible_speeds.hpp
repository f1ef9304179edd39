#pragma once

#include <optional>
#include <span>

#include "ironstride/domain/activity.hpp"

namespace ironstride::ingest {

/// How fast a human can move in one sport, and the speeds at which an activity without a named sport is taken to be
/// that sport (ingest/sport_inference.hpp). One row per sport, in plausible_speeds.cpp, each with its source.
struct SportSpeeds {
    domain::Sport sport = domain::Sport::other;
    /// No human exceeds this in the sport, even briefly: an activity whose average moving speed is above it is not
    /// that sport (or its file is broken). Empty: no limit (strength has no speed; "other" may be a car).
    std::optional<double> max_speed_mps;
    /// An activity of unknown sport whose average moving speed lies in [infer_from_mps, infer_below_mps) is inferred
    /// to be this sport. Empty: never inferred.
    std::optional<double> infer_from_mps;
    std::optional<double> infer_below_mps;
};

/// The table, one row per sport that has limits.
[[nodiscard]] std::span<const SportSpeeds> sport_speeds() noexcept;

/// The limit for `sport` (max_speed_mps of its row); empty when it has none.
[[nodiscard]] std::optional<double> max_plausible_speed_mps(domain::Sport sport) noexcept;

/// The fastest any human moves on their own power in any sport here (cycling's limit): above it an activity is a
/// vehicle, whatever the file says.
[[nodiscard]] double max_human_speed_mps() noexcept;

}  // namespace ironstride::ingest
