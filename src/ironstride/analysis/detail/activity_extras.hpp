#pragma once

#include <cstdint>
#include <optional>
#include <unordered_map>

#include "ironstride/units/civil_time.hpp"

namespace ironstride::store {
class Database;
}

namespace ironstride::analysis::detail {

/// Activity columns the report needs that store::ActivitySummary does not carry (yet): elevation gain and the
/// session RPE, both stored at import in the `activity` table (docs/database.md).
struct ActivityExtras {
    std::optional<double> ascent_m;
    std::optional<double> rpe;
};

/// The extras of the activities starting in [from_utc, until_utc), by activity id: one indexed query
/// (activity_by_start). A TODO for store: add these two fields to ActivitySummary and drop this query.
[[nodiscard]] std::unordered_map<std::int64_t, ActivityExtras> activity_extras(store::Database& db,
                                                                              units::Instant from_utc,
                                                                              units::Instant until_utc);

}  // namespace ironstride::analysis::detail
