#pragma once

#include <optional>
#include <string_view>

#include "ironstride/domain/activity.hpp"

namespace ironstride::ingest::xml {

/// The sport a GPX <type> or TCX Sport attribute names, case-insensitively: "running"/"Run"/"9" (Strava's number for
/// a run), "Biking"/"cycling"/"ride"/"1", "walking", "hiking", "swimming"/"16", "strength_training"; TCX's "Other" is
/// Sport::other. Nothing for empty text; Sport::other for anything unrecognised.
[[nodiscard]] std::optional<domain::Sport> sport_from_name(std::string_view text);

}  // namespace ironstride::ingest::xml
