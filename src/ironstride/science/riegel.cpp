#include "ironstride/science/riegel.hpp"

#include <cassert>
#include <cmath>

namespace ironstride::science {

double riegel_time_s(double from_distance_m, double from_time_s, double to_distance_m) {
    assert(from_distance_m > 0 && to_distance_m > 0 && "Riegel needs positive distances");
    return from_time_s * std::pow(to_distance_m / from_distance_m, kRiegelExponent);
}

}  // namespace ironstride::science
