#include "ironstride/science/session_rpe.hpp"

#include <cmath>
#include <numeric>

namespace ironstride::science {

double session_rpe_load(double rpe_cr10, double duration_min) { return rpe_cr10 * duration_min; }

WeekMonotony monotony_strain(std::span<const double> daily_loads, SdConvention convention) {
    WeekMonotony week;
    const auto count = static_cast<double>(daily_loads.size());
    const double divisor = convention == SdConvention::population ? count : count - 1.0;
    if (daily_loads.empty() || divisor <= 0) return week;
    week.weekly_load = std::accumulate(daily_loads.begin(), daily_loads.end(), 0.0);
    week.mean = week.weekly_load / count;
    double squares = 0;
    for (const double load : daily_loads) squares += (load - week.mean) * (load - week.mean);
    week.sd = std::sqrt(squares / divisor);
    if (week.sd > 0) {
        week.monotony = week.mean / week.sd;
        week.strain = week.weekly_load * *week.monotony;
    }
    return week;
}

}  // namespace ironstride::science
