#include "ironstride/planner/measured_energy.hpp"

#include <cmath>
#include <string_view>
#include <utility>

#include <fmt/format.h>

#include "ironstride/analysis/expenditure.hpp"

#include "ironstride/util/text.hpp"

namespace ironstride::planner {

EnergyUsed energy_used(const analysis::MeasuredExpenditure& measured) {
    const science::ExpenditureEstimate& e = measured.estimate;
    EnergyUsed energy;
    energy.reason = e.reason;
    energy.days_used = e.days_used;
    energy.from = measured.from;
    energy.to = measured.to;
    if (e.days_used > 0) energy.equation_kcal = e.equation_kcal;
    if (e.source != "measured" || !e.estimated_kcal) return energy;
    energy.source = "measured";
    energy.estimated_kcal = e.estimated_kcal;
    energy.low_kcal = e.low_kcal;
    energy.high_kcal = e.high_kcal;
    energy.offset_kcal = *e.estimated_kcal - e.equation_kcal;
    return energy;
}

EnergyUsed equation_energy(std::string reason) {
    EnergyUsed energy;
    energy.reason = std::move(reason);
    return energy;
}

std::string energy_note(const EnergyUsed& energy) {
    if (energy.source != "measured") {
        constexpr std::string_view kPrefix = "equations: ";
        const std::string_view why = std::string_view(energy.reason).substr(
            std::string_view(energy.reason).rfind(kPrefix, 0) == 0 ? kPrefix.size() : 0);
        return fmt::format("Calories from the equations (BMR x activity + exercise), not from your own logs: {}.", why);
    }
    const double offset = energy.offset_kcal;
    return fmt::format(
        "Calories from your measured expenditure, {} kcal/day ({}-{}) over {} logged days from {} to {}: {} kcal/day "
        "{} the equations, so every day's need moves by that much.",
        util::format_whole(*energy.estimated_kcal), util::format_whole(energy.low_kcal.value_or(*energy.estimated_kcal)),
        util::format_whole(energy.high_kcal.value_or(*energy.estimated_kcal)), energy.days_used,
        units::format_iso_date(*energy.from), units::format_iso_date(*energy.to), util::format_whole(std::abs(offset)),
        offset < 0 ? "under" : "over");
}

}  // namespace ironstride::planner
