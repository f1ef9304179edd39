#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ironstride/analysis/activity_metrics.hpp"
#include "ironstride/analysis/evidence.hpp"
#include "ironstride/analysis/expenditure.hpp"
#include "ironstride/analysis/history.hpp"
#include "ironstride/analysis/series.hpp"
#include "ironstride/domain/athlete.hpp"
#include "ironstride/units/civil_time.hpp"

namespace ironstride::analysis {

// Findings of the verdict (issue 5, part 4): each one names the athlete's own numbers that triggered it and the
// evidence behind it (evidence.md, never an [NF] entry). The ids are a stable contract (docs/report-json.md).

/// How much a finding matters, most serious first. `positive` marks good news.
enum class Severity { high, moderate, low, info, positive };

[[nodiscard]] const char* to_string(Severity severity);

/// The unit of a number; values are SI or plain counts, and report/ converts for display.
enum class Unit {
    metres,
    metres_per_week,
    kilograms,
    kilograms_per_week,
    minutes,
    minutes_per_week,
    hours,
    percent,  ///< value is already × 100
    percent_per_week,
    count,
    per_week,  ///< a count per week
    ratio,
    kcal_per_day,
    grams_per_day,
    grams_per_lb,
    kcal_per_kg_ffm,
    trimp,      ///< Banister TRIMP units (AU)
    hazard_ratio,
};

[[nodiscard]] const char* to_string(Unit unit);

/// One of the athlete's numbers behind a finding.
struct Number {
    std::string key;    ///< snake_case, stable (JSON)
    std::string label;  ///< for people
    double value = 0;
    Unit unit = Unit::count;
};

/// A dated occurrence inside a finding (a spike run, a hard run before leg day).
struct FindingEvent {
    units::CivilDay day{};
    std::string what;
    std::vector<Number> numbers;
};

struct Finding {
    std::string id;
    Severity severity = Severity::info;
    std::string title;   ///< one line, no numbers (the writers add them in the athlete's units)
    std::string detail;  ///< what it means and what to do, no numbers either
    std::vector<EvidenceRef> evidence;
    std::vector<Number> numbers;
    std::vector<FindingEvent> events;
};

// Finding ids: finding_id::kRunningUpStrengthDown is "running_up_strength_down", and so on (findings.def).
namespace finding_id {
#define IRONSTRIDE_FINDING_RULE(evaluator)
#define IRONSTRIDE_FINDING(constant, id, severities, evidence) inline constexpr std::string_view constant = id;
#include "ironstride/analysis/findings.def"
#undef IRONSTRIDE_FINDING
#undef IRONSTRIDE_FINDING_RULE
}  // namespace finding_id

/// One finding of findings.def: its id, the severities it can be raised with (in the order docs/commands/report.md
/// names them) and the evidence it always cites, in order (its rule may append context entries).
struct FindingSpec {
    std::string_view id;
    std::span<const Severity> severities;
    std::span<const EvidenceRef> evidence;
};

/// Every finding of findings.def, in the order the rules run.
[[nodiscard]] std::span<const FindingSpec> finding_catalog();

/// Every finding id, in the order the rules run.
[[nodiscard]] std::vector<std::string_view> all_finding_ids();

// Thresholds. Where evidence.md gives the number, the constant names the entry; where it is silent, the comment
// says so and the value is our choice (docs/commands/report.md lists them).

/// Running counts as rising when the last window's weekly distance is at least 25 % and 5 km above the first's
/// (our choice; evidence.md gives dose correlations, Wilson 2012, not a cut-off).
inline constexpr double kRunningRiseFraction = 0.25;
inline constexpr double kRunningRiseMinMetres = 5000.0;
/// A main lift's e1RM counts as falling below −3 % (first window's best vs last window's best) and rising above
/// +2.5 %. evidence.md has no noise band for e1RM; a 2.5-kg plate on 100 kg is 2.5 %.
inline constexpr double kStrengthFallFraction = -0.03;
inline constexpr double kStrengthRiseFraction = 0.025;
/// The first weeks after running starts or restarts, in which a leg-lift dip is expected and running_up_strength_down
/// gives way to expected_lift_dip: 6 weeks (our choice; evidence.md has no timeline for the short-term dip. In
/// Hickson 1980 strength still rose for about 7 weeks of combined training before the interference showed, so a dip
/// this early is the new load's fatigue, not the long-term interference). The planner's lift-dip note uses the same.
inline constexpr int kLiftDipWatchDays = 42;
/// The lift's best e1RM before the start is read from this many days before it.
inline constexpr int kLiftDipBeforeDays = 28;
/// High running volume: more run days a week than Murach & Bagley 2016's 2–3 aerobic days for hypertrophy.
inline constexpr double kHighRunDaysPerWeek = 3.0;
/// A deficit is steep when it implies losing faster than 1 % of body weight a week (Helms 2014: 0.5–1 %), converted
/// with science::kKcalPerKgBodyMassChange.
inline constexpr double kMaxLossPctPerWeek = 1.0;
/// Energy availability is judged when at least this share of logged days is low (< 30, Loucks), or on the mean.
inline constexpr double kLowEaDayShare = 1.0 / 3.0;
/// Protein: under 0.8 g per lb of body weight (evidence.md §5: 0.8–1 g/lb = 1.76–2.20 g/kg).
inline constexpr double kProteinFloorGPerLb = 0.8;
/// Days of logging needed before intake or sleep findings are made (our choice: one week).
inline constexpr int kMinLoggedDays = 7;
/// Ultra distance: longer than a marathon (42,195 m; the standard definition of an ultramarathon).
/// Long run: 2 h or more (our choice; Wilson 2012 found strength losses grow with session duration, r −0.29…−0.75).
inline constexpr double kLongRunMin = 120.0;
/// A high-intensity run within this many hours before a heavy leg session is flagged (the 24 h; Robineau
/// 2016 compared 0, 6 and 24 h); under kSameSessionHours it counts as one session (Schumann 2022: ≥ 3 h apart).
inline constexpr double kHardRunWindowHours = 24.0;
inline constexpr double kSameSessionHours = 3.0;
/// Sleep: AASM/NSF ≥ 7 h; "below target" only when the mean misses the athlete's own target by more than 15 min.
inline constexpr double kMinSleepHours = 7.0;
inline constexpr double kSleepTargetToleranceH = 0.25;
/// Weigh-ins must span this many days for a rate (our choice: three weeks).
inline constexpr int kMinBodySpanDays = 21;
/// Positive findings: ≥ 1 high-intensity run a week (Hazell 2014 used 3; we credit any regular practice; not shown
/// when the athlete's own lean mass fell) and ≥ 3 run days a week (Ravnholt 2018's 3 days/week).
inline constexpr double kSprintSessionsPerWeek = 1.0;
inline constexpr double kBoneRunDaysPerWeek = 3.0;

/// Runs every finding rule over the history and its series; returns the findings most serious first (stable by
/// rule order). `heart` gives HRmax for the intensity rule; a measured `expenditure` gives the energy rule the
/// balance the weight trend shows instead of the equations' (evidence.md §13).
[[nodiscard]] std::vector<Finding> find_findings(const History& history, const Series& series,
                                                 const domain::Athlete& athlete, const science::HeartRateProfile& heart,
                                                 const MeasuredExpenditure* expenditure = nullptr);

}  // namespace ironstride::analysis
