#include "ironstride/science/activity_factor.hpp"

namespace ironstride::science {

const char* to_string(ActivityLevel level) {
    switch (level) {
        case ActivityLevel::sedentary: return "sedentary";
        case ActivityLevel::light: return "light";
        case ActivityLevel::moderate: return "moderate";
        case ActivityLevel::very_active: return "very_active";
        case ActivityLevel::extra_active: return "extra_active";
    }
    return "?";
}

double activity_factor(ActivityLevel level) {
    switch (level) {
        case ActivityLevel::sedentary: return 1.2;
        case ActivityLevel::light: return 1.375;
        case ActivityLevel::moderate: return 1.55;
        case ActivityLevel::very_active: return 1.725;
        case ActivityLevel::extra_active: return 1.9;
    }
    return 1.2;
}

}  // namespace ironstride::science
