#include "ironstride/science/day_nutrition.hpp"

#include <algorithm>
#include <cassert>

#include "ironstride/science/activity_factor.hpp"
#include "ironstride/science/energy_expenditure.hpp"
#include "ironstride/units/conversions.hpp"

namespace ironstride::science {

namespace {

/// Day-class thresholds in net exercise kcal per kg of body mass and in minutes (see classify_day_load; Thomas 2016
/// describes loads by hours a day and intensity).
constexpr double kHardKcalPerKg = 15.0;
constexpr double kHardWorkMinutesWithHigh = 60.0;
constexpr double kModerateKcalPerKg = 10.0;
constexpr double kModerateWithWorkKcalPerKg = 4.0;
constexpr double kModerateHighSessionMinutes = 20.0;

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

LoadClass classify_day_load(std::span<const SessionLoad> sessions, double weight_kg) {
    if (sessions.empty()) return LoadClass::rest;
    double net_kcal = 0;
    double work_min = 0;  // moderate-or-high runs and lifts
    bool any_high = false;
    bool long_high = false;
    for (const SessionLoad& session : sessions) {
        net_kcal += session_net_kcal(session, weight_kg);
        const bool work = session.intensity != Intensity::easy && session.kind != SessionLoad::Kind::walk;
        const bool high = work && session.intensity == Intensity::high;
        if (work) work_min += std::max(session.duration_min, 0.0);
        any_high = any_high || high;
        long_high = long_high || (high && session.duration_min >= kModerateHighSessionMinutes);
    }
    const double per_kg = weight_kg > 0 ? net_kcal / weight_kg : 0.0;
    if ((any_high && work_min >= kHardWorkMinutesWithHigh) || per_kg >= kHardKcalPerKg) return LoadClass::hard;
    if (per_kg >= kModerateKcalPerKg || (work_min > 0 && per_kg >= kModerateWithWorkKcalPerKg) || long_high) {
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

namespace {

/// Fat at its share of the energy when carbohydrate can still reach the band's floor, else as much of the share as
/// leaves carbohydrate at that floor, never under the fat floor (macros.hpp kFatShareOfEnergy).
double fat_target_g(double floor_g, double target_kcal, double protein_g, double carbs_floor_g) {
    const double share_g = kFatShareOfEnergy * target_kcal / kKcalPerGramFat;
    const double room_g = (target_kcal - protein_g * kKcalPerGramProtein - carbs_floor_g * kKcalPerGramCarbohydrate) /
                          kKcalPerGramFat;
    return std::max(floor_g, std::min(share_g, room_g));
}

}  // namespace

DayNutrition day_nutrition(const domain::Athlete& athlete, int age_years, std::span<const SessionLoad> sessions,
                           double expenditure_offset_kcal) {
    assert(athlete.weight_kg > 0 && "a validated profile has a positive body mass");
    const double weight_kg = athlete.weight_kg;

    DayNutrition day;
    day.load = classify_day_load(sessions, weight_kg);
    day.bmr = estimate_bmr(athlete, age_years);
    day.neat_factor = neat_factor(athlete.lifestyle);
    for (const SessionLoad& session : sessions) day.exercise_kcal += session_net_kcal(session, weight_kg);
    day.expenditure_offset_kcal = expenditure_offset_kcal;
    // The measured correction never takes a day's need under the BMR (a guard against a badly logged window).
    day.maintenance_kcal =
        std::max(day.bmr.kcal, day.bmr.kcal * day.neat_factor + day.exercise_kcal + expenditure_offset_kcal);
    day.phase_adjust_kcal =
        phase_adjust_kcal(athlete.phase, athlete.rate_pct_per_week, weight_kg, day.maintenance_kcal);
    const double target_kcal = day.maintenance_kcal + day.phase_adjust_kcal;

    day.protein_g = protein_g(athlete.phase, weight_kg);
    day.carb_band = carb_band(day.load);
    const double carbs_floor_g = carbs_g_from_g_per_kg(weight_kg, day.carb_band.low_g_per_kg);
    const double carbs_top_g = carbs_g_from_g_per_kg(weight_kg, day.carb_band.high_g_per_kg);
    day.fat_g = fat_target_g(fat_floor_g(weight_kg, target_kcal), target_kcal, day.protein_g, carbs_floor_g);
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
