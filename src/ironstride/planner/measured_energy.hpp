#pragma once

#include <optional>
#include <string>

#include "ironstride/units/civil_time.hpp"

namespace ironstride::analysis {
struct MeasuredExpenditure;
}

namespace ironstride::planner {

/// What sized the calories (issue 14): the athlete's measured expenditure when it is trustworthy, else the
/// equations (BMR × activity + exercise). When measured, each day's equation need moves by offset_kcal, the
/// difference of the estimate from the equations' mean need over the same days (evidence.md §13 "Adaptive TDEE"),
/// so a training day still costs more than a rest day and the phase's surplus or deficit applies to the estimate.
struct EnergyUsed {
    std::string source = "equation";  ///< "measured" or "equation"
    std::optional<double> estimated_kcal;
    std::optional<double> low_kcal;
    std::optional<double> high_kcal;
    std::optional<double> equation_kcal;  ///< the equations' mean need over the logged days read
    double offset_kcal = 0;               ///< estimated − equation when measured, else 0
    int days_used = 0;
    std::optional<units::CivilDay> from;  ///< the window read, when there was data
    std::optional<units::CivilDay> to;
    std::string reason;  ///< why the source is what it is
};

/// The calories' source from the measured expenditure of the window before the day (analysis::measured_expenditure).
[[nodiscard]] EnergyUsed energy_used(const analysis::MeasuredExpenditure& measured);

/// The equations, with the reason (no database, no logs …).
[[nodiscard]] EnergyUsed equation_energy(std::string reason);

/// The note that says which expenditure sized the calories, e.g. "Calories from your measured expenditure, 2,410
/// kcal/day (2,260-2,560) over 48 logged days from 2026-10-01 to 2026-11-25: 310 kcal/day under the equations".
[[nodiscard]] std::string energy_note(const EnergyUsed& energy);

}  // namespace ironstride::planner
