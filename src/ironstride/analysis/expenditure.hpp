#pragma once

#include "ironstride/analysis/series.hpp"
#include "ironstride/domain/athlete.hpp"
#include "ironstride/science/adaptive_expenditure.hpp"
#include "ironstride/units/civil_time.hpp"

namespace ironstride::analysis {

/// The measured expenditure over the last science::kExpenditureWindowDays of the report (evidence.md §13), from the
/// nutrition and body series already built, with the days it read.
struct MeasuredExpenditure {
    science::ExpenditureEstimate estimate;
    units::CivilDay from{};
    units::CivilDay to{};
};

/// Logged intake and weigh-ins of the window ending `last_day`; fat mass from the latest weigh-in with body fat,
/// else the profile's body fat on the latest weight; the equations' need as the mean maintenance of the logged days.
[[nodiscard]] MeasuredExpenditure measured_expenditure(const NutritionSummary& nutrition, const BodyTrend& body,
                                                       const domain::Athlete& athlete, units::CivilDay last_day);

}  // namespace ironstride::analysis
