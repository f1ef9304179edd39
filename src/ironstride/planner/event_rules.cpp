#include "ironstride/units/clock_text.hpp"
#include "ironstride/planner/event_rules.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>

#include <fmt/format.h>

#include "ironstride/science/vdot.hpp"

namespace ironstride::planner {

namespace {

/// The race predicted from the athlete's recent race by Daniels' VDOT (evidence.md §2 "Daniels' paces").
std::optional<double> predicted_race_s(const domain::Athlete& athlete, double distance_m) {
    if (!athlete.recent_race || athlete.recent_race->distance_m <= 0 || athlete.recent_race->time_s <= 0) {
        return std::nullopt;
    }
    const double vdot = science::vdot_from_race(athlete.recent_race->distance_m, athlete.recent_race->time_s);
    if (!std::isfinite(vdot) || vdot <= 0) return std::nullopt;
    return science::predict_race_time_s(vdot, distance_m);
}

PlannedSession race_session(const EventSchedule& event, const RunTargets& targets) {
    PlannedSession session;
    session.kind = SessionKind::event;
    session.type = SessionType::race;
    session.title = fmt::format("Race: {}", race_name(event.distance_m));
    session.intensity = Intensity::high;
    session.start = units::TimeOfDay{kEventStartMin};
    const double seconds = event.race_minutes() * 60.0;
    session.duration_min = static_cast<int>(std::ceil(seconds / 60.0));
    session.moderate_equivalent_min = 2.0 * session.duration_min;  // vigorous counts double (PAG 2018)
    domain::Workout workout;
    workout.name = session.title;
    domain::WorkoutStep step;
    step.name = fmt::format("Race {:.1f} km", event.distance_m / 1000.0);
    step.duration_s = seconds;
    if (event.predicted_s) {
        const double speed = event.distance_m / *event.predicted_s;
        step.speed_low_mps = speed * (1.0 - kRacePaceBand);
        step.speed_high_mps = speed * (1.0 + kRacePaceBand);
        session.why.push_back(fmt::format("race at the pace Daniels' VDOT {:.1f} predicts: {} for {} (Daniels 2014)",
                                          targets.vdot.value_or(0.0), units::format_clock_duration(*event.predicted_s),
                                          race_name(event.distance_m)));
    } else {
        session.why.push_back(
            fmt::format("no recent race in the profile, so no target pace; the food targets assume "
                        "{} at 6:00 /km",
                        units::format_clock_duration(seconds)));
    }
    workout.steps.push_back(step);
    session.workout = std::move(workout);
    session.why.push_back("event day: the race is the day's only session, no lifting (evidence.md section 10)");
    return session;
}

PlannedSession show_session() {
    PlannedSession session;
    session.kind = SessionKind::event;
    session.type = SessionType::show;
    session.title = "Show day";
    session.intensity = Intensity::easy;
    session.start = units::TimeOfDay{kEventStartMin};
    session.why.push_back(
        "event day: the show is the day's only session, no lifting or running (evidence.md "
        "section 12)");
    return session;
}

}  // namespace

bool EventSchedule::long_race() const {
    if (!is_race()) return false;
    if (predicted_s) return *predicted_s / 60.0 > kCarbLoadingFromMin;
    return distance_m >= kLongRaceFromM;
}

double EventSchedule::race_minutes() const {
    if (predicted_s) return *predicted_s / 60.0;
    return distance_m / 1000.0 * kAssumedRacePaceSPerKm / 60.0;
}

namespace {

/// The taper's first day on the plan's week grid (EventSchedule::taper_start).
units::CivilDay aligned_taper_start(const EventSchedule& event, units::CivilDay plan_start) {
    const units::CivilDay nominal = event.date - std::chrono::days{event.taper_days};
    const auto offset = (nominal - plan_start).count();
    const long week = offset >= 0 ? offset / 7 : -((-offset + 6) / 7);
    units::CivilDay week_start = plan_start + std::chrono::days{week * 7};
    const auto days_in_span = (week_start + std::chrono::days{7} - nominal).count();
    if (days_in_span < 4) week_start += std::chrono::days{7};
    return std::min(week_start, event.date);
}

/// The rest day the event's week needs (EventSchedule::rest_day), or nothing when the split leaves one free.
std::optional<units::CivilDay> event_week_rest_day(const domain::Athlete& athlete, units::CivilDay event_day,
                                                   units::CivilDay plan_start) {
    const long offset = (event_day - plan_start).count();
    if (offset < 0) return std::nullopt;
    const units::CivilDay week_start = plan_start + std::chrono::days{offset / 7 * 7};
    for (int d = 0; d < 7; ++d) {
        const units::CivilDay day = week_start + std::chrono::days{d};
        if (day == event_day) continue;
        const int weekday = units::iso_weekday_index(day);
        const bool lifts = std::any_of(athlete.lifting.begin(), athlete.lifting.end(),
                                       [&](const domain::LiftingSession& lift) { return lift.weekday == weekday; });
        if (!lifts) return std::nullopt;
    }
    return event_day == week_start ? event_day + std::chrono::days{1} : event_day - std::chrono::days{1};
}

}  // namespace

std::optional<EventSchedule> event_schedule(const domain::Athlete& athlete, units::CivilDay plan_start) {
    if (!athlete.event_date) return std::nullopt;
    EventSchedule event;
    event.kind = athlete.event_kind.value_or(domain::EventKind::race);
    event.date = *athlete.event_date;
    if (event.is_race()) {
        event.distance_m = athlete.goal_race_distance_m.value_or(10000.0);
        event.predicted_s = predicted_race_s(athlete, event.distance_m);
        const bool long_race = event.distance_m >= kLongRaceFromM;
        event.taper_days = long_race ? kLongRaceTaperDays : kShortRaceTaperDays;
        event.heavy_legs_free_days = long_race ? kLongRaceHeavyLegsFreeDays : kShortRaceHeavyLegsFreeDays;
    } else {
        event.taper_days = kPeakWeekDays;
        event.heavy_legs_free_days = kShowHeavyLegsFreeDays;
    }
    event.taper_start = aligned_taper_start(event, plan_start);
    event.rest_day = event_week_rest_day(athlete, event.date, plan_start);
    return event;
}

LiftChange lift_change(const EventSchedule& event, const domain::LiftingSession& lift, units::CivilDay day) {
    if (day == event.date || day == event.rest_day) return LiftChange::skip;
    const auto days_before = (event.date - day).count();
    if (lift.lower_body_heavy && days_before > 0 && days_before < event.heavy_legs_free_days) return LiftChange::light;
    return LiftChange::keep;
}

std::string light_lift_title(const std::string& name, const EventSchedule& event) {
    return fmt::format("{} (light: {} week)", name, event.is_race() ? "race" : "show");
}

double taper_tau_days(double taper_days, double mean_fraction) {
    // The mean (τ/T)(1 − e^(−T/τ)) rises with τ from 0 to 1: bisection.
    auto mean = [&](double tau) { return tau / taper_days * (1.0 - std::exp(-taper_days / tau)); };
    double low = 1e-3;
    double high = 1e4;
    for (int i = 0; i < 200; ++i) {
        const double mid = 0.5 * (low + high);
        (mean(mid) < mean_fraction ? low : high) = mid;
    }
    return 0.5 * (low + high);
}

double taper_fraction(const EventSchedule& event, units::CivilDay week_start) {
    const units::CivilDay taper_start = event.taper_start;
    const auto span = (event.date - taper_start).count();
    if (span <= 0) return 1.0;
    const double tau = taper_tau_days(static_cast<double>(span), kTaperMeanFraction);
    double sum = 0;
    int days = 0;
    for (int d = 0; d < 7; ++d) {
        const units::CivilDay day = week_start + std::chrono::days{d};
        if (day < taper_start || day >= event.date) continue;
        // The day's mean multiplier: the integral of e^(−t/τ) over [t, t + 1].
        const auto t = static_cast<double>((day - taper_start).count());
        sum += tau * (std::exp(-t / tau) - std::exp(-(t + 1.0) / tau));
        ++days;
    }
    return days == 0 ? 1.0 : sum / days;
}

PlannedSession event_session(const EventSchedule& event, const RunTargets& targets) {
    return event.is_race() ? race_session(event, targets) : show_session();
}

std::string race_name(double distance_m) {
    if (std::abs(distance_m - 5000.0) < 1.0) return "5K";
    if (std::abs(distance_m - 10000.0) < 1.0) return "10K";
    if (std::abs(distance_m - 21097.5) < 1.0) return "half marathon";
    if (std::abs(distance_m - 42195.0) < 1.0) return "marathon";
    return fmt::format("{:.1f} km", distance_m / 1000.0);
}

}  // namespace ironstride::planner
