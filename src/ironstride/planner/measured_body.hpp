#pragma once

#include <optional>
#include <span>
#include <string>

#include "ironstride/domain/athlete.hpp"
#include "ironstride/domain/daily_log.hpp"
#include "ironstride/units/civil_time.hpp"

namespace ironstride::planner {

/// The body weight the targets are sized from: the latest trend of the athlete's own weigh-ins when there are
/// enough recent ones, else the profile's (issue 14: protein, fat and energy availability from the latest smoothed
/// weight, not a self-reported number that may be months old).
struct BodyUsed {
    double weight_kg = 0;
    std::optional<double> body_fat_pct;
    std::string weight_source = "profile";  ///< "measured" or "profile"
    std::optional<units::CivilDay> from;    ///< the weigh-ins read, when measured
    std::optional<units::CivilDay> to;
    int weigh_ins = 0;
};

/// The weigh-ins read (28 days up to the day), how many make a trend, and how recent the last must be.
inline constexpr int kBodyWindowDays = 28;
inline constexpr int kBodyMinWeighIns = 3;
inline constexpr int kBodyMaxAgeDays = 14;

/// The least-squares line of the window's weigh-ins on the day of the last one (Racette 2012, evidence.md §13: the
/// regression of daily home weights; it does not lag as Walker's smoothing does), and the latest logged body fat of
/// the window (else the profile's).
[[nodiscard]] BodyUsed body_used(const domain::Athlete& athlete, std::span<const domain::BodyEntry> entries,
                                 units::CivilDay day);

/// The note that says which weight sized the targets, e.g. "body weight 78.3 kg (172.6 lb): the trend of 12
/// weigh-ins from 2026-10-27 to 2026-11-22, not the profile's 85.0 kg".
[[nodiscard]] std::string body_note(const BodyUsed& body, const domain::Athlete& profile);

/// The athlete with the body the targets use.
[[nodiscard]] domain::Athlete with_body(domain::Athlete athlete, const BodyUsed& body);

}  // namespace ironstride::planner
