#pragma once

#include <optional>
#include <string>

#include "ironstride/domain/athlete.hpp"

namespace ironstride::planner {

/// A speed band, m/s: slow end first.
struct SpeedBand {
    double slow_mps = 0;
    double fast_mps = 0;
};

/// The athlete's own intensity targets, all from the science module (no formula is re-derived here):
/// HRmax (measured or Tanaka), Zone 2 (the ACSM "moderate" class by %HRR when resting HR is known, else %HRmax;
/// evidence.md trap 3 — the model is named), and Daniels paces from a recent race (VDOT).
struct RunTargets {
    double max_hr_bpm = 0;
    std::string max_hr_source;  ///< "measured" or the formula's name
    int zone2_low_bpm = 0;
    int zone2_high_bpm = 0;
    int zone4_low_bpm = 0;      ///< upper vigorous band: tempo effort when no pace is known
    int zone4_high_bpm = 0;
    int zone5_low_bpm = 0;      ///< near-maximal: intervals when no pace is known
    std::string zone_model;     ///< e.g. "ACSM/Garber 2011 intensity classes, %HRR (Karvonen)"
    std::optional<double> vdot;  ///< from the athlete's recent race
    std::optional<SpeedBand> easy;       ///< Daniels E
    std::optional<SpeedBand> threshold;  ///< Daniels T
    std::optional<SpeedBand> interval;   ///< Daniels I
    std::optional<double> repetition_mps;  ///< Daniels R (mile race pace)
    double treadmill_grade_pct = 0;        ///< grade for treadmill settings (Jones & Doust 1996: 1 %)
};

/// Targets for the athlete at a given age (years).
[[nodiscard]] RunTargets run_targets(const domain::Athlete& athlete, int age_years);

}  // namespace ironstride::planner
