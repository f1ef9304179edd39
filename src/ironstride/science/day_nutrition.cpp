#include "ironstride/science/day_nutrition.hpp"

#include <algorithm>
#include <cassert>

#include "ironstride/science/activity_factor.hpp"
#include "ironstride/science/energy_expenditure.hpp"
#include "ironstride/units/conversions.hpp"

namespace ironstride::science {

namespace {

/// Day-class thresholds in minutes (Thomas 2016 describes loads by hours per day; see classify_day_load).
constexpr double kHardMinutesWithHighSession = 60.0;
constexpr double kHardMinutes = 120.0;
constexpr double kModerateMinutesOfWork = 30.0;
constexpr double kModerateTotalMinutes = 60.0;

/// Half the time running (12020), half walking (17190): early Couch-to-5K weeks.
constexpr double kWalkRunMet = (kMetJoggingGeneral12020 + kMetWalkingModerate17190) / 2.0;

double met_by_intensity(Intensity intensity, double easy, double moderate, double high) {
    switch (intensity) {
        case Intensity::easy: return easy;
        case Intensity::moderate: return moderate;
        case Intensity::high: return high;
    }
    return easy;
}

/// Distance covered, from distance_m or speed × duration.
std::optional<double> session_distance_m(const SessionLoad& session) {
    if (session.distance_m && *session.distance_m > 0) return session.distance_m;
    if (session.speed_mps && *session.speed_mps > 0) {
        return *session.speed_mps * session.duration_min * units::kSecondsPerMinute;
    }
    return std::nullopt;
}

double lift_met(const SessionLoad& session) {
    if (session.intensity == Intensity::high) return kMetLiftingVigorous02050;
    if (session.lower_body_heavy) return kMetSquatsDeadlift02052;
    return kMetLiftingMultiple02054;
}

}  // namespace

const char* to_string(Intensity intensity) {
    switch (intensity) {
        case Intensity::easy: return "easy";
        case Intensity::moderate: return "moderate";
        case Intensity::high: return "high";
    }
    return "?";
}

const char* to_string(LoadClass load) {
    switch (load) {
        case LoadClass::rest: return "rest";
        case LoadClass::easy: return "easy";
        case LoadClass::moderate: return "moderate";
        case LoadClass::hard: return "hard";
    }
    return "?";
}

const char* to_string(SessionLoad::Kind kind) {
    switch (kind) {
        case SessionLoad::Kind::run: return "run";
        case SessionLoad::Kind::walk_run: return "walk_run";
        case SessionLoad::Kind::walk: return "walk";
        case SessionLoad::Kind::lift: return "lift";
    }
    return "?";
}

double session_net_kcal(const SessionLoad& session, double weight_kg) {
    if (session.duration_min <= 0) return 0.0;
    switch (session.kind) {
        case SessionLoad::Kind::run:
            if (const auto distance = session_distance_m(session)) return running_net_kcal(weight_kg, *distance);
            return met_net_kcal(met_by_intensity(session.intensity, kMetJoggingGeneral12020, kMetRunning5Mph12030,
                                                 kMetRunning6Mph12050),
                                weight_kg, session.duration_min);
        case SessionLoad::Kind::walk:
            if (const auto distance = session_distance_m(session)) return walking_net_kcal(weight_kg, *distance);
            return met_net_kcal(met_by_intensity(session.intensity, kMetWalkingModerate17190, kMetWalkingBrisk17200,
                                                 kMetWalking4Mph17220),
                                weight_kg, session.duration_min);
        case SessionLoad::Kind::walk_run: return met_net_kcal(kWalkRunMet, weight_kg, session.duration_min);
        case SessionLoad::Kind::lift: return met_net_kcal(lift_met(session), weight_kg, session.duration_min);
    }
    return 0.0;
}

LoadClass classify_day_load(std::span<const SessionLoad> sessions) {
    if (sessions.empty()) return LoadClass::rest;
    double total_min = 0;
    double work_min = 0;  // moderate-or-high
    bool any_high = false;
    for (const SessionLoad& session : sessions) {
        const double minutes = std::max(session.duration_min, 0.0);
        total_min += minutes;
        if (session.intensity != Intensity::easy) work_min += minutes;
        any_high = any_high || session.intensity == Intensity::high;
    }
    if ((any_high && work_min >= kHardMinutesWithHighSession) || work_min >= kHardMinutes) return LoadClass::hard;
    if (any_high || work_min >= kModerateMinutesOfWork || total_min >= kModerateTotalMinutes) {
        return LoadClass::moderate;
    }
    return LoadClass::easy;
}

CarbBand carb_band(LoadClass load) {
    // evidence.md §5 "Carbohydrate periodisation", Thomas, Erdman & Burke 2016 table.
    ThomasLoad thomas = ThomasLoad::light;
    switch (load) {
        case LoadClass::rest:
        case LoadClass::easy: thomas = ThomasLoad::light; break;
        case LoadClass::moderate: thomas = ThomasLoad::moderate; break;
        case LoadClass::hard: thomas = ThomasLoad::high; break;
    }
    const ThomasCarbRange range = thomas_carb_range(thomas);
    return {range.low_g_per_kg, range.high_g_per_kg, thomas};
}

double neat_factor(domain::Lifestyle lifestyle) {
    // evidence.md §5 "Activity multipliers" (calculator factors [S], applied to non-exercise activity only).
    switch (lifestyle) {
        case domain::Lifestyle::sedentary: return activity_factor(ActivityLevel::sedentary);
        case domain::Lifestyle::light: return activity_factor(ActivityLevel::light);
        case domain::Lifestyle::active: return activity_factor(ActivityLevel::moderate);
    }
    return activity_factor(ActivityLevel::sedentary);
}

DayNutrition day_nutrition(const domain::Athlete& athlete, int age_years, std::span<const SessionLoad> sessions) {
    assert(athlete.weight_kg > 0 && "a validated profile has a positive body mass");
    const double weight_kg = athlete.weight_kg;

    DayNutrition day;
    day.load = classify_day_load(sessions);
    day.bmr = estimate_bmr(athlete, age_years);
    day.neat_factor = neat_factor(athlete.lifestyle);
    for (const SessionLoad& session : sessions) day.exercise_kcal += session_net_kcal(session, weight_kg);
    day.maintenance_kcal = day.bmr.kcal * day.neat_factor + day.exercise_kcal;
    day.phase_adjust_kcal =
        phase_adjust_kcal(athlete.phase, athlete.rate_pct_per_week, weight_kg, day.maintenance_kcal);
    const double target_kcal = day.maintenance_kcal + day.phase_adjust_kcal;

    day.protein_g = protein_g(athlete.phase, weight_kg);
    day.fat_g = fat_floor_g(weight_kg, target_kcal);
    day.carb_band = carb_band(day.load);
    const double carbs_floor_g = carbs_g_from_g_per_kg(weight_kg, day.carb_band.low_g_per_kg);
    const double carbs_top_g = carbs_g_from_g_per_kg(weight_kg, day.carb_band.high_g_per_kg);
    const double remainder_g =
        (target_kcal - day.protein_g * kKcalPerGramProtein - day.fat_g * kKcalPerGramFat) / kKcalPerGramCarbohydrate;

    if (remainder_g < carbs_floor_g && athlete.phase == domain::Phase::cut) {
        // A cut keeps its deficit: protein and the fat floor come first and carbohydrate makes up the rest (Helms,
        // Aragon & Fitschen 2014, evidence.md §5 "Protein"); the Thomas 2016 band floor is reported, not enforced.
        day.carbs_below_band = true;
        day.carbs_g = std::max(remainder_g, 0.0);
        day.carbs_below_band_g = carbs_floor_g - day.carbs_g;
        day.kcal = remainder_g >= 0 ? target_kcal
                                    : day.protein_g * kKcalPerGramProtein + day.fat_g * kKcalPerGramFat;
    } else if (remainder_g < carbs_floor_g) {
        // Maintain / lean bulk: carbs never go below the band's floor (Thomas 2016); energy rises instead. The fat floor is then re-checked
        // against the new total: kcal = non-fat kcal + 9·fat with fat ≥ 0.5 g/kg and 9·fat ≥ 15 % of kcal.
        day.carbs_g = carbs_floor_g;
        const double non_fat_kcal = day.protein_g * kKcalPerGramProtein + day.carbs_g * kKcalPerGramCarbohydrate;
        const double kcal = std::max(non_fat_kcal + kFatFloorGPerKg * weight_kg * kKcalPerGramFat,
                                     non_fat_kcal / (1.0 - kFatFloorEnergyFraction));
        day.fat_g = (kcal - non_fat_kcal) / kKcalPerGramFat;
        day.kcal = kcal;
        day.carb_floor_added_kcal = kcal - target_kcal;
    } else if (remainder_g > carbs_top_g) {
        // Above the band's top, carbs are capped and fat takes the excess energy.
        day.carbs_g = carbs_top_g;
        day.fat_g += (remainder_g - carbs_top_g) * kKcalPerGramCarbohydrate / kKcalPerGramFat;
        day.carbs_capped_at_band_top = true;
        day.kcal = target_kcal;
    } else {
        day.carbs_g = remainder_g;
        day.kcal = target_kcal;
    }

    if (const auto ffm_kg = athlete.fat_free_mass_kg(); ffm_kg && *ffm_kg > 0) {
        const double ea = energy_availability_kcal_per_kg_ffm(day.kcal, day.exercise_kcal, *ffm_kg);
        day.energy_availability_kcal_per_kg_ffm = ea;
        day.energy_availability_band = classify_energy_availability(ea);
    }
    return day;
}

}  // namespace ironstride::science
