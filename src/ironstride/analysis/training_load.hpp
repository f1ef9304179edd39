#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>

#include "ironstride/analysis/history.hpp"

namespace ironstride::analysis {

// Every session's training load in one unit, session-RPE AU (CR-10 × minutes), so that running and lifting share
// the §9 fitness–fatigue model: evidence.md §17 "Design implication: feed every session (run or lift) into the
// Section 9 fitness–fatigue model as session-RPE AU". The heart-rate model (Banister TRIMP, DayPoint::trimp/ctl)
// stays as it was beside it: HR-based TRIMP underrates lifting (§17), so it cannot carry lifting.

/// e1RM reps limit: evidence.md §6 says all three formulas become unreliable above about 10–15 reps.
inline constexpr int kMaxE1rmReps = 10;

/// Where a session's load in AU comes from.
enum class LoadSource {
    srpe,      ///< session RPE × minutes: the activity's own RPE, else the day's check-in RPE
    set_rpe,   ///< a lift without a session RPE: estimated from its sets, some with a logged RPE
    estimate,  ///< a lift without any RPE: estimated from weight, reps and the lift's 1RM (science::strength_load)
    trimp,     ///< a session without RPE that is not a lift: its Banister TRIMP × trimp_to_au
};

[[nodiscard]] const char* to_string(LoadSource source);

struct SessionLoad {
    double au = 0;
    LoadSource source = LoadSource::srpe;
};

/// The channels of the AU model: runs, lifts, and every session together (walks, rides and the rest count in
/// combined only).
enum class Modality : std::size_t { running, lifting, combined };
inline constexpr std::size_t kModalityCount = 3;

[[nodiscard]] const char* to_string(Modality modality);

/// The AU model's scale for TRIMP: how many AU one TRIMP point counts as, for sessions with a heart rate but no RPE.
/// With at least kMinTrimpCalibrationSessions non-lifting sessions carrying both an sRPE and a TRIMP in the loaded
/// history, the athlete's own ratio Σ sRPE / Σ TRIMP over them ("own_sessions"); else 1 ("one_to_one"), our
/// assumption: evidence.md gives no conversion, and one to one leaves a runner without any RPE with the numbers the
/// TRIMP model gave him.
inline constexpr int kMinTrimpCalibrationSessions = 5;
inline constexpr double kDefaultTrimpToAu = 1.0;

struct TrainingLoads {
    std::unordered_map<std::int64_t, SessionLoad> by_activity;  ///< activities with a load
    double trimp_to_au = kDefaultTrimpToAu;
    std::string trimp_to_au_source = "one_to_one";  ///< or "own_sessions"
};

/// The modality an activity's load counts in besides combined (combined itself for neither a run nor a lift).
[[nodiscard]] Modality modality_of(const ActivityRecord& activity);

/// Every activity's load in AU over the loaded history. Lifts: science::strength_session_load with the session RPE
/// (the workout's, else the check-in's) and the working sets, each set's 1RM being the best of the lift so far
/// (up to and including that session) by Epley at the set's reps + science::kAssumedRir (the best set taken as a
/// couple of reps short of failure), from sets of at most kMaxE1rmReps reps. Other sessions: sRPE, else TRIMP ×
/// trimp_to_au, else no load. Pure.
[[nodiscard]] TrainingLoads training_loads(const History& history);

}  // namespace ironstride::analysis
