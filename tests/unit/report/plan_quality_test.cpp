// What a coach checks, on generated athletes (issue 13 point 8): beyond the hard rules of check_plan (the other
// property test), each plan must hold the event and its run-up, keep the running of runners who have it, give
// something to everyone who asked to run, grow beginners, follow the low-impact policy, load carbohydrate before
// long races and start from the logged history. Each assertion is one row of kAssertions: when it applies and what
// must hold. The test prints how many athletes each row was checked on (the closing note's table) and fails with
// the profile that broke a row.

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <iostream>
#include <string>

#include <gtest/gtest.h>

#include <fmt/format.h>

#include "ironstride/planner/constraints.hpp"
#include "ironstride/planner/event_rules.hpp"
#include "ironstride/planner/progression.hpp"
#include "ironstride/planner/planner.hpp"
#include "ironstride/report/plan_text.hpp"
#include "unit/report/generated_athletes.hpp"

namespace ironstride::report {
namespace {

using planner::Plan;
using planner::PlanWeek;
using planner::SessionKind;
using planner::SessionType;
using planner::WeekPhase;

/// One generated athlete with the plan made for it.
struct Case {
    domain::Athlete athlete;
    units::CivilDay start{};
    int weeks = 0;
    planner::TrainingHistory history;
    Plan plan;
};

bool has_note(const PlanWeek& week, std::string_view prefix) {
    return std::any_of(week.notes.begin(), week.notes.end(),
                       [&](const std::string& note) { return note.rfind(prefix, 0) == 0; });
}

bool has_condition(const domain::Athlete& a, domain::HealthCondition condition) {
    return std::find(a.conditions.begin(), a.conditions.end(), condition) != a.conditions.end();
}

bool joint_condition(const domain::Athlete& a) {
    return has_condition(a, domain::HealthCondition::knee_osteoarthritis) ||
           has_condition(a, domain::HealthCondition::hip_osteoarthritis) ||
           has_condition(a, domain::HealthCondition::recent_injury);
}

bool water(const domain::Athlete& a) { return a.equipment.pool || a.equipment.water_treadmill; }

bool any_window(const domain::Athlete& a) {
    return std::any_of(a.availability.begin(), a.availability.end(), [](const auto& day) { return !day.empty(); });
}

bool lifts_every_day(const domain::Athlete& a) {
    std::array<bool, 7> days{};
    for (const auto& lift : a.lifting) days[static_cast<std::size_t>(lift.weekday)] = true;
    return std::all_of(days.begin(), days.end(), [](bool d) { return d; });
}

/// The event inside the plan, when there is one.
std::optional<planner::EventSchedule> event_in_plan(const Case& c) {
    if (!c.athlete.event_date || !c.athlete.event_kind) return std::nullopt;
    const auto event = planner::event_schedule(c.athlete, c.start);
    if (!event || event->date < c.start || event->date >= c.start + std::chrono::days{c.weeks * 7}) return std::nullopt;
    return event;
}

const planner::PlanDay* day_of(const Plan& plan, units::CivilDay date) {
    for (const auto& week : plan.weeks) {
        for (const auto& day : week.days) {
            if (day.date == date) return &day;
        }
    }
    return nullptr;
}

bool week_runs(const PlanWeek& week, bool walks_count) {
    for (const auto& day : week.days) {
        for (const auto& s : day.sessions) {
            if (s.run_min > 0 || s.kind == SessionKind::walk_run || s.kind == SessionKind::event) return true;
            if (walks_count && s.kind == SessionKind::walk) return true;
        }
    }
    return false;
}

/// The logged break the plan starts after (nothing when the history has none).
std::optional<planner::RunningBreak> logged_break(const Case& c) { return planner::running_break(c.history, c.start); }

// ---- the assertions: each returns the failure, or empty when it holds ----

std::string event_session(const Case& c) {
    const auto event = event_in_plan(c);
    const planner::PlanDay* day = day_of(c.plan, event->date);
    if (day == nullptr) return "the event day is not in the plan";
    if (day->sessions.size() != 1 || day->sessions.front().kind != SessionKind::event) {
        return fmt::format("event day {} holds {} session(s), not the event alone", units::format_iso_date(event->date),
                           day->sessions.size());
    }
    const SessionType wanted = event->is_race() ? SessionType::race : SessionType::show;
    return day->sessions.front().type == wanted ? "" : "the event session has the wrong type";
}

/// No heavy lower-body lift in the days before the event (the 7 / 4 / 3).
std::string heavy_leg_spacing(const Case& c) {
    const auto event = event_in_plan(c);
    const int free_days = !event->is_race() ? 3 : event->distance_m >= 21097.5 ? 7 : 4;
    for (int back = 0; back < free_days; ++back) {
        const planner::PlanDay* day = day_of(c.plan, event->date - std::chrono::days{back});
        if (day == nullptr) continue;
        for (const auto& s : day->sessions) {
            if (s.kind == SessionKind::lift && s.lower_body_heavy) {
                return fmt::format("heavy legs {} day(s) before the event ({})", back, s.title);
            }
        }
    }
    return "";
}

/// The last full-volume week before the taper, and the taper weeks, of a race inside the plan.
struct Taper {
    const PlanWeek* last_full = nullptr;
    std::vector<const PlanWeek*> weeks;
};

Taper taper_of(const Plan& plan) {
    Taper taper;
    for (const auto& week : plan.weeks) {
        if (week.phase == WeekPhase::taper) taper.weeks.push_back(&week);
        if ((week.phase == WeekPhase::base || week.phase == WeekPhase::build) && taper.weeks.empty()) {
            taper.last_full = &week;
        }
    }
    return taper;
}

bool taper_applies(const Case& c) {
    const auto event = event_in_plan(c);
    if (!event || !event->is_race()) return false;
    const Taper taper = taper_of(c.plan);
    return taper.last_full != nullptr && taper.last_full->run_minutes >= 30 && !taper.weeks.empty() &&
           c.plan.weeks.front().phase != WeekPhase::taper;
}

/// Bosquet 2007: volume down 40-60 % over the taper, frequency kept.
std::string taper_volume(const Case& c) {
    const Taper taper = taper_of(c.plan);
    double sum = 0;
    for (const PlanWeek* week : taper.weeks) {
        sum += week->run_minutes;
        if (week->run_minutes > taper.last_full->run_minutes + 0.5) {
            return fmt::format("taper week {} runs more than the last full week", week->index + 1);
        }
    }
    const double share = sum / static_cast<double>(taper.weeks.size()) / taper.last_full->run_minutes;
    if (share < 0.30 || share > 0.70) return fmt::format("taper mean {:.0f} % of the last full week", 100 * share);
    return "";
}

/// Peak week before a show: no hard runs.
std::string peak_week(const Case& c) {
    for (const auto& week : c.plan.weeks) {
        if (week.phase != WeekPhase::peak) continue;
        for (const auto& day : week.days) {
            for (const auto& s : day.sessions) {
                if (s.kind == SessionKind::run && s.intensity == planner::Intensity::high) return "a hard run in the peak week";
            }
        }
    }
    return "";
}

/// Carbohydrate loading (10-12 g/kg, Thomas 2016) on the 2 days before a race over 90 min, and a pre-race meal.
std::string carb_loading(const Case& c) {
    const auto event = event_in_plan(c);
    for (int back = 1; back <= 2; ++back) {
        const planner::PlanDay* day = day_of(c.plan, event->date - std::chrono::days{back});
        if (day == nullptr) continue;
        if (day->nutrition.event_fuel.rfind("carbohydrate loading", 0) != 0) {
            return fmt::format("no carbohydrate loading {} day(s) before", back);
        }
        if (day->nutrition.carbs_g < 10.0 * c.athlete.weight_kg - 1) {
            return fmt::format("{:.0f} g of carbohydrate {} day(s) before, under 10 g/kg", day->nutrition.carbs_g, back);
        }
    }
    const planner::PlanDay* race_day = day_of(c.plan, event->date);
    return race_day->nutrition.pre_event_meal_carbs ? "" : "no pre-race meal on race day";
}

bool volume_applies(const Case& c) {
    const auto& a = c.athlete;
    return (a.experience == domain::RunningExperience::intermediate ||
            a.experience == domain::RunningExperience::advanced) &&
           a.recent_weekly_run_min.value_or(0) > 0 && a.longest_recent_run_min.value_or(0) >= 20 &&
           !logged_break(c) && !has_condition(a, domain::HealthCondition::recent_injury) && !lifts_every_day(a);
}

/// Base and build weeks keep the recent weekly running, or say which windows and rules cost it.
std::string volume_held(const Case& c) {
    const double recent = *c.athlete.recent_weekly_run_min;
    for (const auto& week : c.plan.weeks) {
        if (week.phase != WeekPhase::base && week.phase != WeekPhase::build) continue;
        // After an event the running is rebuilt from the recovery weeks, not held at the profile's old volume.
        if (c.athlete.event_date && week.start > *c.athlete.event_date) break;
        if (week.run_minutes >= recent - planner::limits::kVolumeHeldToleranceMin) continue;
        if (has_note(week, "volume-held:") || has_note(week, "no-run-fits:") || has_note(week, "restart at")) continue;
        return fmt::format("week {}: {:.0f} of the recent {:.0f} running min, and no note says why", week.index + 1,
                           week.run_minutes, recent);
    }
    return "";
}

bool something_applies(const Case& c) { return any_window(c.athlete) && !lifts_every_day(c.athlete); }

/// At least one run/walk a week when any window exists, or the minimum availability that would fix it.
std::string something_to_run(const Case& c) {
    const bool walks_count = has_condition(c.athlete, domain::HealthCondition::recent_injury) && !water(c.athlete);
    for (const auto& week : c.plan.weeks) {
        if (week_runs(week, walks_count) || has_note(week, "no-run-fits:")) continue;
        return fmt::format("week {} ({}) has no run or run/walk and no no-run-fits note", week.index + 1,
                           planner::to_string(week.phase));
    }
    return "";
}

bool beginner_applies(const Case& c) {
    if (c.athlete.experience != domain::RunningExperience::new_runner || c.weeks < 12 || event_in_plan(c)) return false;
    if (!c.history.empty() || !c.athlete.conditions.empty() || lifts_every_day(c.athlete)) return false;
    // "When the windows allow": every week placed what it wanted.
    return std::all_of(c.plan.weeks.begin(), c.plan.weeks.begin() + 12, [](const PlanWeek& week) {
        return week.unplaced.empty() && !has_note(week, "no-run-fits:") && !has_note(week, "volume-held:") &&
               !has_note(week, planner::rule_id::kOneRunPerDay);
    });
}

/// A new runner reaches 20 running minutes a week within 12 weeks.
std::string beginner_growth(const Case& c) {
    double most = 0;
    for (int i = 0; i < 12; ++i) most = std::max(most, c.plan.weeks[static_cast<std::size_t>(i)].run_minutes);
    return most >= 20.0 - 1e-9 ? "" : fmt::format("at most {:.1f} running min a week in 12 weeks", most);
}

bool joint_water_applies(const Case& c) {
    // Osteopenia beside a joint condition keeps one land run on purpose (osteopenia_land_run).
    return joint_condition(c.athlete) && water(c.athlete) &&
           !has_condition(c.athlete, domain::HealthCondition::osteopenia);
}

/// A joint condition with water: every easy run in the water, no high-impact intervals.
std::string joint_low_impact(const Case& c) {
    for (const auto& week : c.plan.weeks) {
        for (const auto& day : week.days) {
            for (const auto& s : day.sessions) {
                if (s.kind != SessionKind::run) continue;
                if (s.intensity == planner::Intensity::high) return fmt::format("{}: a hard run", units::format_iso_date(day.date));
                if (s.type != SessionType::water_run) return fmt::format("{}: {} on land", units::format_iso_date(day.date), s.title);
            }
        }
    }
    return "";
}

bool osteopenia_applies(const Case& c) {
    return has_condition(c.athlete, domain::HealthCondition::osteopenia) && !joint_condition(c.athlete);
}

/// Osteopenia keeps impact: any week with runs has one on land.
std::string osteopenia_land_run(const Case& c) {
    for (const auto& week : c.plan.weeks) {
        int runs = 0;
        int land = 0;
        for (const auto& day : week.days) {
            for (const auto& s : day.sessions) {
                if (s.kind != SessionKind::run && s.kind != SessionKind::walk_run) continue;
                ++runs;
                if (s.type != SessionType::water_run) ++land;
            }
        }
        if (runs > 0 && land == 0) return fmt::format("week {}: every run in the water", week.index + 1);
    }
    return "";
}

bool older_water_applies(const Case& c) {
    return c.athlete.age_on(c.start) >= 65 && water(c.athlete) && c.athlete.conditions.empty();
}

/// 65+ with a pool or water treadmill: the low-impact option in every week with two or more runs.
std::string older_low_impact(const Case& c) {
    for (const auto& week : c.plan.weeks) {
        int runs = 0;
        int in_water = 0;
        for (const auto& day : week.days) {
            for (const auto& s : day.sessions) {
                if (s.kind != SessionKind::run) continue;
                ++runs;
                if (s.type == SessionType::water_run) ++in_water;
            }
        }
        if (runs >= 2 && in_water == 0) return fmt::format("week {}: {} runs, none in the water", week.index + 1, runs);
    }
    return "";
}

bool break_applies(const Case& c) { return logged_break(c).has_value() && !lifts_every_day(c.athlete); }

/// After a logged break: week 1 at most half the pre-break running (or the ladder's start), and a note saying so.
std::string return_after_break(const Case& c) {
    const auto gap = logged_break(c);
    const PlanWeek& first = c.plan.weeks.front();
    const double most = gap->as_new_runner ? 5.0 : 0.5 * gap->before_weekly_min;
    if (first.run_minutes > most + 1.0) {
        return fmt::format("week 1 runs {:.0f} min after {} days off (at most {:.0f})", first.run_minutes, gap->days_off, most);
    }
    return has_note(first, "return-after-break:") ? "" : "no return-after-break note";
}

bool readiness_applies(const Case& c) {
    if (c.athlete.experience != domain::RunningExperience::new_runner || logged_break(c) || lifts_every_day(c.athlete)) {
        return false;
    }
    const auto week = planner::last_week_readiness(c.history, c.start);
    return week.level != analysis::Readiness::green && planner::logged_week_run_min(c.history, c.start, 1) > 0 &&
           c.plan.weeks.front().phase != WeekPhase::event;
}

/// A beginner's growth holds after an amber week and steps back after a red one.
std::string beginner_readiness(const Case& c) {
    const auto week = planner::last_week_readiness(c.history, c.start);
    const double last = planner::logged_week_run_min(c.history, c.start, 1);
    const double first = c.plan.weeks.front().run_minutes;
    if (first > last + 0.5) return fmt::format("readiness {} last week, yet {:.1f} > {:.1f} min", analysis::to_string(week.level), first, last);
    if (week.level == analysis::Readiness::red && last > planner::kLadderStartWeeklyMin + 0.5 && first >= last - 0.01) {
        return fmt::format("red last week, yet no step back from {:.1f} min", last);
    }
    return has_note(c.plan.weeks.front(), "beginner-growth-by-readiness:") ? "" : "no beginner-growth-by-readiness note";
}

bool has_unfuelled_week(const Case& c) {
    return std::any_of(c.plan.weeks.begin(), c.plan.weeks.end(), [](const PlanWeek& week) {
        return std::none_of(week.days.begin(), week.days.end(),
                            [](const planner::PlanDay& d) { return !d.nutrition.event_fuel.empty(); });
    });
}

/// Issue 14: a week without event fuelling averages maintenance ± the phase's rate (within 1 %), whatever floors
/// raised its training days; only a cut too steep for protein and the fat floor may miss it, and then it says so.
std::string week_energy_on_phase(const Case& c) {
    for (const auto& week : c.plan.weeks) {
        double planned = 0;
        double phase = 0;
        bool fuelled = false;
        for (const auto& day : week.days) {
            planned += day.nutrition.kcal;
            phase += day.nutrition.phase_kcal;
            fuelled = fuelled || !day.nutrition.event_fuel.empty();
        }
        if (fuelled) continue;
        const bool floors_said =
            planned > phase && has_note(week, "week-energy:") &&
            std::any_of(week.notes.begin(), week.notes.end(), [](const std::string& note) {
                return note.find("protein and the fat floor alone exceed") != std::string::npos;
            });
        if (std::abs(planned - phase) > 0.01 * phase && !floors_said) {
            return fmt::format("week {}: mean {:.0f} kcal/day against the phase's {:.0f}", week.index + 1, planned / 7,
                               phase / 7);
        }
    }
    return "";
}

struct Assertion {
    const char* name;
    std::function<bool(const Case&)> applies;
    std::function<std::string(const Case&)> holds;
};

bool has_event(const Case& c) { return event_in_plan(c).has_value(); }
bool race_over_90_min(const Case& c) {
    const auto event = event_in_plan(c);
    return event && event->is_race() && event->long_race() && c.plan.weeks.front().days.front().date + std::chrono::days{2} <= event->date;
}
bool has_peak(const Case& c) {
    const auto event = event_in_plan(c);
    return event && !event->is_race();
}

const Assertion kAssertions[] = {
    {"event day holds the event alone", has_event, event_session},
    {"last heavy legs at least 7/4/3 days before the event (evidence §10: 4-7 days)", has_event, heavy_leg_spacing},
    {"taper: volume down 40-60 % (mean 30-70 %), no week above the last full", taper_applies, taper_volume},
    {"peak week: no hard runs", has_peak, peak_week},
    {"carbohydrate loading 2 days before a race over 90 min, pre-race meal", race_over_90_min, carb_loading},
    {"runners keep their recent weekly running or a note names the cost", volume_applies, volume_held},
    {"a run/walk every week when a window exists, or no-run-fits", something_applies, something_to_run},
    {"a new runner reaches 20 running min a week within 12 weeks", beginner_applies, beginner_growth},
    {"joint condition with water: easy runs in water, no hard runs", joint_water_applies, joint_low_impact},
    {"osteopenia keeps a land run every running week", osteopenia_applies, osteopenia_land_run},
    {"65+ with water: a water run in every week of 2+ runs", older_water_applies, older_low_impact},
    {"after a logged break: week 1 at most 50 % (ladder after 3 months)", break_applies, return_after_break},
    {"beginner growth holds on amber, steps back on red", readiness_applies, beginner_readiness},
    {"a week's mean planned intake is maintenance +/- the phase's rate (1 %)", has_unfuelled_week, week_energy_on_phase},
};

constexpr int kAthletes = 500;

TEST(PlanQuality, WhatACoachChecksHoldsOnGeneratedAthletes) {
    generated::Gen g(20261203);
    const units::CivilDay base = units::CivilDay{std::chrono::year{2026} / 11 / 30};
    std::vector<int> checked(std::size(kAssertions), 0);
    std::vector<int> failed(std::size(kAssertions), 0);
    std::string failures;
    for (int n = 0; n < kAthletes; ++n) {
        Case c;
        c.athlete = generated::generate(g, n);
        c.start = base + std::chrono::days{7 * g.between(0, 20)};
        c.weeks = g.chance(30) ? g.between(12, 24) : g.between(1, 16);
        if (c.athlete.event_kind) c.athlete.event_date = c.start + std::chrono::days{g.between(14, c.weeks * 7 + 10)};
        c.history = generated::generate_history(g, c.athlete, c.start);
        c.plan = planner::make_plan(c.athlete, c.start, c.weeks, c.history);
        for (std::size_t i = 0; i < std::size(kAssertions); ++i) {
            if (!kAssertions[i].applies(c)) continue;
            ++checked[i];
            const std::string failure = kAssertions[i].holds(c);
            if (failure.empty()) continue;
            if (++failed[i] <= 2) {
                // The profile to reproduce it, and the start of the plan to see it.
                failures += fmt::format("[{}] athlete {}: {}\n{}{}\n", kAssertions[i].name, n, failure,
                                        generated::describe(c.athlete, c.start, c.weeks),
                                        write_plan_text(c.plan, c.athlete.units).substr(0, 3000));
            }
        }
    }
    std::string table = "| quality assertion | athletes checked | failed |\n| --- | --- | --- |\n";
    for (std::size_t i = 0; i < std::size(kAssertions); ++i) {
        table += fmt::format("| {} | {} | {} |\n", kAssertions[i].name, checked[i], failed[i]);
        // Every row must meet athletes, or it says nothing.
        EXPECT_GE(checked[i], 5) << kAssertions[i].name;
    }
    std::cout << table;
    EXPECT_TRUE(failures.empty()) << table << failures;
}

}  // namespace
}  // namespace ironstride::report
