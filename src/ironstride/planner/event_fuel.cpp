#include "ironstride/planner/event_fuel.hpp"

#include <fmt/format.h>

namespace ironstride::planner {

namespace {

EventFuel race_fuel(const EventSchedule& event, const domain::Athlete& athlete, long days_before) {
    EventFuel fuel;
    const double minutes = event.race_minutes();
    if (days_before > 0 && days_before <= kCarbLoadingDays && event.long_race()) {
        fuel.phase = domain::Phase::maintain;
        fuel.carbs_min_g_per_kg = kCarbLoadingGPerKg;
        fuel.note = fmt::format(
            "carbohydrate loading: {:.0f} g/kg, the floor of 10-12 g/kg for the 36-48 h before a "
            "race over 90 min (Thomas 2016), at maintenance energy",
            kCarbLoadingGPerKg);
        return fuel;
    }
    if (days_before != 0) return fuel;
    fuel.phase = domain::Phase::maintain;
    fuel.note = "race day: maintenance energy, no deficit";
    const double kg = athlete.weight_kg;
    if (minutes > kPreRaceMealFromMin) {
        fuel.pre_event_meal_carbs = NutritionTarget::GramRange{kPreRaceMealLowGPerKg * kg, kPreRaceMealHighGPerKg * kg};
        fuel.note += fmt::format(
            "; pre-race meal of {:.0f}-{:.0f} g carbohydrate 1-4 h before the start (1-4 g/kg, "
            "Thomas 2016)",
            fuel.pre_event_meal_carbs->low_g, fuel.pre_event_meal_carbs->high_g);
    }
    if (minutes > kDuringRaceFromMin) {
        const bool high = minutes >= kHighCarbRaceFromMin;
        fuel.during_event_carbs_per_h = high ? NutritionTarget::GramRange{60, 90} : NutritionTarget::GramRange{30, 60};
        fuel.note += high ? "; 60-90 g/h of glucose + fructose during the race (2.5 h or longer; the top needs a "
                            "trained gut, Jeukendrup)"
                          : "; 30-60 g/h of carbohydrate during the race (about 1-2.5 h, Wallis & Podlogar 2022)";
    }
    return fuel;
}

EventFuel show_fuel(const domain::Athlete& athlete, long days_before) {
    EventFuel fuel;
    if (days_before > 0 && days_before <= kShowCarbUpDays) {
        fuel.phase = domain::Phase::maintain;
        fuel.note =
            "peak week: maintenance energy, the difference as carbohydrate, with no depletion phase before "
            "it (Escalante 2021 favours loading without depletion; trial it in a practice week). No water or "
            "sodium manipulation: no controlled evidence of a visual benefit, and dehydration and cramps are "
            "documented risks (Escalante 2021; Chappell & Simper 2018)";
    } else if (days_before == 0) {
        fuel.phase = domain::Phase::maintain;
        fuel.note = "show day: maintenance energy; no water or sodium manipulation (Escalante 2021)";
    } else if (days_before < 0 && athlete.phase == domain::Phase::cut) {
        const bool first_week = -days_before <= kReverseDietHalfDeficitDays;
        if (first_week) {
            fuel.rate_factor = 0.5;
        } else {
            fuel.phase = domain::Phase::maintain;
        }
        fuel.note = first_week ? "after the show: half the cut's deficit this week, maintenance from next week (a "
                                 "stepped return to maintenance: Trexler 2014; Peos 2019)"
                               : "after the show: maintenance energy; set a new phase in the profile when ready "
                                 "(Trexler 2014: the diet's adaptations favour regain)";
    }
    return fuel;
}

}  // namespace

EventFuel event_fuel(const EventSchedule& event, const domain::Athlete& athlete, units::CivilDay day) {
    const long days_before = (event.date - day).count();
    return event.is_race() ? race_fuel(event, athlete, days_before) : show_fuel(athlete, days_before);
}

}  // namespace ironstride::planner
