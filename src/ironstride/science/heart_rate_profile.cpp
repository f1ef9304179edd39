#include "ironstride/science/heart_rate_profile.hpp"

namespace ironstride::science {

HeartRateProfile heart_rate_profile(const domain::Athlete& athlete, units::CivilDay on) {
    return heart_rate_profile_at_age(athlete, athlete.age_on(on));
}

HeartRateProfile heart_rate_profile_at_age(const domain::Athlete& athlete, int age_years) {
    HeartRateProfile heart;
    heart.sex = athlete.sex;
    const MaxHrEstimate max_hr = estimate_max_hr(athlete.max_hr_bpm, static_cast<double>(age_years));
    heart.max_hr_bpm = max_hr.bpm;
    heart.max_hr_formula = max_hr.formula;
    heart.max_hr_source = to_string(max_hr.formula);
    heart.max_hr_citation = max_hr.source;
    // A resting rate at or above the maximum cannot anchor a reserve; the profile check refuses such a pair.
    if (athlete.resting_hr_bpm && *athlete.resting_hr_bpm < max_hr.bpm) {
        heart.resting_hr_bpm = athlete.resting_hr_bpm;
    }
    heart.zones = default_heart_rate_zones(heart.max_hr_bpm, heart.resting_hr_bpm);
    return heart;
}

}  // namespace ironstride::science
