#pragma once

#include <filesystem>
#include <optional>

#include "ironstride/analysis/verdict.hpp"
#include "ironstride/app/store_access.hpp"
#include "ironstride/domain/athlete_id.hpp"
#include "ironstride/units/civil_time.hpp"

namespace ironstride::app {

/// Days in the default report range (12 weeks, ending with `to`).
inline constexpr int kDefaultReportDays = 84;

struct VerdictRequest {
    std::filesystem::path profile_path;
    std::optional<units::CivilDay> from;  ///< first day, inclusive; default kDefaultReportDays before `to`
    std::optional<units::CivilDay> to;    ///< last day, inclusive; default today
    units::CivilDay today{};
    bool recompute = false;  ///< recompute every cached per-activity metric (after a heart-rate change)
};

/// The use case `report`: "does my running kill my muscle gains?" for one athlete. Steps: load the profile; cache
/// the missing per-activity metrics (one write unit, an explicit step); read the range's history in one snapshot;
/// build the verdict (pure). util::Error when `from` is after `to`; profile::load_profile's errors; what the
/// store throws.
[[nodiscard]] analysis::VerdictReport verdict(StoreHandle& store, domain::AthleteId athlete,
                                              const VerdictRequest& request);

}  // namespace ironstride::app
