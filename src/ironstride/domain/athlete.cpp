#include "ironstride/domain/athlete.hpp"

#include <cassert>

namespace ironstride::domain {

int Athlete::age_on(units::CivilDay day) const {
    if (birth_date) return units::age_in_years(*birth_date, day);
    assert(declared_age_years && "a validated profile has a birth date or an age");
    return declared_age_years.value_or(0);
}

std::optional<double> Athlete::fat_free_mass_kg() const {
    if (!body_fat_pct) return std::nullopt;
    return weight_kg * (1.0 - *body_fat_pct / 100.0);
}

const char* to_string(Sex sex) { return sex == Sex::male ? "male" : "female"; }

const char* to_string(Goal goal) {
    switch (goal) {
        case Goal::physique: return "physique";
        case Goal::hybrid: return "hybrid";
        case Goal::general_health: return "general_health";
        case Goal::longevity: return "longevity";
        case Goal::race: return "race";
    }
    return "?";
}

const char* to_string(Phase phase) {
    switch (phase) {
        case Phase::cut: return "cut";
        case Phase::maintain: return "maintain";
        case Phase::lean_bulk: return "lean_bulk";
    }
    return "?";
}

const char* to_string(RunningExperience experience) {
    switch (experience) {
        case RunningExperience::new_runner: return "new";
        case RunningExperience::returning: return "returning";
        case RunningExperience::intermediate: return "intermediate";
        case RunningExperience::advanced: return "advanced";
    }
    return "?";
}

const char* to_string(EventKind kind) { return kind == EventKind::show ? "show" : "race"; }
const char* to_string(UnitSystem units) { return units == UnitSystem::imperial ? "imperial" : "metric"; }

const char* to_string(HealthCondition condition) {
    switch (condition) {
        case HealthCondition::knee_osteoarthritis: return "knee_osteoarthritis";
        case HealthCondition::hip_osteoarthritis: return "hip_osteoarthritis";
        case HealthCondition::osteopenia: return "osteopenia";
        case HealthCondition::recent_injury: return "recent_injury";
    }
    return "?";
}

const char* to_string(Lifestyle lifestyle) {
    switch (lifestyle) {
        case Lifestyle::sedentary: return "sedentary";
        case Lifestyle::light: return "light";
        case Lifestyle::active: return "active";
    }
    return "?";
}

const char* weekday_key(int iso_weekday_index) {
    static constexpr const char* kKeys[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    assert(iso_weekday_index >= 0 && iso_weekday_index < 7);
    return kKeys[iso_weekday_index];
}

}  // namespace ironstride::domain
