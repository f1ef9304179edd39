#include "ironstride/planner/constraints.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>

#include <fmt/format.h>

#include "ironstride/planner/detail/timeline.hpp"
#include "ironstride/planner/event_rules.hpp"
#include "ironstride/planner/low_impact.hpp"
#include "ironstride/planner/progression.hpp"

namespace ironstride::planner {

namespace {

using detail::Event;

std::string where_day(const PlanWeek& week, const PlanDay& day) {
    return fmt::format("week {} {}", week.index + 1, units::format_iso_date(day.date));
}

std::string where_event(const Plan& plan, const Event& event) {
    const auto day = plan.start + std::chrono::days{event.start_abs_min / detail::kMinutesPerDay};
    return fmt::format("{} {} {}", units::format_iso_date(day), units::format_time_of_day(units::TimeOfDay{
                                                                      event.start_abs_min % detail::kMinutesPerDay}),
                       event.title);
}

bool is_run(const PlannedSession& session) {
    return session.kind == SessionKind::run || session.kind == SessionKind::walk_run;
}

bool has_warning(const Plan& plan, std::string_view rule_id) {
    return std::any_of(plan.warnings.begin(), plan.warnings.end(),
                       [&](const PlanWarning& warning) { return warning.rule == rule_id; });
}

bool cites(const PlannedSession& session, std::string_view rule_id) {
    return std::any_of(session.why.begin(), session.why.end(),
                       [&](const std::string& reason) { return reason.find(rule_id) != std::string::npos; });
}

}  // namespace

bool stacked_after_lift(const PlannedSession& run, int run_start, const PlannedSession& lift,
                        const std::vector<PlannedSession>& day_sessions) {
    if (!is_run(run) || run.intensity == Intensity::high || !cites(run, rule_id::kRunAfterUpperLift)) return false;
    if (lift.kind != SessionKind::lift || lift.lower_body_heavy) return false;
    const int gap = run_start - (lift.start.minutes + lift.duration_min);
    if (gap < 0 || gap > limits::kStackedAfterLiftMaxGapMin) return false;
    return std::none_of(day_sessions.begin(), day_sessions.end(), [](const PlannedSession& other) {
        return other.kind == SessionKind::lift && other.lower_body_heavy;
    });
}

namespace {

void check_lifting_split(const Plan& plan, const domain::Athlete& athlete, std::vector<Violation>& out) {
    const auto event = event_schedule(athlete, plan.start);
    for (const PlanWeek& week : plan.weeks) {
        for (const PlanDay& day : week.days) {
            const int weekday = units::iso_weekday_index(day.date);
            // The split as written, changed only as the event asks (planner/event_rules.hpp).
            std::vector<domain::LiftingSession> expected;
            for (const auto& lift : athlete.lifting) {
                if (lift.weekday != weekday) continue;
                const LiftChange change = event ? lift_change(*event, lift, day.date) : LiftChange::keep;
                if (change == LiftChange::skip) continue;
                expected.push_back(lift);
                if (change == LiftChange::light) {
                    expected.back().name = light_lift_title(lift.name, *event);
                    expected.back().lower_body_heavy = false;
                }
            }
            std::vector<const PlannedSession*> actual;
            for (const auto& session : day.sessions) {
                if (session.kind == SessionKind::lift) actual.push_back(&session);
            }
            if (expected.size() != actual.size()) {
                out.push_back({std::string(rule_id::kLiftingSplitFixed), where_day(week, day),
                               fmt::format("{} lifting session(s) planned, the split has {}", actual.size(),
                                           expected.size())});
                continue;
            }
            for (const auto& lift : expected) {
                const bool found = std::any_of(actual.begin(), actual.end(), [&](const PlannedSession* s) {
                    return s->title == lift.name && s->start == lift.start && s->duration_min == lift.duration_min &&
                           s->lower_body_heavy == lift.lower_body_heavy;
                });
                if (!found) {
                    out.push_back({std::string(rule_id::kLiftingSplitFixed), where_day(week, day),
                                   fmt::format("'{}' at {} is not as the athlete wrote it", lift.name,
                                               units::format_time_of_day(lift.start))});
                }
            }
        }
    }
}

void check_availability(const Plan& plan, const domain::Athlete& athlete, std::vector<Violation>& out) {
    for (const PlanWeek& week : plan.weeks) {
        for (const PlanDay& day : week.days) {
            const int weekday = units::iso_weekday_index(day.date);
            for (std::size_t i = 0; i < day.sessions.size(); ++i) {
                const auto& session = day.sessions[i];
                if (session.kind == SessionKind::rest) continue;
                const int begin = session.start.minutes;
                const int end = begin + session.duration_min;
                if (end > detail::kMinutesPerDay) {
                    out.push_back({std::string(rule_id::kRunsInAvailability), where_day(week, day),
                                   fmt::format("'{}' runs past midnight", session.title)});
                }
                // Lifts and the event are at their own times, not the planner's to fit into windows.
                if (session.kind != SessionKind::lift && session.kind != SessionKind::event) {
                    const auto& windows = athlete.availability[static_cast<std::size_t>(weekday)];
                    const bool inside = std::any_of(windows.begin(), windows.end(), [&](const domain::TimeWindow& w) {
                        return w.start.minutes <= begin && end <= w.end.minutes;
                    });
                    if (!inside) {
                        out.push_back({std::string(rule_id::kRunsInAvailability), where_day(week, day),
                                       fmt::format("'{}' {}+{} min is outside every availability window",
                                                   session.title, units::format_time_of_day(session.start),
                                                   session.duration_min)});
                    }
                }
                for (std::size_t j = i + 1; j < day.sessions.size(); ++j) {
                    const auto& other = day.sessions[j];
                    if (other.kind == SessionKind::rest) continue;
                    const int other_begin = other.start.minutes;
                    const int other_end = other_begin + other.duration_min;
                    if (begin < other_end && other_begin < end) {
                        out.push_back({std::string(rule_id::kRunsInAvailability), where_day(week, day),
                                       fmt::format("'{}' overlaps '{}'", session.title, other.title)});
                    }
                }
            }
        }
    }
}

/// Same-day order and spacing: lift first, ≥3 h, and the 6 h preference stated when not met.
void check_same_day(const Plan& plan, const domain::Athlete& /*athlete*/, std::vector<Violation>& out) {
    for (const PlanWeek& week : plan.weeks) {
        for (const PlanDay& day : week.days) {
            for (const auto& run : day.sessions) {
                if (!is_run(run)) continue;
                for (const auto& lift : day.sessions) {
                    if (lift.kind != SessionKind::lift) continue;
                    if (stacked_after_lift(run, run.start.minutes, lift, day.sessions)) continue;
                    const int lift_end = lift.start.minutes + lift.duration_min;
                    const int before_lift = lift.start.minutes - (run.start.minutes + run.duration_min);
                    if (before_lift >= limits::kPreferredLiftRunGapMin) continue;  // 6 h apart: either order
                    if (run.start.minutes < lift_end) {
                        out.push_back({std::string(rule_id::kLiftBeforeRun), where_day(week, day),
                                       fmt::format("'{}' at {} comes less than 6 h before (or during) '{}' at {}",
                                                   run.title,
                                                   units::format_time_of_day(run.start), lift.title,
                                                   units::format_time_of_day(lift.start))});
                        continue;
                    }
                    const int gap = run.start.minutes - lift_end;
                    if (gap < limits::kMinLiftRunGapMin) {
                        out.push_back({std::string(rule_id::kMin3hGap), where_day(week, day),
                                       fmt::format("'{}' starts {} min after '{}' ends", run.title, gap, lift.title)});
                    } else if (gap < limits::kPreferredLiftRunGapMin && !cites(run, rule_id::kPrefer6hGap)) {
                        out.push_back({std::string(rule_id::kPrefer6hGap), where_day(week, day),
                                       fmt::format("'{}' is {} min after '{}' and does not state the compromise",
                                                   run.title, gap, lift.title)});
                    }
                }
            }
        }
    }
}

void check_hard_before_legs(const Plan& plan, const domain::Athlete& athlete, std::vector<Violation>& out) {
    const auto events = detail::collect_events(plan, athlete);
    for (const Event& run : events) {
        if (!run.is_run || !run.high) continue;
        for (const Event& lift : events) {
            if (lift.is_run || !lift.heavy_legs) continue;
            const int gap = lift.start_abs_min - run.end_abs_min();
            if (gap >= 0 && gap < limits::kHardRunBeforeHeavyLegsMin) {
                out.push_back({std::string(rule_id::kNoHardRunBeforeHeavyLegs), where_event(plan, run),
                               fmt::format("ends {:.1f} h before heavy lower-body '{}'", gap / 60.0, lift.title)});
            }
        }
    }
}

void check_48h(const Plan& plan, const domain::Athlete& athlete, std::vector<Violation>& out) {
    auto events = detail::collect_events(plan, athlete);
    std::vector<Event> hard;
    for (const Event& e : events) {
        if ((e.is_run && e.high) || (!e.is_run && e.heavy_legs)) hard.push_back(e);
    }
    std::sort(hard.begin(), hard.end(),
              [](const Event& a, const Event& b) { return a.start_abs_min < b.start_abs_min; });
    for (std::size_t i = 0; i < hard.size(); ++i) {
        for (std::size_t j = i + 1; j < hard.size(); ++j) {
            const Event& a = hard[i];
            const Event& b = hard[j];
            if (!a.is_run && !b.is_run) continue;  // the athlete's own split is not the planner's to change
            const int days = detail::day_of(b.start_abs_min) - detail::day_of(a.start_abs_min);
            if (days < limits::kHardLegSessionsGapDays) {
                out.push_back({std::string(rule_id::k48hHardLegSessions), where_event(plan, b),
                               fmt::format("'{}' is {} day(s) after '{}'", b.title, days, a.title)});
            }
        }
    }
}

void check_long_run_cap(const Plan& plan, const domain::Athlete& athlete, std::vector<Violation>& out) {
    const double cap = long_run_cap_min(athlete);
    for (const PlanWeek& week : plan.weeks) {
        for (const PlanDay& day : week.days) {
            for (const auto& session : day.sessions) {
                if (is_run(session) && session.duration_min > cap + limits::kTolerance) {
                    out.push_back({std::string(rule_id::kLongRunCap), where_day(week, day),
                                   fmt::format("'{}' lasts {} min, cap {:.0f} min for goal {}", session.title,
                                               session.duration_min, cap, domain::to_string(athlete.goal))});
                }
            }
        }
    }
}

void check_rest_day(const Plan& plan, const domain::Athlete& athlete, std::vector<Violation>& out) {
    std::array<bool, 7> lift_days{};
    for (const auto& lift : athlete.lifting) lift_days[static_cast<std::size_t>(lift.weekday)] = true;
    const bool impossible = std::all_of(lift_days.begin(), lift_days.end(), [](bool b) { return b; });
    for (const PlanWeek& week : plan.weeks) {
        const bool has_rest = std::any_of(week.days.begin(), week.days.end(), [](const PlanDay& day) {
            return std::all_of(day.sessions.begin(), day.sessions.end(),
                               [](const PlannedSession& s) { return s.kind == SessionKind::rest; });
        });
        if (!has_rest && !(impossible && has_warning(plan, rule_id::kRestDay))) {
            out.push_back({std::string(rule_id::kRestDay), fmt::format("week {}", week.index + 1),
                           "no day without training"});
        }
    }
}

double summed_run_min(const PlanWeek& week) {
    double total = 0;
    for (const auto& day : week.days) {
        for (const auto& session : day.sessions) total += session.run_min;
    }
    return total;
}

int walk_run_sessions(const PlanWeek& week) {
    int count = 0;
    for (const auto& day : week.days) {
        for (const auto& session : day.sessions) count += session.kind == SessionKind::walk_run ? 1 : 0;
    }
    return count;
}

void check_deload(const Plan& plan, const domain::Athlete& /*athlete*/, std::vector<Violation>& out) {
    for (const PlanWeek& week : plan.weeks) {
        const double minutes = summed_run_min(week);
        if (std::abs(minutes - week.run_minutes) > 0.5) {
            out.push_back({std::string(rule_id::kDeload), fmt::format("week {}", week.index + 1),
                           fmt::format("run_minutes {:.1f} differs from its sessions' {:.1f}", week.run_minutes,
                                       minutes)});
        }
        if ((week.index + 1) % limits::kDeloadEveryWeeks != 0) continue;
        if (week.phase != WeekPhase::deload && week.phase != WeekPhase::taper && week.phase != WeekPhase::event &&
            week.phase != WeekPhase::peak) {
            out.push_back({std::string(rule_id::kDeload), fmt::format("week {}", week.index + 1),
                           fmt::format("week {} is a {} week, not a deload", week.index + 1, to_string(week.phase))});
            continue;
        }
        // A taper, peak or event week on a 4th week is checked by its own rule (event-day-and-run-up).
        if (week.index == 0 || week.phase != WeekPhase::deload) continue;
        const double previous = summed_run_min(plan.weeks[static_cast<std::size_t>(week.index - 1)]);
        if (previous <= 0) continue;
        // The lower bound holds when every session found a slot; a session left out is listed (no-silent-drop).
        const bool complete = week.unplaced.empty();
        // Run/walks move in 30-s steps: each may land half a step from the band.
        const double tolerance = limits::kTolerance + 0.5 * limits::kRunWalkStepS / 60.0 * walk_run_sessions(week);
        if (minutes > limits::kDeloadMaxRatio * previous + tolerance ||
            (complete && minutes < limits::kDeloadMinRatio * previous - tolerance)) {
            out.push_back({std::string(rule_id::kDeload), fmt::format("week {}", week.index + 1),
                           fmt::format("running {:.1f} min is {:.0f} % of the previous week's {:.1f} min (needs "
                                       "60-70 %)",
                                       minutes, 100.0 * minutes / previous, previous)});
        }
    }
}

void check_single_run(const Plan& plan, const domain::Athlete& /*athlete*/, std::vector<Violation>& out) {
    struct Run {
        int day = 0;
        int start = 0;
        double run_min = 0;
        std::string title;
    };
    std::vector<Run> runs;
    for (const PlanWeek& week : plan.weeks) {
        for (const PlanDay& day : week.days) {
            for (const auto& session : day.sessions) {
                if (session.run_min <= 0) continue;
                runs.push_back({static_cast<int>((day.date - plan.start).count()), session.start.minutes,
                                session.run_min, session.title});
            }
        }
    }
    std::sort(runs.begin(), runs.end(), [](const Run& a, const Run& b) {
        return a.day != b.day ? a.day < b.day : a.start < b.start;
    });
    // The baseline the planner grew from, as the plan records it: the profile's (one of longest/weekly estimates the
    // other, progression.hpp) or the logged history's (planner/history_start.hpp).
    const double baseline = plan.baseline.longest_run_min;
    for (std::size_t i = 0; i < runs.size(); ++i) {
        double reference = runs[i].day < limits::kSingleRunLookbackDays ? baseline : 0.0;
        for (std::size_t j = 0; j < i; ++j) {
            if (runs[i].day - runs[j].day <= limits::kSingleRunLookbackDays) {
                reference = std::max(reference, runs[j].run_min);
            }
        }
        const double allowed = single_run_allowance_min(reference);
        if (runs[i].run_min > allowed + limits::kTolerance) {
            out.push_back({std::string(rule_id::kSingleRun110),
                           fmt::format("{} {}", units::format_iso_date(plan.start + std::chrono::days{runs[i].day}),
                                       runs[i].title),
                           fmt::format("{:.1f} running minutes, longest of the previous 30 days {:.1f}",
                                       runs[i].run_min, reference)});
        }
    }
}

void check_weekly(const Plan& plan, const domain::Athlete& athlete, std::vector<Violation>& out) {
    const double baseline = plan.baseline.weekly_run_min;
    const double setting = std::pow(1.0 + athlete.max_weekly_increase, 2.0);
    for (const PlanWeek& week : plan.weeks) {
        const double reference = detail::two_week_reference(plan.weeks, week.index, baseline, summed_run_min);
        const double minutes = summed_run_min(week);
        if (reference <= 0) {
            if (minutes > limits::kBeginnerStartMaxMin + limits::kTolerance) {
                out.push_back({std::string(rule_id::kWeekly30Over2Weeks), fmt::format("week {}", week.index + 1),
                               fmt::format("{:.1f} running minutes with no running before", minutes)});
            }
            continue;
        }
        if (minutes > weekly_allowance_min(reference, limits::kTwoWeekMaxRatio) + limits::kTolerance) {
            out.push_back({std::string(rule_id::kWeekly30Over2Weeks), fmt::format("week {}", week.index + 1),
                           fmt::format("{:.1f} running minutes vs {:.1f} two weeks before (+{:.0f} %)", minutes,
                                       reference, 100.0 * (minutes / reference - 1.0))});
        }
        if (minutes > weekly_allowance_min(reference, setting) + limits::kTolerance) {
            out.push_back({std::string(rule_id::kWeeklyIncreaseSetting), fmt::format("week {}", week.index + 1),
                           fmt::format("{:.1f} running minutes vs {:.1f} two weeks before, above {:.0f} %/week",
                                       minutes, reference, 100.0 * athlete.max_weekly_increase)});
        }
    }
}

void check_sleep(const Plan& plan, const domain::Athlete& athlete, std::vector<Violation>& out) {
    for (const PlanWeek& week : plan.weeks) {
        for (const PlanDay& day : week.days) {
            const int age = athlete.age_on(day.date);
            const double high = age >= limits::kOlderAdultAge ? limits::kMaxSleepOlderH : limits::kMaxSleepAdultH;
            if (day.sleep_target_h < limits::kMinSleepH || day.sleep_target_h > high) {
                out.push_back({std::string(rule_id::kSleep), where_day(week, day),
                               fmt::format("sleep target {:.1f} h outside {:.0f}-{:.0f} h", day.sleep_target_h,
                                           limits::kMinSleepH, high)});
            }
        }
    }
}

void check_nutrition(const Plan& plan, const domain::Athlete& /*athlete*/, std::vector<Violation>& out) {
    for (const PlanWeek& week : plan.weeks) {
        if (week.days.size() != 7) {
            out.push_back({std::string(rule_id::kNutritionDaily), fmt::format("week {}", week.index + 1),
                           fmt::format("{} days instead of 7", week.days.size())});
        }
        for (const PlanDay& day : week.days) {
            const auto& n = day.nutrition;
            // Carbohydrate may only be 0 on a cut whose deficit leaves nothing after protein and the fat floor, and
            // then the day must say so (carbs_below_band); an unexplained 0 is a missing target.
            const bool carbs_ok = n.carbs_g > 0 || (n.carbs_g >= 0 && n.carbs_below_band);
            if (!(n.kcal > 0 && n.protein_g > 0 && carbs_ok && n.fat_g > 0)) {
                out.push_back({std::string(rule_id::kNutritionDaily), where_day(week, day),
                               "missing calorie or macro targets"});
            }
        }
    }
}

void check_guidelines(const Plan& plan, const domain::Athlete& /*athlete*/, std::vector<Violation>& out) {
    const PlanWeek* last = nullptr;
    for (const PlanWeek& week : plan.weeks) {
        if (week.phase == WeekPhase::base || week.phase == WeekPhase::build) last = &week;
    }
    if (last == nullptr) return;
    const bool met = last->moderate_equivalent_minutes + limits::kTolerance >= limits::kGuidelinesModerateMin &&
                     last->strength_days >= limits::kGuidelinesStrengthDays;
    if (!met && !has_warning(plan, rule_id::kGuidelines)) {
        out.push_back({std::string(rule_id::kGuidelines), fmt::format("week {}", last->index + 1),
                       fmt::format("{:.0f} moderate-equivalent minutes and {} strength days, and no warning says so",
                                   last->moderate_equivalent_minutes, last->strength_days)});
    }
}

void check_beginner_start(const Plan& plan, const domain::Athlete& athlete, std::vector<Violation>& out) {
    if (athlete.experience != domain::RunningExperience::new_runner || plan.weeks.empty()) return;
    if (athlete.longest_recent_run_min.value_or(0.0) > 0) return;
    // A beginner already on the ladder (runs logged before the plan) continues from the log, not from the start.
    if (plan.baseline.weekly_run_min > 0) return;
    const PlanWeek& first = plan.weeks.front();
    int sessions = 0;
    double minutes = 0;
    for (const auto& day : first.days) {
        for (const auto& session : day.sessions) {
            if (session.kind == SessionKind::run) {
                out.push_back({std::string(rule_id::kBeginnerStart), where_day(first, day),
                               "a new runner's first week has continuous runs"});
            }
            if (session.kind == SessionKind::walk_run) {
                ++sessions;
                minutes += session.run_min;
            }
        }
    }
    if (sessions < 2 && !first.unplaced.empty()) return;  // windows blocked the start; listed (no-silent-drop)
    if (sessions < 1 || sessions > 2 || minutes < limits::kBeginnerStartMinMin - limits::kTolerance ||
        minutes > limits::kBeginnerStartMaxMin + limits::kTolerance) {
        out.push_back({std::string(rule_id::kBeginnerStart), "week 1",
                       fmt::format("{} run/walk sessions with {:.1f} running minutes (needs 1-2 with 3-5)", sessions,
                                   minutes)});
    }
}

void check_no_silent_drop(const Plan& plan, const domain::Athlete& /*athlete*/, std::vector<Violation>& out) {
    for (const PlanWeek& week : plan.weeks) {
        for (const auto& unplaced : week.unplaced) {
            if (unplaced.rule.empty() || unplaced.window.empty() || !has_warning(plan, unplaced.rule)) {
                out.push_back({std::string(rule_id::kNoSilentDrop), fmt::format("week {}", week.index + 1),
                               fmt::format("unplaced {} has no named rule, window and warning",
                                           to_string(unplaced.type))});
            }
        }
    }
}

/// The event day holds the event alone, in the right kind.
void check_event_day(const PlanWeek& week, const PlanDay& day, const EventSchedule& event,
                     std::vector<Violation>& out) {
    const SessionType type = event.is_race() ? SessionType::race : SessionType::show;
    int events = 0;
    for (const auto& s : day.sessions) {
        if (s.kind == SessionKind::event && s.type == type) {
            ++events;
        } else {
            out.push_back({std::string(rule_id::kEventDay), where_day(week, day),
                           fmt::format("'{}' on the event day", s.title)});
        }
    }
    if (events != 1) {
        out.push_back({std::string(rule_id::kEventDay), where_day(week, day),
                       fmt::format("{} {} session(s) on the event day, needs 1", events, to_string(type))});
    }
}

/// The days before the event: no heavy lower-body lift in the last days, no hard run in a peak week, and a taper
/// week never above kTaperWeekMaxRatio of the last full week.
void check_run_up(const Plan& plan, const EventSchedule& event, std::vector<Violation>& out) {
    double last_full = -1;
    for (const PlanWeek& week : plan.weeks) {
        if (week.phase == WeekPhase::base || week.phase == WeekPhase::build) last_full = week.run_minutes;
        const double share = taper_fraction(event, week.start);
        if (event.is_race() && (week.phase == WeekPhase::taper || week.phase == WeekPhase::event) && last_full > 0 &&
            week.run_minutes > share * last_full + limits::kTolerance) {
            out.push_back({std::string(rule_id::kEventDay), fmt::format("week {}", week.index + 1),
                           fmt::format("{} week runs {:.1f} min, over its taper share of {:.0f} % of the last full "
                                       "week's {:.1f}",
                                       to_string(week.phase), week.run_minutes, 100.0 * share, last_full)});
        }
        for (const PlanDay& day : week.days) {
            const auto days_before = (event.date - day.date).count();
            if (days_before == 0) check_event_day(week, day, event, out);
            for (const auto& s : day.sessions) {
                if (s.kind == SessionKind::lift && s.lower_body_heavy && days_before > 0 &&
                    days_before < event.heavy_legs_free_days) {
                    out.push_back({std::string(rule_id::kEventDay), where_day(week, day),
                                   fmt::format("heavy lower-body '{}' {} day(s) before the event", s.title,
                                               days_before)});
                }
                if (week.phase == WeekPhase::peak && is_run(s) && s.intensity == Intensity::high) {
                    out.push_back({std::string(rule_id::kEventDay), where_day(week, day),
                                   fmt::format("hard run '{}' in the peak week", s.title)});
                }
            }
        }
    }
}

void check_event(const Plan& plan, const domain::Athlete& athlete, std::vector<Violation>& out) {
    const auto event = event_schedule(athlete, plan.start);
    if (event) check_run_up(plan, *event, out);
}

// Evidence strings name the evidence.md entries; docs/plan-json.md repeats this table.
const Rule kRules[] = {
    {rule_id::kLiftingSplitFixed, "the athlete's lifting split stays as written; running never takes a lifting slot",
     "Methenitis 2018 (resistance first when muscle is the goal); Petre 2021", true, check_lifting_split},
    {rule_id::kRunsInAvailability, "runs and walks go into availability windows, never overlapping another session",
     "product rule", true, check_availability},
    {rule_id::kLiftBeforeRun, "when a run and a lift share a day less than 6 h apart, the lift comes first; 6 h or "
                              "more apart, either order",
     "Murlasits 2018; Gao & Yu 2023 (SMD 0.19 for lower-limb strength); Robineau 2016 (6 h matched 24 h)", true,
     check_same_day},
    {rule_id::kMin3hGap, "at least 3 h between a lift and a run on the same day, never one session (except the "
                         "run-after-upper-lift compromise)",
     "Schumann 2022 (no loss when >=3 h apart); Petre 2021 (same session ES -0.66 vs -0.10)", true, nullptr},
    {rule_id::kRunAfterUpperLift,
     "only when no window takes a run on its own: an easy run or run/walk may start within 15 min after a lift "
     "without heavy legs, on a day without heavy legs, citing this rule and its cost",
     "Murlasits 2018 (lift first); Schumann 2022 (same-session cost is to explosive strength); Sabag 2018 "
     "(upper-body strength unaffected); Petre 2021",
     true, nullptr},
    {rule_id::kPrefer6hGap,
     "6 h or more between a lift and a run where windows allow; otherwise the compromise is "
     "stated",
     "Robineau 2016 (0 h worse than 6 h or 24 h); Murach & Bagley 2016 (6-24 h)", false, nullptr},
    {rule_id::kNoHardRunBeforeHeavyLegs, "no high-intensity run in the 24 h before a heavy lower-body session",
     "Sabag 2018 (lower-body strength ES -0.248); Robineau 2016 (24 h separation); Baar 2014", true,
     check_hard_before_legs},
    {rule_id::k48hHardLegSessions,
     "at least 48 h (two calendar days) between leg-heavy hard sessions: hard runs and heavy leg days",
     "Baar 2014 (interference rises with endurance intensity and frequency); Sabag 2018", true, check_48h},
    {rule_id::kLongRunCap, "long runs capped for muscle-priority goals; no ultra distances",
     "Wilson 2012 (session duration r -0.29 to -0.75); ultra-distance muscle loss (Knechtle 2007, Schutz 2013)", true,
     check_long_run_cap},
    {rule_id::kRestDay, "at least one full rest day each week", "Bell 2023 (recovery); Rogerson 2024", true,
     check_rest_day},
    {rule_id::kDeload, "every 4th week is a deload: running volume down 30-40 %, frequency kept",
     "Rogerson 2024 (deload every 5.6 +/- 2.3 weeks, volume cut); Bell 2023", true, check_deload},
    {rule_id::kSingleRun110, "no run longer than 110 % of the longest run of the previous 30 days",
     "Frandsen 2025 (HRR 1.64 for >10-30 % longer)", true, check_single_run},
    {rule_id::kWeekly30Over2Weeks, "weekly running minutes never up more than 30 % over two weeks",
     "Nielsen 2014 (HR 1.59 for >30 %)", true, check_weekly},
    {rule_id::kWeeklyIncreaseSetting,
     "weekly running minutes grow at most by the athlete's setting (10 %/week by "
     "convention), averaged over two weeks so hold weeks can bank it",
     "convention; Buist 2008 found the 10 % rule prevented nothing", true, nullptr},
    {rule_id::kSleep, "a sleep target of 7-9 h (7-8 h from 65) every day",
     "Watson 2015 (AASM/SRS >=7 h); Hirshkowitz 2015 (NSF); Lamon 2021", true, check_sleep},
    {rule_id::kNutritionDaily, "every day carries calorie and macro targets by its actual load",
     "evidence.md section 5 via science::day_nutrition", true, check_nutrition},
    {rule_id::kGuidelines, "150 moderate-equivalent minutes and 2 strength days by the end of the plan, or a warning",
     "Physical Activity Guidelines 2018 (vigorous counts double)", true, check_guidelines},
    {rule_id::kBeginnerStart, "a new runner's week 1 has 1-2 run/walk sessions with 3-5 minutes of running",
     "NHS Couch to 5K structure (evidence.md section 2)", true, check_beginner_start},
    {rule_id::kOneRunPerDay, "at most one run a day; the week's running is spread over more days instead",
     "Couch to 5K runs on non-consecutive days; Wilson 2012 (shorter, fewer sessions interfere less)", false, nullptr},
    {rule_id::kEventDay,
     "the event day holds the race or show alone (no lifting); no heavy lower-body lift in the last 7 days before a "
     "half marathon or longer, 4 before shorter races, 3 before a show; a 2-week taper (1 week for shorter races) "
     "falling exponentially to a 50 % mean (no week above its share), one hard session kept; a peak week without "
     "hard runs",
     "Bosquet 2007 (2-week taper, volume -41-60 %, intensity and frequency kept); Pritchard 2015, 2016 (last heavy "
     "session 3.7 +/- 1.6 days out); Escalante 2021 (peak week)",
     true, check_event},
    {rule_id::kNoSilentDrop, "a session that cannot be placed is listed with the rule and window that blocked it",
     "product rule", true, check_no_silent_drop},
};

}  // namespace

std::span<const Rule> rules() { return kRules; }

const Rule& rule(std::string_view id) {
    for (const Rule& r : kRules) {
        if (r.id == id) return r;
    }
    assert(false && "unknown rule id");
    return kRules[0];
}

std::vector<Violation> check_plan(const Plan& plan, const domain::Athlete& athlete) {
    std::vector<Violation> out;
    for (const Rule& r : kRules) {
        if (r.check != nullptr) r.check(plan, athlete, out);
    }
    return out;
}

double single_run_allowance_min(double longest_30_day_min) {
    if (longest_30_day_min <= 0) return limits::kBeginnerStartMaxMin;
    return std::max(limits::kSingleRunMaxRatio * longest_30_day_min, limits::kSingleRunCapFromMin);
}

double weekly_allowance_min(double reference_min, double two_week_ratio) {
    return std::max(two_week_ratio * reference_min, reference_min + limits::kWeeklyGrowthFloorMin);
}

double long_run_cap_min(const domain::Athlete& athlete) {
    const double goal_cap = goal_run_cap_min(athlete);
    const bool water = athlete.equipment.pool || athlete.equipment.water_treadmill;
    // A joint condition without water keeps land runs short (planner/low_impact.hpp).
    return has_joint_condition(athlete) && !water ? std::min(goal_cap, kJointLandRunCapMin) : goal_cap;
}

double goal_run_cap_min(const domain::Athlete& athlete) {
    // Caps are product choices that keep single sessions short where muscle comes first (Wilson 2012: hypertrophy
    // and strength effect sizes fall as endurance session duration rises) and never reach ultra distances.
    using domain::Goal;
    switch (athlete.goal) {
        case Goal::physique: return 60.0;
        case Goal::hybrid: return 90.0;
        case Goal::general_health:
        case Goal::longevity: return 75.0;
        case Goal::race: {
            const double distance = athlete.goal_race_distance_m.value_or(10000.0);
            if (distance <= 10000.0) return 90.0;
            if (distance <= 21097.5) return 120.0;
            return 150.0;
        }
    }
    return 60.0;
}

double sleep_target_h(const domain::Athlete& athlete, int age_years) {
    const double high = age_years >= limits::kOlderAdultAge ? limits::kMaxSleepOlderH : limits::kMaxSleepAdultH;
    return std::clamp(athlete.sleep_target_h, limits::kMinSleepH, high);
}

}  // namespace ironstride::planner
