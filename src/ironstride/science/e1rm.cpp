#include "ironstride/science/e1rm.hpp"

#include <cassert>
#include <cmath>

namespace ironstride::science {

double epley_e1rm(double load, int reps) {
    assert(reps >= 1 && "at least one repetition");
    if (reps == 1) return load;
    return load * (1.0 + reps / 30.0);
}

double brzycki_e1rm(double load, int reps) {
    assert(reps >= 1 && reps < 37 && "Brzycki is defined for 1..36 reps");
    return load * 36.0 / (37.0 - reps);
}

double lombardi_e1rm(double load, int reps) {
    assert(reps >= 1 && "at least one repetition");
    return load * std::pow(static_cast<double>(reps), 0.10);
}

}  // namespace ironstride::science
