#pragma once

#include <optional>
#include <string>

#include "ironstride/domain/athlete.hpp"
#include "ironstride/planner/event_rules.hpp"
#include "ironstride/planner/plan.hpp"

namespace ironstride::planner {

/// How the event changes one day's food (evidence.md §11 "Race-day and pre-race fuelling", §12 "Physique
/// competition"):
/// - long races (over 90 min): the 2 days before carbohydrate-load at 10 g/kg, the floor of Thomas 2016's
///   10–12 g/kg for the 36–48 h before, at maintenance energy; race day at maintenance with a pre-race meal of
///   1–4 g/kg taken 1–4 h before, and 30–60 g/h during a race under 2.5 h, 60–90 g/h from 2.5 h (Wallis & Podlogar
///   2022; Jeukendrup);
/// - shorter races: race day at maintenance with the pre-race meal when the race lasts over 60 min;
/// - shows: the last 2 days of the peak week and the show day at maintenance, the difference going to carbohydrate
///   (Escalante 2021 favours loading without depletion; no water or sodium manipulation); after the show, the cut
///   climbs back to maintenance: half the deficit for the first week, then maintenance (Trexler 2014; Peos 2019).
struct EventFuel {
    std::string note;                    ///< empty: an ordinary day
    std::optional<domain::Phase> phase;  ///< the day's energy phase instead of the profile's
    double rate_factor = 1.0;            ///< of the profile's rate, when the phase stays a cut
    double carbs_min_g_per_kg = 0;       ///< carbohydrate raised to at least this (loading)
    std::optional<NutritionTarget::GramRange> pre_event_meal_carbs;
    std::optional<NutritionTarget::GramRange> during_event_carbs_per_h;
};

/// Carbohydrate loading: 10–12 g/kg/day (Thomas 2016); the plan takes the floor.
inline constexpr double kCarbLoadingGPerKg = 10.0;
inline constexpr int kCarbLoadingDays = 2;  ///< 36–48 h before the race
/// Pre-race meal, 1–4 h before an event over 60 min: 1–4 g/kg (Thomas 2016 via Wallis & Podlogar 2022).
inline constexpr double kPreRaceMealLowGPerKg = 1.0;
inline constexpr double kPreRaceMealHighGPerKg = 4.0;
inline constexpr double kPreRaceMealFromMin = 60.0;
/// During the race: 30–60 g/h for about 1–2.5 h; 60–90 g/h (glucose + fructose) from 2.5 h (Jeukendrup, GSSI).
inline constexpr double kDuringRaceFromMin = 60.0;
inline constexpr double kHighCarbRaceFromMin = 150.0;
/// Peak week: maintenance energy for the 2 days before the show (carbohydrate up, no depletion).
inline constexpr int kShowCarbUpDays = 2;
/// After the show: half the deficit for this many days, then maintenance.
inline constexpr int kReverseDietHalfDeficitDays = 7;

[[nodiscard]] EventFuel event_fuel(const EventSchedule& event, const domain::Athlete& athlete, units::CivilDay day);

}  // namespace ironstride::planner
