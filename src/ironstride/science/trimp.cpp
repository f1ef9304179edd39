#include "ironstride/science/trimp.hpp"

#include <cassert>
#include <cmath>

#include "ironstride/units/conversions.hpp"

namespace ironstride::science {

namespace {
constexpr double kTssPerThresholdHour = 100.0;
using units::kMinutesPerHour;
}  // namespace

TrimpCoefficients trimp_coefficients(domain::Sex sex) {
    return sex == domain::Sex::male ? kTrimpMale : kTrimpFemale;
}

double banister_trimp(double duration_min, double hr_reserve_fraction, TrimpCoefficients coefficients) {
    return duration_min * hr_reserve_fraction * coefficients.a * std::exp(coefficients.b * hr_reserve_fraction);
}

double banister_trimp(double duration_min, double avg_hr_bpm, double resting_hr_bpm, double max_hr_bpm,
                      domain::Sex sex) {
    assert(max_hr_bpm > resting_hr_bpm && "HRmax must exceed resting HR");
    const double reserve_fraction = (avg_hr_bpm - resting_hr_bpm) / (max_hr_bpm - resting_hr_bpm);
    return banister_trimp(duration_min, reserve_fraction, trimp_coefficients(sex));
}

double threshold_hr_bpm(double max_hr_bpm) { return kThresholdFractionOfMaxHr * max_hr_bpm; }

double hr_tss(double duration_min, double avg_hr_bpm, double resting_hr_bpm, double threshold_bpm) {
    assert(threshold_bpm > resting_hr_bpm && "threshold HR must exceed resting HR");
    const double ratio = (avg_hr_bpm - resting_hr_bpm) / (threshold_bpm - resting_hr_bpm);
    const double hours = duration_min / kMinutesPerHour;
    return hours * ratio * ratio * kTssPerThresholdHour;
}

}  // namespace ironstride::science
