#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ironstride/domain/athlete.hpp"
#include "ironstride/planner/plan.hpp"
#include "ironstride/science/activity_guidelines.hpp"
#include "ironstride/science/run_progression.hpp"

namespace ironstride::planner {

/// Rule ids: the strings that plans cite in why[] and warnings[] (docs/plan-json.md lists them with their evidence).
namespace rule_id {
inline constexpr std::string_view kLiftingSplitFixed = "lifting-split-fixed";
inline constexpr std::string_view kRunsInAvailability = "runs-in-availability";
inline constexpr std::string_view kLiftBeforeRun = "lift-before-run-same-day";
inline constexpr std::string_view kMin3hGap = "min-3h-between-lift-and-run";
inline constexpr std::string_view kPrefer6hGap = "prefer-6h-between-lift-and-run";
inline constexpr std::string_view kNoHardRunBeforeHeavyLegs = "no-hard-run-24h-before-heavy-legs";
inline constexpr std::string_view k48hHardLegSessions = "48h-between-hard-leg-sessions";
inline constexpr std::string_view kLongRunCap = "long-run-cap-muscle-priority";
inline constexpr std::string_view kRestDay = "full-rest-day-weekly";
inline constexpr std::string_view kDeload = "deload-every-4th-week";
inline constexpr std::string_view kSingleRun110 = "single-run-max-110pct-of-30-day-longest";
inline constexpr std::string_view kWeekly30Over2Weeks = "weekly-run-minutes-max-30pct-over-2-weeks";
inline constexpr std::string_view kWeeklyIncreaseSetting = "weekly-increase-athlete-setting";
inline constexpr std::string_view kSleep = "sleep-at-least-7h";
inline constexpr std::string_view kNutritionDaily = "nutrition-targets-every-day";
inline constexpr std::string_view kGuidelines = "physical-activity-guidelines";
inline constexpr std::string_view kBeginnerStart = "beginner-run-walk-start";
inline constexpr std::string_view kNoSilentDrop = "no-silent-drop";
inline constexpr std::string_view kOneRunPerDay = "one-run-per-day";
inline constexpr std::string_view kEventDay = "event-day-and-run-up";
/// The compromise when no window takes a standalone run: an easy run/walk straight after a lift without heavy
/// legs, on a day without heavy legs (the narrow exception to kLiftBeforeRun's 3 h; stacked_after_lift()).
inline constexpr std::string_view kRunAfterUpperLift = "run-after-upper-lift";
/// Notes naming what a week's windows and rules cost, and what would fix it.
inline constexpr std::string_view kVolumeHeld = "volume-held";
inline constexpr std::string_view kNoRunFits = "no-run-fits";
// Notes about where the plan starts from the logged history (planner/history_start.hpp), not checked rules.
inline constexpr std::string_view kReturnAfterBreak = "return-after-break";
inline constexpr std::string_view kBeginnerGrowthByReadiness = "beginner-growth-by-readiness";
inline constexpr std::string_view kExpectedLiftDip = "expected-lift-dip";
/// Few hard runs logged: one hard session a week for the first weeks (progression.hpp kIntensityIntroWeeks).
inline constexpr std::string_view kIntensityIntro = "intensity-intro";
/// The week's mean planned intake held on the phase's: what one day's floors added comes off the others
/// (planner/week_food.hpp).
inline constexpr std::string_view kWeekEnergy = "week-energy";
}  // namespace rule_id

/// Numbers the rules use, each with its evidence.md entry.
namespace limits {
/// Schumann 2022: no explosive-strength loss when sessions were ≥3 h apart (evidence.md §1 "Same-day order").
inline constexpr int kMinLiftRunGapMin = 180;
/// Robineau 2016 (6 h and 24 h beat 0 h), Murach & Bagley 2016 (6–24 h) (evidence.md §1 "Same-day order").
inline constexpr int kPreferredLiftRunGapMin = 360;
/// No high-intensity run in the 24 h before a heavy lower-body session (Robineau 2016: 24 h separation gave the best
/// outcomes; Sabag 2018: lower-body strength is what concurrent HIIT costs).
inline constexpr int kHardRunBeforeHeavyLegsMin = 24 * 60;
/// At least 48 h between leg-heavy hard sessions (hard runs and heavy lower-body lifts), read by calendar day: they
/// sit at least two days apart, so a full day of recovery lies between them (Baar 2014: interference rises with
/// endurance frequency and intensity). Hour-exact 48 h would leave no slot at all between the two leg days of a
/// common upper/lower split.
inline constexpr int kHardLegSessionsGapDays = 2;
/// A week this close to the running it should hold says nothing: 5-min steps of shortened runs (our choice).
inline constexpr double kVolumeHeldToleranceMin = 5.0;
/// The compromise run starts at most this long after the lift ends: one session, lift first (Murlasits 2018).
inline constexpr int kStackedAfterLiftMaxGapMin = 15;
/// Frandsen 2025: a single run >10 % longer than the longest of the previous 30 days raised injury hazard 1.64×.
inline constexpr double kSingleRunMaxRatio = science::kFrandsenSpikeLimit;
inline constexpr int kSingleRunLookbackDays = 30;
/// Nielsen 2014: >30 % progression over 2 weeks may raise distance-related injuries (HR 1.59).
inline constexpr double kTwoWeekMaxRatio = 1.0 + science::kNielsenRampLimit;
/// Deload: volume down 30–40 % (Rogerson 2024: volume cut, frequency kept; Bell 2023 definition). The planner
/// aims for the middle (−35 %).
inline constexpr double kDeloadMinRatio = 0.60;
inline constexpr double kDeloadMaxRatio = 0.70;
inline constexpr double kDeloadRatio = 0.65;
inline constexpr int kDeloadEveryWeeks = 4;
/// AASM/SRS (Watson 2015): adults ≥7 h; NSF (Hirshkowitz 2015): 7–9 h, 7–8 h from 65.
inline constexpr double kMinSleepH = 7.0;
inline constexpr double kMaxSleepAdultH = 9.0;
inline constexpr double kMaxSleepOlderH = 8.0;
inline constexpr int kOlderAdultAge = 65;
/// Physical Activity Guidelines 2018: 150 moderate-equivalent minutes, ≥2 strength days (evidence.md §8).
inline constexpr double kGuidelinesModerateMin = science::kPagAerobicMinimumMin;
inline constexpr int kGuidelinesStrengthDays = science::kPagStrengthDaysMinimum;
/// The beginner start: week 1 has 3–5 minutes of total running; with no run in the last 30 days, a run of up
/// to this many running minutes is a ladder start, not a spike.
inline constexpr double kBeginnerStartMaxMin = 5.0;
inline constexpr double kBeginnerStartMinMin = 3.0;
/// The 110 % single-run rule applies from runs of 10 minutes up. Frandsen 2025's runners ran continuous runs; under
/// 10 min, 10 % is a step of seconds, which stalled a new runner at "Run 10 s" steps. Shorter runs may grow to
/// 10 min (in 30-s steps, kRunWalkStepS), the weekly rules still bounding the week.
inline constexpr double kSingleRunCapFromMin = 10.0;
/// Run/walk running time moves in steps of 30 s, never less (Couch to 5K's shortest interval is 60 s).
inline constexpr double kRunWalkStepS = 30.0;
/// The weekly rules (30 % over two weeks, the athlete's setting) allow at least this many minutes of growth over
/// two weeks. Nielsen 2014's novices ran several km in their first week; at the few minutes of a run/walk start the
/// percentages allow less than one 30-s step per session (4 min → 5.2), while Couch to 5K itself adds about 8
/// running minutes a week over its first weeks (24 → 48 from week 1 to week 4, evidence.md §2 table). A quarter of
/// that pace — 4 min over two weeks — takes a 4-minute start past 20 weekly minutes within 12 weeks.
inline constexpr double kWeeklyGrowthFloorMin = 4.0;
/// Rounding tolerance when re-checking minute values read back from JSON (one decimal place).
inline constexpr double kTolerance = 0.051;
}  // namespace limits

/// A finding of the plan checker: the rule broken, where, and how.
struct Violation {
    std::string rule;
    std::string where;  ///< "week 3 2026-12-16" or similar
    std::string message;
};

/// A named rule: its id, one line of what it demands, the evidence behind it, and its check over a finished plan.
struct Rule {
    std::string_view id;
    std::string_view summary;
    std::string_view evidence;
    bool hard = true;  ///< hard rules are re-checked on every plan; soft ones shape placement and are stated
    void (*check)(const Plan& plan, const domain::Athlete& athlete, std::vector<Violation>& out) = nullptr;
};

/// Every rule the planner knows, hard and soft, in a fixed order.
[[nodiscard]] std::span<const Rule> rules();
/// The rule with this id; asserts that it exists (programmer error otherwise).
[[nodiscard]] const Rule& rule(std::string_view id);

/// Re-checks every hard rule on a finished plan (the planner uses it on its own output; the property test uses it on
/// a plan read back from JSON). Empty result = all rules hold.
[[nodiscard]] std::vector<Violation> check_plan(const Plan& plan, const domain::Athlete& athlete);

/// The most running minutes a single run may hold, given the longest run of the 30 days before (0: none): 110 % of
/// it (Frandsen 2025), at least kSingleRunCapFromMin once there is a run to grow from, and the beginner start
/// (kBeginnerStartMaxMin) without one.
[[nodiscard]] double single_run_allowance_min(double longest_30_day_min);
/// The most weekly running minutes allowed against the reference week two weeks back for a two-week ratio (Nielsen
/// 2014's 1.3, or the athlete's setting compounded): ratio × reference, at least reference + kWeeklyGrowthFloorMin.
[[nodiscard]] double weekly_allowance_min(double reference_min, double two_week_ratio);

/// Whether `run`, starting at `run_start` on a day holding `day_sessions`, is the rule kRunAfterUpperLift's
/// compromise after `lift`: an easy run or run/walk that cites the rule, starting 0–kStackedAfterLiftMaxGapMin min
/// after a lift without heavy legs, on a day with no heavy-legs lift. Schumann 2022: the same-session cost is to
/// explosive strength, and falls on the legs trained in that session; Sabag 2018: upper-body strength is not
/// affected (evidence.md §1 "Same-day order and spacing").
[[nodiscard]] bool stacked_after_lift(const PlannedSession& run, int run_start, const PlannedSession& lift,
                                      const std::vector<PlannedSession>& day_sessions);

/// Long-run cap in minutes for the athlete's goal (rule long-run-cap-muscle-priority), shorter with a joint
/// condition and no water (planner/low_impact.hpp).
[[nodiscard]] double long_run_cap_min(const domain::Athlete& athlete);
/// The goal's own cap.
[[nodiscard]] double goal_run_cap_min(const domain::Athlete& athlete);

/// The sleep target the plan uses: the athlete's own, raised to ≥7 h and held within the NSF range for their age.
[[nodiscard]] double sleep_target_h(const domain::Athlete& athlete, int age_years);

}  // namespace ironstride::planner
