#include "ironstride/science/activity_guidelines.hpp"

namespace ironstride::science {

namespace {
/// 1 vigorous minute = 2 moderate-equivalent minutes (evidence.md §8, from the 150:75 equivalence).
constexpr double kVigorousWeight = 2.0;
}  // namespace

const char* to_string(MetClass met_class) {
    switch (met_class) {
        case MetClass::light: return "light";
        case MetClass::moderate: return "moderate";
        case MetClass::vigorous: return "vigorous";
    }
    return "?";
}

MetClass classify_met(double met) {
    if (met >= kVigorousMetFloor) return MetClass::vigorous;
    if (met >= kModerateMetFloor) return MetClass::moderate;
    return MetClass::light;
}

double moderate_equivalent_min(double moderate_min, double vigorous_min) {
    return moderate_min + kVigorousWeight * vigorous_min;
}

bool meets_aerobic_guideline(double moderate_equivalent_min_per_week) {
    return moderate_equivalent_min_per_week >= kPagAerobicMinimumMin;
}

bool meets_strength_guideline(int strength_days_per_week) { return strength_days_per_week >= kPagStrengthDaysMinimum; }

double met_minutes(double met, double minutes) { return met * minutes; }

}  // namespace ironstride::science
