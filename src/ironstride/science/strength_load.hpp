#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace ironstride::science {

// The training load of a strength session in session-RPE arbitrary units (AU), the unit running's session-RPE load
// has, so that lifting enters the same fitness–fatigue model. evidence.md §17 "Lifting in the same load model as
// running": session-RPE load = CR-10 session RPE × session minutes (Foster 2001; McGuigan & Foster 2004; Sweet 2004),
// the only method that shares units with running; HR-based TRIMP underrates lifting and is not used for it.

inline constexpr std::string_view kStrengthSessionRpeSource =
    "Day, McGuigan, Brice & Foster 2004, J Strength Cond Res 18(2):353-358; McGuigan & Foster 2004";
inline constexpr std::string_view kRpeRirSource = "Zourdos et al. 2016, J Strength Cond Res 30(1):267-275";

/// Zourdos 2016 (evidence.md §6 "RPE / RIR scale"): RPE 10 = 0 reps in reserve, 9 = 1, 8 = 2, … so RPE = 10 − RIR.
inline constexpr double kMaxSetRpe = 10.0;
/// A working set counts as at least CR-10 1 ("very light"): a set done is never no effort. Our assumption; it keeps
/// a session of light, far-from-failure sets (Day 2004's 1 × 15 at 50 %) above zero load.
inline constexpr double kMinSetRpe = 1.0;
/// Reps in reserve assumed where a set's closeness to failure cannot be judged (no weight, or no e1RM of the lift),
/// and of the lifter's best set when it serves as his 1RM estimate (analysis::training_loads). Our assumption:
/// evidence.md gives no typical RIR; 2 RIR is RPE 8 on Zourdos's scale, the session RPE of §17's test-vector lift.
inline constexpr double kAssumedRir = 2.0;
/// Minutes a working set takes with its rest, for a workout without a duration. Our assumption, from Singh 2007's
/// strength protocol (evidence.md §17: 3 × 5 at 90 % 1RM with 3-min rests): 3 min per set, the set itself included.
inline constexpr double kMinutesPerSet = 3.0;
/// Epley's reps term (evidence.md §6: 1RM = w·(1 + r/30)).
inline constexpr double kEpleyRepsDivisor = 30.0;

/// Reps in reserve of `reps` at `weight` for a lifter whose 1RM is `one_rm`: the reps Epley's formula allows at that
/// weight, 30·(1RM/w − 1), minus those done; never below 0 (a set beyond the estimate went to failure). Epley is
/// unreliable above about 10–15 reps (evidence.md §6), so light sets' RIR are rough; they only need to come out high.
/// Requires weight > 0, one_rm > 0.
[[nodiscard]] double reps_in_reserve(double weight, int reps, double one_rm);

/// A set's RPE on Zourdos's scale from its reps in reserve: 10 − RIR, within [kMinSetRpe, kMaxSetRpe].
[[nodiscard]] double set_rpe_from_rir(double rir);

/// One working set as the load estimate sees it.
struct SetEffort {
    int reps = 0;
    std::optional<double> weight_kg;
    std::optional<double> one_rm_kg;   ///< the lifter's 1RM estimate for the set's exercise on the session's day
    std::optional<double> logged_rpe;  ///< the set's RPE from the Strong/Hevy export (Zourdos scale, 1–10)
};

/// The set's RPE: the logged one, else from its reps in reserve at weight / 1RM, else from kAssumedRir.
[[nodiscard]] double set_rpe(const SetEffort& set);

/// Where a strength session's load comes from.
enum class StrengthLoadSource {
    srpe,      ///< the athlete's session RPE (the workout's, else the day's check-in) × minutes
    set_rpe,   ///< estimated from the sets, at least one with a logged RPE
    estimate,  ///< estimated from the sets' weight, reps and the lift's 1RM
};

[[nodiscard]] const char* to_string(StrengthLoadSource source);

struct StrengthLoad {
    double au = 0;           ///< session RPE × minutes
    double session_rpe = 0;  ///< CR-10, given or estimated
    double minutes = 0;      ///< the workout's, else sets × kMinutesPerSet
    StrengthLoadSource source = StrengthLoadSource::estimate;
};

/// Estimated CR-10 session RPE of a list of working sets: the mean of their set RPEs (set_rpe). An assumption: that
/// a session feels as hard as its sets on average. What it reproduces from evidence.md §17: heavier sets at equal
/// work rate give a higher session RPE (Day 2004: 90 % × 4–5 > 70 % × 10 > 50 % × 15; Kraft 2014: 5.7 vs 4.3), and
/// sets taken to failure rate alike whatever the load (Silva 2014). nullopt without sets.
[[nodiscard]] std::optional<double> estimated_session_rpe(std::span<const SetEffort> sets);

/// The session's load: `session_rpe` (CR-10) × minutes when the athlete rated the session, else the estimate from
/// the sets, else (no sets: a watch's strength activity) set_rpe_from_rir(kAssumedRir). Minutes are `minutes` when
/// known and positive, else sets × kMinutesPerSet; nullopt when there are neither.
[[nodiscard]] std::optional<StrengthLoad> strength_session_load(std::optional<double> session_rpe,
                                                                std::optional<double> minutes,
                                                                std::span<const SetEffort> sets);

}  // namespace ironstride::science
