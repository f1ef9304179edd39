#pragma once

#include <compare>
#include <cstdint>

namespace ironstride::domain {

/// Whose data a store call reads or writes. Every athlete-owned row carries one (docs/database.md, "Athletes");
/// the store's units of work are opened for one athlete and see nobody else's rows.
struct AthleteId {
    std::int64_t value = 0;
    friend constexpr auto operator<=>(const AthleteId&, const AthleteId&) = default;
};

/// The athlete of a local, single-user database: the CLI and `serve` on one's own machine act for this one.
inline constexpr AthleteId kLocalAthlete{1};

}  // namespace ironstride::domain
