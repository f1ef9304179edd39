#pragma once

#include <string>
#include <vector>

#include "ironstride/domain/athlete.hpp"
#include "ironstride/planner/progression.hpp"
#include "ironstride/planner/training_history.hpp"

namespace ironstride::planner {

/// Where the running starts when the database holds the athlete's history, and the notes that say why:
/// - a break of kBreakMinDays or more since the last logged run restarts at the first share of the pre-break volume
///   (evidence.md §16 practitioner heuristic, return_shares) and grows back under the weekly rules; more than
///   kBreakAsNewRunnerDays off restarts the run/walk ladder (§16: "start as a new runner");
/// - a run/walk beginner with runs logged last week takes the ladder's next step from what was run, when last week's
///   readiness was green (or unknown), holds when it was amber and steps back when it was red
///   (last_week_readiness), so growth follows recovery (evidence.md §2 "Beginner run/walk progression");
/// - a new or returning runner who lifts is told that a short dip in leg-day lifts is expected (evidence.md §1).
/// Without history the settings are the profile's, unchanged.
struct HistoryStart {
    ProgressionSettings settings;
    std::vector<std::string> first_week_notes;  ///< for week 1
    std::vector<std::string> opening_notes;     ///< for each of the first kOpeningWeeks weeks
};

/// The weeks that carry the opening notes (the lift-dip expectation).
inline constexpr int kOpeningWeeks = 2;

[[nodiscard]] HistoryStart history_start(const domain::Athlete& athlete, ProgressionSettings settings,
                                         const TrainingHistory& history, units::CivilDay start);

}  // namespace ironstride::planner
