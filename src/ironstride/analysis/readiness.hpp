#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "ironstride/analysis/evidence.hpp"
#include "ironstride/domain/daily_log.hpp"
#include "ironstride/units/civil_time.hpp"

namespace ironstride::analysis {

// Readiness for `ironstride today` (issue 5, part 3): green / amber / red from this morning's check-in against the
// athlete's target and own baselines, and from form (TSB). Where evidence.md gives the number it is named; where it is
// silent the constant says "our choice" (docs/commands/today.md lists every threshold).

enum class Readiness { green, amber, red };

[[nodiscard]] const char* to_string(Readiness readiness);

/// Sleep (evidence.md §7, NSF/AASM): under 7 h is amber; under 5 h red (our choice: evidence.md has no second cut;
/// one night without sleep cut muscle protein synthesis 18 %, Lamon 2021). Also amber when more than 1 h short of
/// the athlete's own target (our choice).
inline constexpr double kSleepAmberBelowH = 7.0;
inline constexpr double kSleepRedBelowH = 5.0;
inline constexpr double kSleepTargetShortfallH = 1.0;
/// Soreness 1–10: 5–7 amber, 8–10 red (our choice; evidence.md is silent on soreness scales).
inline constexpr int kSorenessAmberFrom = 5;
inline constexpr int kSorenessRedFrom = 8;
/// Resting HR against the athlete's own 28-day mean: +5 bpm amber, +10 bpm red; the 7-day mean 3 bpm above the
/// 28-day mean is amber (a trend). Our choice: evidence.md has no resting-HR rule.
inline constexpr double kRestingHrAmberRiseBpm = 5.0;
inline constexpr double kRestingHrRedRiseBpm = 10.0;
inline constexpr double kRestingHrTrendBpm = 3.0;
/// HRV (rMSSD) below the 28-day mean by more than one SD today, or the 7-day mean below it by half an SD: amber at
/// most, and only when nothing else is amber or red, because HRV guidance is a modest, optional adjustment
/// (Düking 2021, evidence.md §7).
inline constexpr double kHrvTodaySd = 1.0;
inline constexpr double kHrvWeekSd = 0.5;
/// Baselines need this many earlier check-ins with the value (our choice: one week).
inline constexpr int kMinBaselineValues = 7;
/// Form (TSB, evidence.md §9 [S]) below −30 TRIMP is amber (our choice: evidence.md gives no form bands).
inline constexpr double kFormAmberBelow = -30.0;

/// One input to readiness.
struct ReadinessFactor {
    std::string key;  ///< "sleep", "soreness", "resting_hr", "hrv", "form"
    Readiness level = Readiness::green;
    std::optional<double> value;       ///< today's value
    std::optional<double> baseline_7;  ///< mean of the 7 days before
    std::optional<double> baseline_28;  ///< mean of the 28 days before
    std::optional<double> target;      ///< sleep target / threshold
    std::string reason;                 ///< one line, plain words
    std::vector<EvidenceRef> evidence;  ///< empty where evidence.md is silent
};

struct ReadinessAssessment {
    Readiness level = Readiness::green;
    bool checked_in = false;  ///< a check-in exists for the day
    std::vector<ReadinessFactor> factors;
    std::string summary;  ///< why the level is what it is
};

/// Readiness on a day. `previous` holds earlier check-ins (any order; those of the 28 days before `today_checkin`'s
/// day count toward baselines). Without a check-in only form is judged, and the summary says so.
/// Overall: the worst of sleep, soreness, resting HR and form; two or more ambers make red; HRV may turn green into
/// amber, never more.
[[nodiscard]] ReadinessAssessment assess_readiness(units::CivilDay day, const std::optional<domain::CheckIn>& today_checkin,
                                                   std::span<const domain::CheckIn> previous, double sleep_target_h,
                                                   std::optional<double> form_tsb);

}  // namespace ironstride::analysis
