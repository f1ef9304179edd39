#include "ironstride/science/max_heart_rate.hpp"

#include <cassert>

namespace ironstride::science {

double fox_max_hr_bpm(double age_years) { return 220.0 - age_years; }

double tanaka_max_hr_bpm(double age_years) { return 208.0 - 0.7 * age_years; }

double gellish_linear_max_hr_bpm(double age_years) { return 207.0 - 0.7 * age_years; }

double gellish_nonlinear_max_hr_bpm(double age_years) { return 192.0 - 0.007 * age_years * age_years; }

const char* to_string(MaxHrFormula formula) {
    switch (formula) {
        case MaxHrFormula::measured: return "measured";
        case MaxHrFormula::fox: return "fox";
        case MaxHrFormula::tanaka: return "tanaka";
        case MaxHrFormula::gellish_linear: return "gellish_linear";
        case MaxHrFormula::gellish_nonlinear: return "gellish_nonlinear";
    }
    return "?";
}

std::string_view source_of(MaxHrFormula formula) {
    switch (formula) {
        case MaxHrFormula::measured: return kMeasuredMaxHrSource;
        case MaxHrFormula::fox: return kFoxSource;
        case MaxHrFormula::tanaka: return kTanakaSource;
        case MaxHrFormula::gellish_linear:
        case MaxHrFormula::gellish_nonlinear: return kGellishSource;
    }
    return {};
}

double predict_max_hr_bpm(MaxHrFormula formula, double age_years) {
    switch (formula) {
        case MaxHrFormula::fox: return fox_max_hr_bpm(age_years);
        case MaxHrFormula::tanaka: return tanaka_max_hr_bpm(age_years);
        case MaxHrFormula::gellish_linear: return gellish_linear_max_hr_bpm(age_years);
        case MaxHrFormula::gellish_nonlinear: return gellish_nonlinear_max_hr_bpm(age_years);
        case MaxHrFormula::measured: break;
    }
    assert(false && "measured HRmax is not a prediction formula");
    return tanaka_max_hr_bpm(age_years);
}

MaxHrEstimate estimate_max_hr(std::optional<double> measured_bpm, double age_years, MaxHrFormula formula) {
    if (measured_bpm && *measured_bpm > 0) return {*measured_bpm, MaxHrFormula::measured, kMeasuredMaxHrSource};
    return {predict_max_hr_bpm(formula, age_years), formula, source_of(formula)};
}

}  // namespace ironstride::science
