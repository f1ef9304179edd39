#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "ironstride/domain/activity.hpp"
#include "ironstride/domain/activity_metrics.hpp"
#include "ironstride/science/heart_rate_profile.hpp"
#include "ironstride/science/heart_rate_zones.hpp"

namespace ironstride::analysis {

/// Version of the per-activity metrics computed here and cached by the store (store::MetricsRepository). Cached
/// rows of an older version are recomputed on the next report (MetricsRepository::stale).
///
/// Bump policy (docs/report-json.md "Metrics cache"): bump when a cached number would change for the same activity
/// and the same athlete values: a formula or coefficient (TRIMP, hrTSS, sRPE), the zone model or its edges, the
/// duration used (timer vs elapsed), the sample-gap rule of time in zone. Do not bump for changes in what a report
/// derives from the cache (series, findings). The cache is keyed on the athlete's heart-rate values only through
/// this recomputation: after changing max or resting HR in the profile, run `ironstride report --recompute`.
inline constexpr int kMetricsVersion = 1;

/// Samples further apart than this are a pause (the watch stopped recording): the gap is not counted in any zone.
inline constexpr double kMaxSampleGapS = 60.0;

/// Minutes the loads are computed over: moving (timer) time when known, else elapsed time, else the span of the
/// samples; nothing when none is known.
[[nodiscard]] std::optional<double> activity_minutes(const domain::Activity& activity);

/// Seconds in each of the five zones of `zones` from the heart-rate samples (each sample's value holds until the
/// next sample; gaps over kMaxSampleGapS and time below zone 1 are not counted). Nothing without HR samples.
[[nodiscard]] std::optional<std::array<double, domain::kCachedZoneCount>>
time_in_zones(const domain::SampleStream& samples, const science::HrZones& zones);

/// The cached metrics of one activity (evidence.md §9 and §7):
/// - trimp: Banister TRIMP from average HR over activity_minutes (science::banister_trimp, sex-specific
///   coefficients); 0 when the average is at or below resting HR; nothing without average HR or resting HR;
/// - hr_tss: science::hr_tss over the same minutes, threshold science::threshold_hr_bpm(HRmax);
/// - srpe_load: Foster session RPE × minutes when the activity carries a session RPE (science::session_rpe_load);
/// - time_in_zone_s: time_in_zones with the athlete's zones.
[[nodiscard]] domain::ActivityMetrics compute_activity_metrics(std::int64_t activity_id,
                                                               const domain::Activity& activity,
                                                               const science::HeartRateProfile& heart);

}  // namespace ironstride::analysis
