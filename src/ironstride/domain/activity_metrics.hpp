#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>

#include "ironstride/domain/stored_activity.hpp"

namespace ironstride::domain {

/// Heart-rate zones whose time is cached per activity (the 5-zone models of evidence.md §2 "Zone models"; which
/// model the zones follow is the analysis module's choice, versioned by computed_version).
inline constexpr std::size_t kCachedZoneCount = 5;

/// Per-activity load metrics computed once by the analysis module and cached by the store, so reports never go
/// back to the samples. `computed_version` is the analysis code's version: rows of an older version are stale.
struct ActivityMetrics {
    std::int64_t activity_id = 0;
    int computed_version = 0;
    std::optional<double> trimp{};      ///< Banister TRIMP (evidence.md §9)
    std::optional<double> hr_tss{};     ///< heart-rate training stress score
    std::optional<double> srpe_load{};  ///< session RPE × minutes, AU (Foster 2001, evidence.md §7)
    std::optional<std::array<double, kCachedZoneCount>> time_in_zone_s{};  ///< seconds in zones 1…5, when HR exists
};

/// An activity of a report's range with its cached metrics (nullopt when not computed yet).
struct ActivityWithMetrics {
    ActivitySummary activity;
    std::optional<ActivityMetrics> metrics;
};

}  // namespace ironstride::domain
