#pragma once

#include "ironstride/planner/plan.hpp"
#include "ironstride/planner/targets.hpp"

namespace ironstride::planner {

/// Structured sessions, each with its watch workout (domain::Workout), running and walking minutes and Physical
/// Activity Guidelines minutes filled in. Start time and placement reasons are the placer's job.
namespace session_library {

/// Couch to 5K opens every run with a brisk 5-minute walk (evidence.md §2 "Beginner run/walk progression").
inline constexpr int kBriskWalkWarmupS = 5 * 60;
/// From this much running in one session, the run/walk ladder becomes continuous running (Couch to 5K week 5, run 3:
/// 20 min continuous).
inline constexpr double kContinuousFromRunMin = 20.0;
/// The treadmill sprint protocol of the product brief (issue 3): 10 min easy jog, then 30 s sprint / 90 s easy jog
/// repeats, then a cool-down jog. The 30 s sprints and their count, 4 rising to 6, are Hazell 2014's (evidence.md
/// §3). The 90 s jog recovery is the product brief's, NOT Hazell's: Hazell's protocol rests 4 min between sprints,
/// and evidence.md has no 30/90 protocol; the shorter recovery makes the session harder than the one studied.
inline constexpr int kSprintS = 30;
inline constexpr int kSprintRecoveryS = 90;
inline constexpr int kSprintsMin = 4;
inline constexpr int kSprintsMax = 6;
/// Warm-up jog before quality sessions (the treadmill protocol: 10 min jog), and a short cool-down jog.
inline constexpr int kQualityWarmupS = 10 * 60;
inline constexpr int kQualityCooldownS = 5 * 60;
/// Daniels' per-session caps (evidence.md §2 "Daniels' paces"): one T session ≤ 10 % of weekly volume; I work ≤ 8 %.
inline constexpr double kThresholdShareOfWeek = 0.10;
inline constexpr double kIntervalShareOfWeek = 0.08;
inline constexpr int kMinThresholdMin = 8;
inline constexpr int kMinIntervalReps = 3;
inline constexpr int kMaxIntervalReps = 8;
inline constexpr double kRepeatDistanceM = 800.0;

/// Run/walk intervals with `run_s` seconds of running in all (rounded to 30-s steps, at least one), the walk
/// intervals spelled out; no interval is shorter than 30 s.
[[nodiscard]] PlannedSession run_walk(double run_s, const RunTargets& targets);
/// A continuous easy run in Zone 2 (HR band), or the week's long run.
[[nodiscard]] PlannedSession easy_run(int duration_min, bool long_run, const RunTargets& targets);
/// Tempo: warm-up, `threshold_min` at Daniels T pace (or the upper vigorous HR band without a race time), cool-down.
[[nodiscard]] PlannedSession tempo(int threshold_min, const RunTargets& targets);
/// 800 m repeats at Daniels I pace with equal-time jog recoveries. Needs targets.interval (asserts).
[[nodiscard]] PlannedSession repeats_800m(int reps, const RunTargets& targets);
/// 10 min easy jog, `sprints` × (30 s sprint at or above the athlete's Daniels R speed, 90 s easy jog at E speed),
/// 5 min cool-down jog (heart-rate targets without a race time); on a treadmill when `treadmill`, where the steps
/// read as belt speeds. See kSprintRecoveryS for where each number comes from.
[[nodiscard]] PlannedSession sprint_intervals(int sprints, bool treadmill, const RunTargets& targets);
/// Deep-water or water-treadmill running at easy effort (Haupenthal 2010: 0.80 × body weight at chest depth).
[[nodiscard]] PlannedSession water_run(int duration_min, bool water_treadmill, const RunTargets& targets);
/// Brisk walking (moderate, 3.0–5.9 METs) toward the Physical Activity Guidelines.
[[nodiscard]] PlannedSession brisk_walk(int duration_min);

/// Seconds of one 800 m repeat at the middle of the I band.
[[nodiscard]] double repeat_800m_s(const RunTargets& targets);

}  // namespace session_library

}  // namespace ironstride::planner
