#include "ironstride/science/bmr.hpp"

namespace ironstride::science {

namespace {

constexpr double kCentimetresPerMetre = 100.0;

bool is_male(domain::Sex sex) { return sex == domain::Sex::male; }

}  // namespace

double mifflin_st_jeor_kcal(domain::Sex sex, double weight_kg, double height_cm, int age_years) {
    // evidence.md §5, Mifflin–St Jeor 1990, simplified: +5 for men, −161 for women.
    const double sex_constant = is_male(sex) ? 5.0 : -161.0;
    return 10.0 * weight_kg + 6.25 * height_cm - 5.0 * age_years + sex_constant;
}

double mifflin_st_jeor_full_kcal(domain::Sex sex, double weight_kg, double height_cm, int age_years) {
    // evidence.md §5, Mifflin–St Jeor 1990, full form.
    return 9.99 * weight_kg + 6.25 * height_cm - 4.92 * age_years + (is_male(sex) ? 166.0 : 0.0) - 161.0;
}

double mifflin_ffm_kcal(double fat_free_mass_kg) { return 19.7 * fat_free_mass_kg + 413.0; }

double katch_mcardle_kcal(double lean_body_mass_kg) { return 370.0 + 21.6 * lean_body_mass_kg; }

double harris_benedict_1919_kcal(domain::Sex sex, double weight_kg, double height_cm, int age_years) {
    if (is_male(sex)) return 66.4730 + 13.7516 * weight_kg + 5.0033 * height_cm - 6.7550 * age_years;
    return 655.0955 + 9.5634 * weight_kg + 1.8496 * height_cm - 4.6756 * age_years;
}

double roza_shizgal_kcal(domain::Sex sex, double weight_kg, double height_cm, int age_years) {
    if (is_male(sex)) return 88.362 + 13.397 * weight_kg + 4.799 * height_cm - 5.677 * age_years;
    return 447.593 + 9.247 * weight_kg + 3.098 * height_cm - 4.330 * age_years;
}

double cunningham_1980_kcal(double lean_body_mass_kg) { return 500.0 + 22.0 * lean_body_mass_kg; }

const char* to_string(BmrEquation equation) {
    switch (equation) {
        case BmrEquation::mifflin_st_jeor: return "mifflin_st_jeor";
        case BmrEquation::katch_mcardle: return "katch_mcardle";
    }
    return "?";
}

std::string_view source_of(BmrEquation equation) {
    switch (equation) {
        case BmrEquation::mifflin_st_jeor: return kMifflinStJeorSource;
        case BmrEquation::katch_mcardle: return kKatchMcArdleSource;
    }
    return {};
}

BmrEstimate estimate_bmr(const domain::Athlete& athlete, int age_years) {
    if (const auto lean_kg = athlete.fat_free_mass_kg()) {
        return {katch_mcardle_kcal(*lean_kg), BmrEquation::katch_mcardle, kKatchMcArdleSource};
    }
    const double height_cm = athlete.height_m * kCentimetresPerMetre;
    return {mifflin_st_jeor_kcal(athlete.sex, athlete.weight_kg, height_cm, age_years), BmrEquation::mifflin_st_jeor,
            kMifflinStJeorSource};
}

}  // namespace ironstride::science
