#include "ironstride/analysis/activity_metrics.hpp"

#include <algorithm>
#include <vector>

#include "ironstride/science/max_heart_rate.hpp"
#include "ironstride/science/session_rpe.hpp"
#include "ironstride/science/trimp.hpp"
#include "ironstride/units/conversions.hpp"

namespace ironstride::analysis {

namespace {

constexpr auto kMillisecondsPerSecond = static_cast<double>(units::kMillisecondsPerSecond);

}  // namespace

std::optional<double> activity_minutes(const domain::Activity& activity) {
    if (activity.timer_s && *activity.timer_s > 0) return *activity.timer_s / units::kSecondsPerMinute;
    if (activity.elapsed_s && *activity.elapsed_s > 0) return *activity.elapsed_s / units::kSecondsPerMinute;
    if (activity.samples.size() >= 2) {
        const double span_s =
            static_cast<double>(activity.samples.time_ms.back() - activity.samples.time_ms.front()) /
            kMillisecondsPerSecond;
        if (span_s > 0) return span_s / units::kSecondsPerMinute;
    }
    return std::nullopt;
}

std::optional<std::array<double, domain::kCachedZoneCount>> time_in_zones(const domain::SampleStream& samples,
                                                                          const science::HrZones& zones) {
    const auto& hr = samples.heart_rate_bpm;
    if (hr.size() != samples.time_ms.size() || hr.size() < 2) return std::nullopt;
    std::array<double, domain::kCachedZoneCount> seconds{};
    bool any = false;
    for (std::size_t i = 0; i + 1 < hr.size(); ++i) {
        if (hr[i] == domain::SampleStream::kNoHeartRate) continue;
        any = true;
        const double gap_s = static_cast<double>(samples.time_ms[i + 1] - samples.time_ms[i]) / kMillisecondsPerSecond;
        if (gap_s <= 0 || gap_s > kMaxSampleGapS) continue;
        const int bpm = hr[i];
        // Zones tile whole bpm from zones[0].low_bpm up (science::HrZone); above the top zone's high counts as zone 5.
        for (std::size_t z = domain::kCachedZoneCount; z-- > 0;) {
            if (bpm >= zones.zones[z].low_bpm) {
                seconds[z] += gap_s;
                break;
            }
        }
    }
    if (!any) return std::nullopt;
    return seconds;
}

domain::ActivityMetrics compute_activity_metrics(std::int64_t activity_id, const domain::Activity& activity,
                                                const science::HeartRateProfile& heart) {
    domain::ActivityMetrics metrics;
    metrics.activity_id = activity_id;
    metrics.computed_version = kMetricsVersion;
    const std::optional<double> minutes = activity_minutes(activity);
    if (minutes && activity.avg_hr_bpm && heart.resting_hr_bpm) {
        const double rest = *heart.resting_hr_bpm;
        const double avg = *activity.avg_hr_bpm;
        // evidence.md §9 "Banister TRIMP (exponential)": HRr = (avg − rest)/(max − rest); no impulse below rest.
        metrics.trimp = avg > rest ? science::banister_trimp(*minutes, avg, rest, heart.max_hr_bpm, heart.sex) : 0.0;
        const double threshold = science::threshold_hr_bpm(heart.max_hr_bpm);
        metrics.hr_tss = avg > rest && threshold > rest ? science::hr_tss(*minutes, avg, rest, threshold) : 0.0;
    }
    // evidence.md §7 "Session-RPE (Foster)": CR-10 session RPE × minutes.
    if (minutes && activity.rpe) metrics.srpe_load = science::session_rpe_load(*activity.rpe, *minutes);
    metrics.time_in_zone_s = time_in_zones(activity.samples, heart.zones);
    return metrics;
}

}  // namespace ironstride::analysis
