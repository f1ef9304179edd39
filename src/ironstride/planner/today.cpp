#include "ironstride/planner/today.hpp"

#include <algorithm>
#include <chrono>
#include <string_view>

#include <fmt/format.h>

#include "ironstride/planner/constraints.hpp"
#include "ironstride/planner/planner.hpp"
#include "ironstride/planner/session_library.hpp"
#include "ironstride/planner/session_load.hpp"
#include "ironstride/planner/targets.hpp"
#include "ironstride/science/heart_rate_profile.hpp"

namespace ironstride::planner {

namespace {

using std::chrono::days;
namespace ev = analysis::evidence;
using analysis::Readiness;

PlannedSession rest_instead(const PlannedSession& planned, const std::string& reason) {
    PlannedSession rest;
    rest.kind = SessionKind::rest;
    rest.type = SessionType::rest;
    rest.title = "Rest instead";
    rest.intensity = Intensity::easy;
    rest.start = planned.start;
    rest.why.push_back(reason);
    return rest;
}

/// The planner's warning that the event lies outside the planned weeks (planner.cpp).
constexpr std::string_view kEventPhasesRule = "event-phases";
/// The longest plan `today` makes to reach an event (the `plan` command's own limit is 104 weeks; an event further
/// away than a year is planned as repeating blocks either way).
constexpr int kMaxTodayPlanWeeks = 52;

int today_plan_weeks(const domain::Athlete& athlete, units::CivilDay monday) {
    if (!athlete.event_date || *athlete.event_date < monday) return 1;
    const auto weeks = (*athlete.event_date - monday).count() / 7 + 1;
    return static_cast<int>(std::min<decltype(weeks)>(weeks, kMaxTodayPlanWeeks));
}

bool is_run(const PlannedSession& s) {
    return s.kind == SessionKind::run || s.kind == SessionKind::walk_run;
}

}  // namespace

TodayReport build_today(const domain::Athlete& athlete, units::CivilDay day, const analysis::History& history,
                        const analysis::Series& series, const EnergyUsed& expenditure) {
    TodayReport report;
    report.expenditure = expenditure;
    report.athlete_name = athlete.name;
    report.day = day;
    report.units = athlete.units;

    // This morning's form: the load state at the end of yesterday.
    report.form = series.days.size() >= 2 ? series.days[series.days.size() - 2] : series.before_range;

    std::optional<domain::CheckIn> checkin;
    std::vector<domain::CheckIn> previous;
    for (const domain::CheckIn& c : history.checkins) {
        if (c.day == day) checkin = c;
        if (c.day < day && c.day >= day - days{kTodayBaselineDays}) previous.push_back(c);
    }

    // The plan for the ISO week containing the day. With a show or race ahead the plan runs up to it, so that this
    // week gets its place in the phases toward the event (a taper week stays a taper week); otherwise one week.
    const units::CivilDay monday = day - days{units::iso_weekday_index(day)};
    const TrainingHistory logged = training_history(history, monday, sleep_target_h(athlete, athlete.age_on(monday)),
                                                    science::heart_rate_profile(athlete, monday).max_hr_bpm);
    const Plan plan = make_plan(athlete, monday, today_plan_weeks(athlete, monday), logged);
    const PlanDay& plan_day = plan.weeks.front().days[static_cast<std::size_t>(units::iso_weekday_index(day))];
    report.sleep_target_h = plan_day.sleep_target_h;
    report.readiness = analysis::assess_readiness(day, checkin, previous, report.sleep_target_h, report.form.tsb);

    const int age = athlete.age_on(day);
    const RunTargets targets = run_targets(athlete, age);
    const Readiness level = report.readiness.level;
    std::vector<const PlannedSession*> to_do;
    for (const PlannedSession& planned : plan_day.sessions) {
        TodaySession session;
        session.planned = planned;
        if (is_run(planned) && level == Readiness::red) {
            session.reason = fmt::format("readiness is red ({}): rest today, the run moves to a better day",
                                         report.readiness.summary);
            session.adapted = rest_instead(planned, session.reason);
        } else if (is_run(planned) && planned.intensity == Intensity::high && level == Readiness::amber) {
            session.reason = fmt::format("readiness is amber ({}): easy Zone 2 instead of the hard session",
                                         report.readiness.summary);
            PlannedSession easy = session_library::easy_run(planned.duration_min, false, targets);
            easy.start = planned.start;
            easy.why.push_back(session.reason);
            session.adapted = std::move(easy);
        }
        if (session.adapted) {
            session.evidence = {ev::kDuking2021};
            if (checkin && checkin->sleep_h < analysis::kSleepAmberBelowH) session.evidence.push_back(ev::kAasm2015);
        }
        report.sessions.push_back(std::move(session));
    }
    for (const TodaySession& s : report.sessions) to_do.push_back(s.adapted ? &*s.adapted : &s.planned);
    report.nutrition = science::day_nutrition(athlete, age, session_loads(to_do), expenditure.offset_kcal);

    const bool lifts = std::any_of(report.sessions.begin(), report.sessions.end(), [](const TodaySession& s) {
        return s.planned.kind == SessionKind::lift;
    });
    if (lifts && level == Readiness::red) {
        report.notes.push_back("Lift as planned but lighter: fewer sets, a lighter load and 2-3 more reps in reserve, "
                               "as in a deload (Rogerson et al. 2024).");
    }
    if (!report.readiness.checked_in) {
        report.notes.push_back("No check-in for today: record one with `ironstride checkin --sleep H --soreness N`.");
    }
    for (const PlanWarning& warning : plan.warnings) {
        // About the plan's length, which `today` chose, not about the athlete's day.
        if (warning.rule == kEventPhasesRule) continue;
        report.notes.push_back(fmt::format("plan: {}", warning.message));
    }
    return report;
}

}  // namespace ironstride::planner
