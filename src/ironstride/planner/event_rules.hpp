#pragma once

#include <optional>
#include <string>

#include "ironstride/domain/athlete.hpp"
#include "ironstride/planner/plan.hpp"
#include "ironstride/planner/targets.hpp"

namespace ironstride::planner {

/// What an event (a race or a physique show) asks of the days around it. One place for the numbers, which the
/// planner applies and the plan checker re-checks (evidence.md §10 "Tapering before a race", §11 "Race-day and
/// pre-race fuelling", §12 "Physique competition").
struct EventSchedule {
    domain::EventKind kind = domain::EventKind::race;
    units::CivilDay date{};
    double distance_m = 0;              ///< race only
    std::optional<double> predicted_s;  ///< race only: Daniels' prediction from the athlete's recent race
    int taper_days = 0;                 ///< race: the taper before it; show: the peak week
    /// The first day of the taper (or peak week) on the plan's week grid: the plan week holding the day
    /// `taper_days` before the event when 4 or more of its days are in that span, else the week after.
    units::CivilDay taper_start{};
    int heavy_legs_free_days = 0;  ///< no heavy lower-body lift in this many days before the event
    /// When the split lifts on every other day of the event's plan week, the event would take the week's only rest
    /// day: the day before it (the day after, when the event opens the week) drops its lift and becomes the rest day.
    std::optional<units::CivilDay> rest_day;
    [[nodiscard]] bool is_race() const { return kind == domain::EventKind::race; }
    /// The race lasts over 90 min (or, without a prediction, is a half marathon or longer): carbohydrate loading.
    [[nodiscard]] bool long_race() const;
    /// The race's expected length in minutes: the prediction, else the assumed pace (kAssumedRacePaceSPerKm).
    [[nodiscard]] double race_minutes() const;
};

/// The half marathon: from this distance on, a two-week taper (Bosquet 2007: 2 weeks best) and no heavy legs in the
/// last 7 days (evidence.md §10 design implication: 4–7 days, ≥ 7 for deadlifts and unaccustomed work).
inline constexpr double kLongRaceFromM = 21097.5;
inline constexpr int kLongRaceTaperDays = 14;
/// Shorter races: a one-week taper (coaching convention of 7–10 days for 5K/10K, evidence.md §10) and the last heavy
/// lower-body session 4 days out (Pritchard 2016: final session 3.7 ± 1.6 days before competition).
inline constexpr int kShortRaceTaperDays = 7;
inline constexpr int kLongRaceHeavyLegsFreeDays = 7;
inline constexpr int kShortRaceHeavyLegsFreeDays = 4;
/// Physique show: the peak week, and the last heavy legs at least 3 days out (Pritchard 2016, 3.7 ± 1.6 days).
inline constexpr int kPeakWeekDays = 7;
inline constexpr int kShowHeavyLegsFreeDays = 3;
/// Taper volume: the mean over the taper is half the pre-taper volume, the middle of Bosquet 2007's 41–60 % cut,
/// applied exponentially (Bosquet 2007: progressive beats step tapers).
inline constexpr double kTaperMeanFraction = 0.50;
/// Carbohydrate loading is for events over 90 min (Thomas 2016; Sedlock 2008).
inline constexpr double kCarbLoadingFromMin = 90.0;
/// Without a recent race there is no prediction: the race's length for the food targets assumes 6:00 /km (a product
/// assumption, said in the session's reasons).
inline constexpr double kAssumedRacePaceSPerKm = 360.0;
/// The race pace shown as a band of ±2 % around the predicted speed (a watch alerts outside it; product choice).
inline constexpr double kRacePaceBand = 0.02;
/// Races start in the morning: the planned start when the profile gives none (product default).
inline constexpr int kEventStartMin = 8 * 60;

/// The event of the athlete's profile for a plan starting `plan_start`, or nothing without an event date. A race
/// without a distance is planned as a 10K.
[[nodiscard]] std::optional<EventSchedule> event_schedule(const domain::Athlete& athlete, units::CivilDay plan_start);

/// What happens to a lift of the split on `day` because of the event: kept, made light (no heavy lower-body work:
/// same session, 30–50 % of the sets, Pritchard 2015), or skipped (the event day).
enum class LiftChange { keep, light, skip };
[[nodiscard]] LiftChange lift_change(const EventSchedule& event, const domain::LiftingSession& lift,
                                     units::CivilDay day);
/// The title of a lift made light before the event.
[[nodiscard]] std::string light_lift_title(const std::string& name, const EventSchedule& event);

/// τ (days) of the exponential taper e^(−t/τ) whose mean over `taper_days` days is `mean_fraction` of the pre-taper
/// volume: (τ/T)(1 − e^(−T/τ)) = mean_fraction (evidence.md §10 test vectors: 14 days, 50 % → 8.785).
[[nodiscard]] double taper_tau_days(double taper_days, double mean_fraction);
/// The share of the pre-taper weekly volume for the week starting `week_start`: the mean multiplier of its days that
/// fall in the taper, [taper_start, event), with τ set so that the whole taper averages kTaperMeanFraction; 1 when
/// none does.
[[nodiscard]] double taper_fraction(const EventSchedule& event, units::CivilDay week_start);

/// The event day's one session: the race (distance, target pace from VDOT, expected time) or the show.
[[nodiscard]] PlannedSession event_session(const EventSchedule& event, const RunTargets& targets);

/// "5K", "10K", "half marathon", "marathon", or "12.5 km".
[[nodiscard]] std::string race_name(double distance_m);

}  // namespace ironstride::planner
