#pragma once

#include <cstddef>

#include <nlohmann/json.hpp>

#include "ironstride/domain/activity.hpp"

namespace ironstride::server {

/// The most samples GET /api/v1/activities/{id}/samples returns: a chart 1,000-2,000 px wide draws no more, and a
/// 3-hour run's 10,800 one-second samples would be 1 MB of JSON.
inline constexpr std::size_t kMaxChartSamples = 2000;

/// An activity's samples for the dashboard's charts and track, column by column: `{count, returned, time_s,
/// distance_m, altitude_m, speed_mps, heart_rate_bpm, cadence_rpm, power_w, lat, lon}`; every array has `returned`
/// values (null where that sample lacks it, all null for a channel the file did not record). With more than
/// `max_points` samples every n-th is kept (and the last), so the shape survives. SI units; positions in degrees.
[[nodiscard]] nlohmann::json activity_samples_json(const domain::SampleStream& samples,
                                                   std::size_t max_points = kMaxChartSamples);

}  // namespace ironstride::server
