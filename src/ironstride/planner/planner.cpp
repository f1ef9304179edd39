#include "ironstride/planner/planner.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <numeric>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "ironstride/planner/availability_probe.hpp"
#include "ironstride/planner/constraints.hpp"
#include "ironstride/planner/event_fuel.hpp"
#include "ironstride/planner/event_rules.hpp"
#include "ironstride/planner/history_start.hpp"
#include "ironstride/planner/low_impact.hpp"
#include "ironstride/planner/placement.hpp"
#include "ironstride/planner/progression.hpp"
#include "ironstride/planner/session_library.hpp"
#include "ironstride/planner/session_load.hpp"
#include "ironstride/planner/targets.hpp"
#include "ironstride/planner/week_food.hpp"
#include "ironstride/science/day_nutrition.hpp"

namespace ironstride::planner {

namespace {

using detail::Event;
using detail::kMinutesPerDay;
namespace lib = session_library;

/// ACSM: 30 min of moderate activity on 5 days (evidence.md §2 "Intensity classification", ACSM 2011 volume).
constexpr int kWalkMin = 30;
constexpr int kShortestWalkMin = 20;
/// The run used to count the days that can take a run (the shortest planned easy run).
constexpr int kProbeRunMin = 15;
/// Below this, an easy run is folded into the others rather than planned on its own (product choice).
constexpr double kShortestEasyRunMin = 15.0;
/// The shortest compromise run straight after a lift: 10 min, where the 110 % rule starts to apply (limits).
constexpr int kShortestCompromiseMin = 10;

bool full_volume(WeekPhase phase) { return phase == WeekPhase::base || phase == WeekPhase::build; }

/// Deload-sized weeks round their runs to the nearest step so the cut lands inside its 30–40 % band; every other
/// week, the taper's included (its share is a ceiling), rounds down.
bool rounds_to_nearest(WeekPhase phase) {
    return phase == WeekPhase::deload || phase == WeekPhase::recovery || phase == WeekPhase::peak;
}

std::string minutes_text(double minutes) {
    return std::abs(minutes - std::round(minutes)) < 0.01 ? fmt::format("{:.0f}", minutes)
                                                           : fmt::format("{:.1f}", minutes);
}

/// Runs a week, by experience and goal (evidence.md §1: Murach & Bagley 2016 2–3 aerobic days for hypertrophy
/// first; Methenitis 2018 2:1–3:1 lifting:running when resistance adaptations matter).
int runs_per_week(const domain::Athlete& athlete) {
    using domain::Goal;
    using domain::RunningExperience;
    const bool advanced = athlete.experience == RunningExperience::advanced;
    int runs = 3;
    switch (athlete.goal) {
        case Goal::physique: runs = advanced ? 3 : 2; break;
        case Goal::hybrid: runs = advanced ? 4 : 3; break;
        case Goal::general_health:
        case Goal::longevity: runs = 3; break;
        case Goal::race: runs = advanced ? 5 : 4; break;
    }
    if (athlete.goal == Goal::physique) {
        const int lifts = static_cast<int>(athlete.lifting.size());
        runs = std::min(runs, std::max(2, (lifts + 1) / 2));  // at most 1 run per 2 lifts (Methenitis 2018)
    }
    return runs;
}

/// High-intensity sessions a week: 1 for intermediate, 2 for advanced (the issue; Seiler 2010: ~20 % of sessions
/// hard), at most 1 for physique and longevity goals; none for new and returning runners.
int hard_per_week(const domain::Athlete& athlete) {
    using domain::Goal;
    using domain::RunningExperience;
    int hard = 0;
    if (athlete.experience == RunningExperience::intermediate) hard = 1;
    if (athlete.experience == RunningExperience::advanced) hard = 2;
    if (athlete.goal == Goal::physique || athlete.goal == Goal::longevity) hard = std::min(hard, 1);
    return hard;
}

/// The athlete as the day's food sees them: the event may set the day's energy phase (planner/event_fuel.hpp).
domain::Athlete fuel_athlete(const domain::Athlete& athlete, const EventFuel& fuel) {
    domain::Athlete day_athlete = athlete;
    if (fuel.phase) {
        day_athlete.phase = *fuel.phase;
        if (*fuel.phase == domain::Phase::maintain) day_athlete.rate_pct_per_week = 0;
    }
    day_athlete.rate_pct_per_week *= fuel.rate_factor;
    return day_athlete;
}

/// Carbohydrate raised to the loading floor, energy with it (4 kcal/g, Atwater).
void apply_carb_floor(NutritionTarget& target, double min_g) {
    if (target.carbs_g >= min_g) return;
    target.kcal += 4.0 * (min_g - target.carbs_g);
    target.carbs_g = min_g;
    target.carbs_below_band = false;
}

NutritionTarget day_targets(const domain::Athlete& athlete, int age, const std::vector<PlannedSession>& sessions,
                            const EventFuel& fuel, double expenditure_offset_kcal) {
    const std::vector<science::SessionLoad> loads = session_loads(sessions);
    auto n = science::day_nutrition(fuel_athlete(athlete, fuel), age, loads, expenditure_offset_kcal);
    if (fuel.phase) {
        // The event changes the day's energy, not the protein the profile's phase asks for (a cut's higher protein
        // stays through show day): the extra protein comes out of carbohydrate at the same energy.
        const double profile_protein_g =
            science::day_nutrition(athlete, age, loads, expenditure_offset_kcal).protein_g;
        if (profile_protein_g > n.protein_g) {
            n.carbs_g = std::max(0.0, n.carbs_g - (profile_protein_g - n.protein_g));
            n.protein_g = profile_protein_g;
        }
    }
    NutritionTarget target;
    target.load = science::to_string(n.load);
    target.exercise_kcal = n.exercise_kcal;
    target.kcal = n.kcal;
    target.protein_g = n.protein_g;
    target.carbs_g = n.carbs_g;
    target.fat_g = n.fat_g;
    target.carbs_below_band = n.carbs_below_band;
    target.carbs_band_floor_g = n.carb_band.low_g_per_kg * athlete.weight_kg;
    target.phase_kcal = n.maintenance_kcal + n.phase_adjust_kcal;
    target.fat_floor_g = science::fat_floor_g(athlete.weight_kg, target.phase_kcal);
    if (fuel.carbs_min_g_per_kg > 0) apply_carb_floor(target, fuel.carbs_min_g_per_kg * athlete.weight_kg);
    target.event_fuel = fuel.note;
    target.pre_event_meal_carbs = fuel.pre_event_meal_carbs;
    target.during_event_carbs_per_h = fuel.during_event_carbs_per_h;
    return target;
}

/// Everything that stays fixed across the weeks of one plan.
struct Context {
    const domain::Athlete& athlete;
    units::CivilDay start;
    ProgressionSettings settings;
    RunTargets targets;
    int runs = 0;
    int hard = 0;
    ImpactPolicy impact;
    int sprint_sessions = 0;  ///< sprint sessions planned so far (Hazell 2014: 4 rising to 6 sprints)
    std::optional<EventSchedule> event;
    double expenditure_offset_kcal = 0;  ///< the measured correction of every day's need (EnergyUsed)
};

/// The lifts of the split in week `week` (may be -1 or one past the end), on the plan's absolute clock.
void add_split_events(const Context& ctx, int week, std::vector<Event>& out) {
    for (int d = 0; d < 7; ++d) {
        const int weekday = units::iso_weekday_index(ctx.start + std::chrono::days{week * 7 + d});
        for (const auto& lift : ctx.athlete.lifting) {
            if (lift.weekday != weekday) continue;
            out.push_back({(week * 7 + d) * kMinutesPerDay + lift.start.minutes, lift.duration_min, false, false,
                           lift.lower_body_heavy, lift.name});
        }
    }
}

/// One hard session of the week's rotation, or nothing when the volume cannot carry it.
std::optional<PlannedSession> hard_session(Context& ctx, int week_index, int slot, double week_min, double cap) {
    using domain::Goal;
    enum class Kind { tempo, repeats, sprints };
    Kind kind = Kind::tempo;
    const bool alternate = (week_index + slot) % 2 == 1;
    switch (ctx.athlete.goal) {
        case Goal::physique: kind = Kind::sprints; break;  // Hazell 2014: fat loss with fat-free mass kept
        case Goal::hybrid:
        case Goal::race: kind = alternate ? Kind::repeats : Kind::tempo; break;
        case Goal::general_health:
        case Goal::longevity: kind = alternate ? Kind::sprints : Kind::tempo; break;
    }
    std::optional<PlannedSession> session;
    std::string why;
    if (kind == Kind::repeats) {
        if (ctx.targets.interval) {
            const double rep_s = lib::repeat_800m_s(ctx.targets);
            const int reps = std::min(lib::kMaxIntervalReps,
                                      static_cast<int>(std::floor(lib::kIntervalShareOfWeek * week_min * 60.0 / rep_s)));
            if (reps >= lib::kMinIntervalReps) {
                session = lib::repeats_800m(reps, ctx.targets);
                why = fmt::format("800 m repeats at Daniels I pace (VDOT {:.1f}): {} reps, I work within 8 % of the "
                                  "week's running (Daniels 2014)",
                                  *ctx.targets.vdot, reps);
            }
        }
        if (!session) kind = Kind::tempo;
    }
    if (kind == Kind::tempo) {
        const int threshold = static_cast<int>(std::floor(lib::kThresholdShareOfWeek * week_min));
        if (threshold >= lib::kMinThresholdMin) {
            session = lib::tempo(std::min(threshold, 20), ctx.targets);
            why = ctx.targets.threshold
                      ? fmt::format("tempo at Daniels T pace (VDOT {:.1f}), T block within 10 % of the week's running "
                                    "(Daniels 2014)",
                                    *ctx.targets.vdot)
                      : std::string("tempo by heart rate (no race time for Daniels paces), T block within 10 % of "
                                    "the week's running (Daniels 2014)");
        } else {
            kind = Kind::sprints;
        }
    }
    if (kind == Kind::sprints) {
        const int sprints =
            std::min(lib::kSprintsMax, lib::kSprintsMin + ctx.sprint_sessions / 3);
        session = lib::sprint_intervals(sprints, ctx.athlete.equipment.treadmill, ctx.targets);
        why = fmt::format("sprint intervals: {} x 30 s sprints, 4 rising to 6 (Hazell 2014: fat mass -8 %, fat-free "
                          "mass +1.3 %), after a 10 min easy jog, with 90 s easy-jog recoveries as the product brief "
                          "asks (Hazell rested 4 min between sprints){}",
                          sprints,
                          ctx.athlete.equipment.treadmill
                              ? "; on the treadmill at your own speeds (1 % grade, Jones & Doust 1996)"
                              : "");
    }
    if (!session || session->run_min > cap + 1e-9) return std::nullopt;
    if (kind == Kind::sprints) ++ctx.sprint_sessions;
    session->why.push_back(why);
    return session;
}

/// Whether easy run `i` of `count` goes in the water (planner/low_impact.hpp).
bool in_water(const ImpactPolicy& impact, int i, int count, bool is_long) {
    if (impact.keep_one_land_run && i == 0) return false;  // osteopenia: the first run stays on land, even alone
    if (impact.all_easy_in_water) return true;
    return impact.one_easy_in_water && !is_long && i == count - 1;
}

/// One easy, long or water run of `minutes` with the reasons for it; a brisk walk instead when the athlete's
/// condition asks for it.
PlannedSession easy_session(const Context& ctx, int minutes, bool is_long, bool in_water) {
    if (ctx.impact.easy_as_walks) {
        PlannedSession walk = lib::brisk_walk(minutes);
        walk.why.push_back(ctx.impact.why);
        return walk;
    }
    PlannedSession session = in_water ? lib::water_run(minutes, !ctx.athlete.equipment.pool, ctx.targets)
                                      : lib::easy_run(minutes, is_long, ctx.targets);
    if (!ctx.impact.why.empty()) session.why.push_back(ctx.impact.why);
    if (in_water) {
        session.why.push_back("water running spares the joints (Haupenthal 2010: 0.80 x body weight at chest "
                              "depth); counted as running time");
    } else {
        session.why.push_back(fmt::format("easy Zone 2: {}, {} from HRmax {:.0f} bpm ({})", ctx.targets.zone_model,
                                          fmt::format("{}-{} bpm", ctx.targets.zone2_low_bpm, ctx.targets.zone2_high_bpm),
                                          ctx.targets.max_hr_bpm, ctx.targets.max_hr_source));
    }
    if (is_long) {
        session.why.push_back(fmt::format("{}: long run at most {} min for goal {} (Wilson 2012; no ultra "
                                          "distances); within 30 % of the week (Daniels 2014)",
                                          rule_id::kLongRunCap, minutes_text(ctx.settings.long_run_cap_min),
                                          domain::to_string(ctx.athlete.goal)));
    }
    return session;
}

/// A run/walk or short continuous run for each session, all of one length: the ladder for new runners and for
/// continuous runners whose 30-day longest collapsed.
std::vector<PlannedSession> ladder_runs(const Context& ctx, const WeekVolume& volume, int run_sessions,
                                        const std::string& cap_why, std::vector<std::string>& notes) {
    std::vector<PlannedSession> out;
    const double cap = volume.single_cap_min;
    const double target = volume.target_min;
    double each = std::min(cap, target / run_sessions);
    // Running time moves in 30-s steps (never a shorter step). Growth and hold weeks round down (never over a cap);
    // reduced weeks round to the nearest step so the deload lands as near its 30–40 % band as the steps allow.
    const double steps_per_min = 60.0 / limits::kRunWalkStepS;
    each = rounds_to_nearest(volume.phase)
               ? std::min(std::round(each * steps_per_min), std::floor(cap * steps_per_min + 1e-9)) / steps_per_min
               : std::floor(each * steps_per_min + 1e-9) / steps_per_min;
    if (each <= 0) return out;
    const auto make = [&](double minutes) {
        return minutes >= lib::kContinuousFromRunMin ? lib::easy_run(static_cast<int>(std::floor(minutes)), false, ctx.targets)
                                                     : lib::run_walk(minutes * 60.0, ctx.targets);
    };
    // The long-run cap is on the whole session: a run/walk's walk breaks count toward it too.
    while (each > 1.0 / steps_per_min && make(each).duration_min > ctx.settings.long_run_cap_min + limits::kTolerance) {
        each -= 1.0 / steps_per_min;
    }
    for (int i = 0; i < run_sessions; ++i) {
        // Continuous runs follow the low-impact policy like every easy run (planner/low_impact.hpp).
        PlannedSession session = each >= lib::kContinuousFromRunMin
                                     ? easy_session(ctx, static_cast<int>(std::floor(each)), false,
                                                    in_water(ctx.impact, i, run_sessions, false))
                                     : make(each);
        if (session.kind == SessionKind::walk_run) {
            session.why.push_back(
                "run/walk intervals after the NHS Couch to 5K structure: brisk 5-min walk first, walk breaks "
                "spelled out; grows by running time");
        } else {
            session.why.push_back(fmt::format("continuous easy running from {:.0f} min (Couch to 5K week 5); "
                                              "Zone 2 = {}",
                                              lib::kContinuousFromRunMin, ctx.targets.zone_model));
        }
        session.why.push_back(cap_why);
        out.push_back(std::move(session));
    }
    if (each < target / run_sessions - 0.01) {
        notes.push_back(fmt::format("{}: runs held at {} running min each, below the week's target of {} min",
                                    rule_id::kSingleRun110, minutes_text(each), minutes_text(target)));
    }
    return out;
}

/// The week's hard sessions, each taken out of `rest` (the running minutes still to plan).
std::vector<PlannedSession> hard_sessions(Context& ctx, int index, const WeekVolume& volume, int run_sessions,
                                          const std::string& cap_why, double& rest, std::vector<std::string>& notes) {
    std::vector<PlannedSession> out;
    const bool base_phase = volume.phase == WeekPhase::base && ctx.athlete.event_date.has_value();
    // The taper keeps intensity (Bosquet 2007): one hard session; other reduced weeks run easy.
    const int wanted = volume.phase == WeekPhase::taper ? std::min(1, ctx.hard)
                       : !full_volume(volume.phase) ? 0
                       : base_phase                 ? std::min(1, ctx.hard)
                                                    : ctx.hard;
    const std::optional<double>& logged_hard = ctx.settings.logged_hard_per_week;
    const bool introducing = index < kIntensityIntroWeeks && logged_hard && *logged_hard < kIntensityIntroBelowPerWeek;
    const int hard = std::min(introducing ? std::min(wanted, 1) : wanted, std::max(0, run_sessions - 1));
    if (introducing && wanted > 1) {
        notes.push_back(fmt::format("{}: one hard run this week, not {}: {:.0f} hard runs logged in the last 4 weeks; "
                                    "the full number from week {} (our choice: one new stressor at a time)",
                                    rule_id::kIntensityIntro, wanted, *logged_hard * kPreBreakWeeks,
                                    kIntensityIntroWeeks + 1));
    }
    for (int slot = 0; slot < hard; ++slot) {
        auto session = hard_session(ctx, index, slot, volume.target_min, volume.single_cap_min);
        if (!session) {
            notes.push_back(fmt::format("hard session {} left out: the week's {} running min cannot carry it within "
                                        "the caps ({})",
                                        slot + 1, minutes_text(volume.target_min), rule_id::kSingleRun110));
            continue;
        }
        if (session->run_min > rest) break;
        rest -= session->run_min;
        session->why.push_back(cap_why);
        out.push_back(std::move(*session));
    }
    return out;
}

/// The easy runs' minutes before rounding, the long run first when the week has one.
struct EasyRunMinutes {
    std::vector<double> minutes;
    bool has_long = false;
};

EasyRunMinutes easy_run_minutes(const Context& ctx, const WeekVolume& volume, double rest, int easy) {
    const bool reduced = !full_volume(volume.phase);
    const int fitting = static_cast<int>(std::floor(rest / kShortestEasyRunMin));
    // Full weeks fold runs shorter than the shortest easy run into the others; reduced weeks keep their frequency
    // (the deload cuts volume, not frequency: Bell 2023), so their runs may be shorter.
    const bool short_runs = fitting < easy;
    if (short_runs && !reduced) {
        if (fitting < 1) return {};
        easy = fitting;
    }
    EasyRunMinutes out;
    out.has_long = !(short_runs && reduced) && (easy >= 3 || (ctx.athlete.goal == domain::Goal::race && easy >= 2));
    out.minutes.assign(static_cast<std::size_t>(easy), rest / easy);
    if (out.has_long) {
        // Daniels: a single easy run stays within 25–30 % of the week's running.
        const double long_min = std::min(volume.single_cap_min, std::max(rest / easy, 0.30 * volume.target_min));
        out.minutes[0] = long_min;
        for (int i = 1; i < easy; ++i) out.minutes[static_cast<std::size_t>(i)] = (rest - long_min) / (easy - 1);
    }
    return out;
}

/// Whole minutes for runs of `minutes` each (capped at `cap`): rounded down in growth and hold weeks (never over a
/// cap); in reduced weeks the total is rounded to the nearest minute and shared by largest remainder, so short
/// runs do not push a deload out of its 30–40 % band one rounding at a time.
std::vector<int> whole_minutes(const std::vector<double>& minutes, double cap, bool nearest) {
    std::vector<int> whole;
    double total = 0;
    for (const double m : minutes) {
        const double capped = std::min(cap, m);
        total += capped;
        whole.push_back(static_cast<int>(std::floor(capped + 1e-9)));
    }
    if (!nearest) return whole;
    int missing = static_cast<int>(std::lround(total)) - std::accumulate(whole.begin(), whole.end(), 0);
    std::vector<std::size_t> order(whole.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    const auto remainder = [&](std::size_t i) { return std::min(cap, minutes[i]) - whole[i]; };
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return remainder(a) > remainder(b); });
    for (const std::size_t i : order) {
        if (missing <= 0) break;
        if (whole[i] + 1 > std::floor(cap + 1e-9)) continue;
        ++whole[i];
        --missing;
    }
    return whole;
}

/// The sessions a week asks for, before placement.
std::vector<PlannedSession> compose_week(Context& ctx, int index, const WeekVolume& volume, int run_sessions,
                                         std::vector<std::string>& notes) {
    const double cap = volume.single_cap_min;
    if (run_sessions <= 0 || volume.target_min <= 0) return {};
    const std::string cap_why = fmt::format("{}: every run this week within {} running min (110 % of the 30-day "
                                            "longest, Frandsen 2025)",
                                            rule_id::kSingleRun110, minutes_text(cap));

    // A continuous runner whose 30-day longest run collapsed below the shortest easy run (weeks whose runs could not
    // be placed) is back on the run/walk ladder until the 110 % rule lets runs grow again (Frandsen 2025; Couch to 5K).
    if (ctx.settings.mode == ProgressionMode::ladder || cap < kShortestEasyRunMin) {
        return ladder_runs(ctx, volume, run_sessions, cap_why, notes);
    }

    // Continuous runners: hard sessions first, then the long run and easy runs share what is left.
    double rest = volume.target_min;
    std::vector<PlannedSession> out = hard_sessions(ctx, index, volume, run_sessions, cap_why, rest, notes);
    const int easy = run_sessions - static_cast<int>(out.size());
    if (easy <= 0 || rest <= 0) return out;
    const EasyRunMinutes runs = easy_run_minutes(ctx, volume, rest, easy);
    const std::vector<int> whole = whole_minutes(runs.minutes, cap, rounds_to_nearest(volume.phase));
    const auto count = static_cast<int>(runs.minutes.size());
    for (int i = 0; i < count; ++i) {
        const int m = whole[static_cast<std::size_t>(i)];
        if (m < 1) continue;
        const bool is_long = runs.has_long && i == 0;
        PlannedSession session = easy_session(ctx, m, is_long, in_water(ctx.impact, i, count, is_long));
        session.why.push_back(cap_why);
        out.push_back(std::move(session));
    }
    return out;
}

PlannedSession easy_fallback(const Context& ctx, const PlannedSession& hard) {
    auto session = lib::easy_run(static_cast<int>(std::floor(hard.run_min)), false, ctx.targets);
    session.why = hard.why;
    session.why.erase(session.why.begin());  // the hard session's own description
    return session;
}

PlannedSession lift_session(const domain::LiftingSession& lift, WeekPhase phase, const EventSchedule* light_for) {
    PlannedSession session;
    session.kind = SessionKind::lift;
    session.type = SessionType::lift;
    session.title = lift.name;
    session.intensity = Intensity::moderate;
    session.start = lift.start;
    session.duration_min = lift.duration_min;
    session.lower_body_heavy = lift.lower_body_heavy;
    session.why.push_back(fmt::format("{}: your split as written; running never takes its slot",
                                      rule_id::kLiftingSplitFixed));
    if (phase == WeekPhase::deload || phase == WeekPhase::peak) {
        session.why.push_back(fmt::format("{}: same exercises and frequency, 30-40 % fewer sets, 1-2 more reps in "
                                          "reserve (Rogerson 2024; Bell 2023){}",
                                          rule_id::kDeload, phase == WeekPhase::peak ? "; the peak week" : ""));
    }
    if (light_for != nullptr) {
        session.title = light_lift_title(lift.name, *light_for);
        session.lower_body_heavy = false;
        session.why.push_back(fmt::format(
            "{}: no heavy lower-body work in the last {} days before the {}: upper body and light legs, about half "
            "the sets at the usual loads (Pritchard 2015, 2016: last heavy session 3.7 +/- 1.6 days out; evidence.md "
            "section 10)",
            rule_id::kEventDay, light_for->heavy_legs_free_days, light_for->is_race() ? "race" : "show"));
    }
    return session;
}

/// Everything that stays fixed across the weeks of one plan, from the athlete.
Context plan_context(const domain::Athlete& athlete, units::CivilDay start, const ProgressionSettings& settings) {
    const int age = athlete.age_on(start);
    Context ctx{athlete, start, settings, run_targets(athlete, age), 0, 0,
                impact_policy(athlete, age), 0, event_schedule(athlete, start)};
    ctx.runs = runs_per_week(athlete);
    ctx.hard = hard_per_week(athlete);
    if (ctx.impact.no_hard_runs) ctx.hard = 0;
    return ctx;
}

/// Warnings about the profile that hold for the whole plan.
void add_profile_warnings(Plan& plan, const Context& ctx) {
    const domain::Athlete& athlete = ctx.athlete;
    if (athlete.experience != domain::RunningExperience::new_runner &&
        ctx.settings.mode == ProgressionMode::ladder) {
        plan.warnings.push_back(
            {std::string(rule_id::kSingleRun110), "",
             "no recent run of 20 min or more in the profile (longest_recent_run_min / recent_weekly_run_min): "
             "starting from run/walk intervals, because the 110 % rule needs a 30-day longest run to grow from"});
    }
    std::array<bool, 7> lift_days{};
    for (const auto& lift : athlete.lifting) lift_days[static_cast<std::size_t>(lift.weekday)] = true;
    if (std::all_of(lift_days.begin(), lift_days.end(), [](bool b) { return b; })) {
        plan.warnings.push_back({std::string(rule_id::kRestDay), "every day",
                                 "your split lifts on all 7 days, so no week has a full rest day; the planner adds no "
                                 "runs on top of that"});
    }
    if (athlete.event_date && (*athlete.event_date < plan.start ||
                               *athlete.event_date >= plan.start + std::chrono::days{plan.weeks_count * 7})) {
        plan.warnings.push_back({"event-phases", "",
                                 fmt::format("the {} date {} is outside the plan's {} weeks: planning repeating 4-week "
                                             "blocks",
                                             plan.event_kind.empty() ? "event" : plan.event_kind,
                                             units::format_iso_date(*athlete.event_date), plan.weeks_count)});
    }
}

/// What each week of a plan leaves to the weeks after it.
struct PlanState {
    RunHistory history;
    std::vector<Event> hard_runs;  ///< placed so far, on the plan's absolute clock
    int last_run_sessions = 0;     ///< runs of the last week that had any
    std::string last_walk_block;   ///< of the last week: the window (and rule) that stopped more walking
    /// The window that frees running, probed once a plan (planner/availability_probe.hpp): for a week short of its
    /// volume, and for a week with no run at all.
    std::optional<std::optional<WindowSuggestion>> volume_probe;
    std::optional<std::optional<WindowSuggestion>> no_run_probe;
};

/// One week about to be planned.
struct WeekFrame {
    int index = 0;
    WeekPhase phase = WeekPhase::base;
    units::CivilDay start{};
    int first_day = 0;               ///< days after the plan start
    WeekVolume volume;
    std::vector<Event> context;  ///< the lifts and hard runs around the week
};

/// A race's taper and event weeks get their share of the taper; every other week none.
std::optional<double> taper_share(const Context& ctx, int index, WeekPhase phase) {
    if (!ctx.event || !ctx.event->is_race() || (phase != WeekPhase::taper && phase != WeekPhase::event)) {
        return std::nullopt;
    }
    return taper_fraction(*ctx.event, ctx.start + std::chrono::days{index * 7});
}

WeekFrame week_frame(const Context& ctx, const PlanState& state, int index, WeekPhase phase) {
    WeekFrame frame{index, phase, ctx.start + std::chrono::days{index * 7}, index * 7,
                    week_volume(ctx.settings, state.history, index, phase, taper_share(ctx, index, phase)),
                    state.hard_runs};
    for (const int w : {index - 1, index, index + 1}) add_split_events(ctx, w, frame.context);
    return frame;
}

bool is_event_day(const domain::Athlete& athlete, units::CivilDay day) {
    return athlete.event_date && *athlete.event_date == day;
}

/// A placer for the week with the split's lifts in place (changed around the event) and the event day holding the
/// event alone.
WeekPlacer week_placer(const Context& ctx, const WeekFrame& frame) {
    WeekPlacer placer(ctx.athlete, frame.start, frame.first_day, frame.context);
    for (int d = 0; d < 7; ++d) {
        const auto day = frame.start + std::chrono::days{d};
        if (is_event_day(ctx.athlete, day)) {
            placer.block_day(d);
            placer.add_fixed(d, event_session(*ctx.event, ctx.targets));
        }
        const int weekday = units::iso_weekday_index(day);
        for (const auto& lift : ctx.athlete.lifting) {
            if (lift.weekday != weekday) continue;
            const LiftChange change = ctx.event ? lift_change(*ctx.event, lift, day) : LiftChange::keep;
            if (change == LiftChange::skip) continue;
            placer.add_fixed(d, lift_session(lift, frame.phase,
                                             change == LiftChange::light ? &*ctx.event : nullptr));
        }
    }
    return placer;
}

/// How many runs the week asks for, before checking that they fit.
int wanted_run_sessions(const Context& ctx, const PlanState& state, const WeekFrame& frame) {
    int run_sessions = ctx.runs;
    if (ctx.settings.mode == ProgressionMode::ladder) {
        // The issue: 1–2 run/walk sessions in week 1; Couch to 5K's 3 a week from the second block.
        run_sessions = frame.index < limits::kDeloadEveryWeeks ? 2 : 3;
    }
    if (!full_volume(frame.phase) && state.last_run_sessions > 0) run_sessions = state.last_run_sessions;
    return run_sessions;
}

/// No more runs than days that can take one (one a day, a rest day kept), so the week's running goes into runs
/// that fit instead of runs that cannot be placed; `note` says so when that lowers the count.
int runs_that_fit(const Context& ctx, const WeekFrame& frame, int run_sessions, std::string& note) {
    WeekPlacer probe = week_placer(ctx, frame);
    int days = 0;
    for (int i = 0; i < run_sessions; ++i) {
        if (probe.place(lib::easy_run(kProbeRunMin, false, ctx.targets)).placed) ++days;
    }
    if (days > 0 && days < run_sessions) {
        note = fmt::format("{}: only {} day(s) can take a run this week ({}), so {} run(s) instead of {}",
                           rule_id::kOneRunPerDay, days, rule_id::kRestDay, days, run_sessions);
        return days;
    }
    return run_sessions;
}

/// The week before placement: its dates, phase and the notes known so far.
PlanWeek new_plan_week(const Plan& plan, const Context& ctx, const WeekFrame& frame, const std::string& probe_note) {
    PlanWeek week;
    week.index = frame.index;
    week.start = frame.start;
    week.phase = frame.phase;
    week.notes.push_back(frame.volume.reason);
    if (!probe_note.empty()) week.notes.push_back(probe_note);
    for (int d = 0; d < 7; ++d) {
        const auto day = frame.start + std::chrono::days{d};
        if (!is_event_day(ctx.athlete, day)) continue;
        week.notes.push_back(fmt::format("{}: {} day {}: the event is the day's only session, no lifting, running or "
                                         "walking",
                                         rule_id::kEventDay, plan.event_kind.empty() ? "event" : plan.event_kind,
                                         units::format_iso_date(day)));
    }
    if (ctx.event && ctx.event->rest_day && *ctx.event->rest_day >= frame.start &&
        *ctx.event->rest_day < frame.start + std::chrono::days{7}) {
        week.notes.push_back(fmt::format("{}: {} is the week's rest day: the split lifts on every other day and the {} "
                                         "takes its own, so that day's lift is left out ({})",
                                         rule_id::kEventDay, units::format_iso_date(*ctx.event->rest_day),
                                         plan.event_kind.empty() ? "event" : plan.event_kind, rule_id::kRestDay));
    }
    return week;
}

/// Places one requested run; a hard session that fits nowhere becomes an easy run, with a warning.
WeekPlacer::Outcome place_run(const Context& ctx, Plan& plan, int index, WeekPlacer& placer,
                              const PlannedSession& request) {
    auto outcome = placer.place(request);
    if (outcome.placed || request.intensity != Intensity::high) return outcome;
    auto easy = easy_fallback(ctx, request);
    easy.why.insert(easy.why.begin(), fmt::format("{} planned as an easy run: {} blocked every window for it",
                                                  request.title, outcome.blocking_rule));
    plan.warnings.push_back({outcome.blocking_rule, outcome.blocked_windows,
                             fmt::format("week {}: {} could not be placed as a hard session; planned as an easy run",
                                         index + 1, request.title)});
    auto fallback = placer.place(easy);
    if (!fallback.placed) {
        // The hard session's blocking rule explains the week better than the easy run's.
        fallback.blocking_rule = outcome.blocking_rule;
        fallback.blocked_windows = outcome.blocked_windows;
    }
    return fallback;
}

/// An easy run that fits no window at its length, placed at the longest length some window takes (in 5-min steps,
/// not under the shortest easy run), with a note of the minutes the windows cost. Full-volume weeks only: a deload
/// or taper must keep its share of the week before.
bool place_shortened(const Context& ctx, WeekPlacer& placer, const PlannedSession& request,
                     std::vector<std::string>& notes) {
    if (request.kind != SessionKind::run || request.intensity == Intensity::high) return false;
    const int shortest = static_cast<int>(kShortestEasyRunMin);
    for (int minutes = (request.duration_min - 1) / 5 * 5; minutes >= shortest; minutes -= 5) {
        PlannedSession shorter = request.type == SessionType::water_run
                                     ? lib::water_run(minutes, !ctx.athlete.equipment.pool, ctx.targets)
                                     : lib::easy_run(minutes, request.type == SessionType::long_run, ctx.targets);
        shorter.why = request.why;
        shorter.why.push_back(fmt::format("{}: shortened from {} to {} min, the longest run a free window takes",
                                          rule_id::kRunsInAvailability, request.duration_min, minutes));
        if (placer.place(std::move(shorter)).placed) {
            notes.push_back(fmt::format("{}: an easy run of {} min fits no window; planned at {} min ({} running min "
                                        "lost to the windows)",
                                        rule_id::kRunsInAvailability, request.duration_min, minutes,
                                        request.duration_min - minutes));
            return true;
        }
    }
    return false;
}

bool is_run_kind(const PlannedSession& session) {
    return session.kind == SessionKind::run || session.kind == SessionKind::walk_run;
}

/// The compromise request of `minutes` for `request`: easy (a hard session loses its intensity), in the water
/// when the request was, a run/walk as it was.
PlannedSession compromise_request(const Context& ctx, const PlannedSession& request, int minutes) {
    if (request.kind == SessionKind::walk_run) return request;
    PlannedSession session = request.type == SessionType::water_run
                                 ? lib::water_run(minutes, !ctx.athlete.equipment.pool, ctx.targets)
                                 : lib::easy_run(minutes, false, ctx.targets);
    session.why = request.why;
    if (request.intensity == Intensity::high && !session.why.empty()) session.why.erase(session.why.begin());
    return session;
}

/// A run that fits no window on its own (the week's note names the windows): placed at the longest length (5-min
/// steps, down to 10 min) that fits, first as a standalone run, else as the compromise of
/// rule_id::kRunAfterUpperLift, straight after a lift without heavy legs, with its cost in `why`. At each length
/// the standalone try comes first, so a session that cites the compromise is one that needed it.
bool place_compromise(const Context& ctx, WeekPlacer& placer, const PlannedSession& request, const std::string& blocked,
                      std::vector<std::string>& notes) {
    if (!is_run_kind(request)) return false;
    const int longest = request.kind == SessionKind::walk_run ? request.duration_min : std::min(request.duration_min, 60);
    for (int minutes = longest; minutes >= kShortestCompromiseMin; minutes -= 5) {
        PlannedSession standalone = compromise_request(ctx, request, minutes);
        standalone.why.push_back(fmt::format("{}: shortened from {} to {} min, the longest run a free window takes",
                                             rule_id::kRunsInAvailability, request.duration_min, minutes));
        if (request.kind != SessionKind::walk_run && placer.place(standalone).placed) return true;
        PlannedSession stacked = compromise_request(ctx, request, minutes);
        stacked.why.insert(
            stacked.why.begin(),
            fmt::format("{}: no window takes this run on its own ({}), so it follows a lift without heavy legs "
                        "straight away, lift first (Murlasits 2018). The cost: one session costs some explosive "
                        "strength, mostly of the muscles just trained (Schumann 2022: SMD -0.28, larger in the same "
                        "session), and upper-body strength is not affected (Sabag 2018); no heavy legs that day, so "
                        "leg day keeps its strength (Petre 2021)",
                        rule_id::kRunAfterUpperLift, blocked));
        if (placer.place(std::move(stacked)).placed) {
            notes.push_back(fmt::format("{}: a run of {} min (wanted: {} min) fits no window on its own; planned "
                                        "straight after a lift without heavy legs",
                                        rule_id::kRunAfterUpperLift, minutes, request.duration_min));
            return true;
        }
        if (request.kind == SessionKind::walk_run) break;
    }
    return false;
}

/// Places the requests, most constrained first; returns how many were placed and records the others in `week`.
int place_runs(const Context& ctx, Plan& plan, int index, WeekPlacer& placer, std::vector<PlannedSession> requests,
               PlanWeek& week) {
    // Hard sessions first (the most constrained), then long, then the rest, longest first.
    std::stable_sort(requests.begin(), requests.end(), [](const PlannedSession& a, const PlannedSession& b) {
        const int ra = a.intensity == Intensity::high ? 0 : a.type == SessionType::long_run ? 1 : 2;
        const int rb = b.intensity == Intensity::high ? 0 : b.type == SessionType::long_run ? 1 : 2;
        return ra != rb ? ra < rb : a.duration_min > b.duration_min;
    });
    int placed = 0;
    for (const auto& request : requests) {
        const auto outcome = place_run(ctx, plan, index, placer, request);
        if (outcome.placed || (full_volume(week.phase) && place_shortened(ctx, placer, request, week.notes)) ||
            place_compromise(ctx, placer, request, outcome.blocked_windows, week.notes)) {
            ++placed;
            continue;
        }
        week.unplaced.push_back({request.type, request.duration_min, outcome.blocking_rule, outcome.blocked_windows});
    }
    return placed;
}

double placed_run_minutes(const WeekPlacer& placer) {
    double total = 0;
    for (const auto& day : placer.days()) {
        for (const auto& s : day) total += s.run_min;
    }
    return total;
}

/// One composition of the week with `run_sessions` runs, placed.
struct WeekAttempt {
    PlanWeek week;
    WeekPlacer placer;
    std::vector<PlanWarning> warnings;
    int placed = 0;
    int sprint_sessions = 0;
};

WeekAttempt attempt_week(Context ctx, const Plan& plan, const WeekFrame& frame, int run_sessions,
                         const std::string& probe_note) {
    Plan scratch;  // the attempt's warnings, kept only if the attempt is chosen
    scratch.event_kind = plan.event_kind;
    WeekAttempt attempt{new_plan_week(plan, ctx, frame, probe_note), week_placer(ctx, frame), {}, 0, 0};
    attempt.placed = place_runs(ctx, scratch, frame.index, attempt.placer,
                                compose_week(ctx, frame.index, frame.volume, run_sessions, attempt.week.notes),
                                attempt.week);
    attempt.warnings = std::move(scratch.warnings);
    attempt.sprint_sessions = ctx.sprint_sessions;
    return attempt;
}

/// Composes and places the week's runs; returns the placer holding the week's days. When a run of the composition
/// fits no window (the days that take a short probe run may not take the week's longer runs), fewer, longer runs
/// are tried too and the composition that places the most running is kept.
WeekPlacer place_week_runs(Context& ctx, Plan& plan, const WeekFrame& frame, int run_sessions,
                           const std::string& probe_note, PlanWeek& week) {
    // WeekPlacer refers to the athlete, so attempts are swapped in place rather than assigned.
    std::optional<WeekAttempt> best;
    best.emplace(attempt_week(ctx, plan, frame, run_sessions, probe_note));
    // A new runner with room for only one run/walk in week 1 gets the whole start in that one (3–5 min).
    const bool ladder_start = frame.index == 0 && ctx.settings.mode == ProgressionMode::ladder;
    if (ladder_start && best->placed == 1 && run_sessions == 2) best.emplace(attempt_week(ctx, plan, frame, 1, probe_note));
    for (int fewer = run_sessions - 1; !ladder_start && !best->week.unplaced.empty() && fewer >= 1; --fewer) {
        WeekAttempt next = attempt_week(ctx, plan, frame, fewer, probe_note);
        if (placed_run_minutes(next.placer) > placed_run_minutes(best->placer) + 0.01) best.emplace(std::move(next));
    }
    ctx.sprint_sessions = best->sprint_sessions;
    plan.warnings.insert(plan.warnings.end(), best->warnings.begin(), best->warnings.end());
    week = std::move(best->week);
    return std::move(best->placer);
}

double moderate_equivalent_minutes(const WeekPlacer& placer) {
    double total = 0;
    for (const auto& day : placer.days()) {
        for (const auto& s : day) total += s.moderate_equivalent_min;
    }
    return total;
}

/// Brisk walks toward the Physical Activity Guidelines while the week is short of them; returns the window (and
/// rule) that stopped the last walk, or nothing.
std::string add_guideline_walks(WeekPlacer& placer) {
    std::string last_block;
    for (int guard = 0; guard < 7 && moderate_equivalent_minutes(placer) < limits::kGuidelinesModerateMin; ++guard) {
        const double missing = limits::kGuidelinesModerateMin - moderate_equivalent_minutes(placer);
        const int minutes = std::clamp(static_cast<int>(std::ceil(missing / 5.0)) * 5, kShortestWalkMin, kWalkMin);
        bool placed = false;
        for (const int length : {minutes, kShortestWalkMin}) {
            auto walk = lib::brisk_walk(length);
            walk.why.insert(walk.why.begin(),
                            fmt::format("{}: brisk walking (moderate, 3.0-5.9 METs) toward 150 "
                                        "moderate-equivalent minutes a week (Physical Activity Guidelines 2018)",
                                        rule_id::kGuidelines));
            const auto outcome = placer.place(walk);
            if (outcome.placed) {
                placed = true;
                break;
            }
            last_block = fmt::format("{} ({})", outcome.blocked_windows, outcome.blocking_rule);
            if (length == kShortestWalkMin) break;
        }
        if (!placed) break;
    }
    return last_block;
}

PlannedSession rest_day() {
    PlannedSession rest;
    rest.kind = SessionKind::rest;
    rest.type = SessionType::rest;
    rest.title = "Rest day";
    rest.intensity = Intensity::easy;
    rest.why.push_back(fmt::format("{}: a full day without training for recovery (Bell 2023)", rule_id::kRestDay));
    return rest;
}

/// The week's seven days with their sessions, rest days, food and sleep, and the week's totals. Records the runs in
/// `state` for the weeks after; returns how many runs the week has.
int fill_days(PlanWeek& week, const WeekPlacer& placer, const Context& ctx, int first_day, PlanState& state) {
    const domain::Athlete& athlete = ctx.athlete;
    int run_count = 0;
    for (int d = 0; d < 7; ++d) {
        PlanDay day;
        day.date = week.start + std::chrono::days{d};
        day.sessions = placer.days()[static_cast<std::size_t>(d)];
        const int day_age = athlete.age_on(day.date);
        bool lifts = false;
        for (const auto& s : day.sessions) {
            if (s.kind == SessionKind::lift) lifts = true;
            if (s.run_min > 0) {
                state.history.runs.push_back({first_day + d, s.run_min});
                ++run_count;
            }
            if (s.kind == SessionKind::run && s.intensity == Intensity::high) {
                state.hard_runs.push_back({(first_day + d) * kMinutesPerDay + s.start.minutes, s.duration_min, true,
                                           true, false, s.title});
            }
            week.run_minutes += s.run_min;
            week.moderate_equivalent_minutes += s.moderate_equivalent_min;
        }
        if (lifts) ++week.strength_days;
        if (day.sessions.empty()) day.sessions.push_back(rest_day());
        const EventFuel fuel = ctx.event ? event_fuel(*ctx.event, athlete, day.date) : EventFuel{};
        day.nutrition = day_targets(athlete, day_age, day.sessions, fuel, ctx.expenditure_offset_kcal);
        day.sleep_target_h = sleep_target_h(athlete, day_age);
        week.days.push_back(std::move(day));
    }
    return run_count;
}

void add_low_carb_note(PlanWeek& week) {
    std::vector<std::string> low_carb_days;
    for (const auto& day : week.days) {
        if (day.nutrition.carbs_below_band) {
            low_carb_days.push_back(fmt::format("{} {:.0f} of {:.0f} g", units::format_iso_date(day.date),
                                                day.nutrition.carbs_g, day.nutrition.carbs_band_floor_g));
        }
    }
    if (low_carb_days.empty()) return;
    week.notes.push_back(fmt::format(
        "nutrition: carbohydrate below the floor of the Thomas 2016 band for the day's load on {} "
        "(marked !): the cut keeps its deficit, protein and the fat floor come first and carbohydrate "
        "takes the rest (Helms 2014); expect harder sessions to feel harder",
        fmt::join(low_carb_days, ", ")));
}

/// Plans week `index`: runs, walks, days and notes; adds its warnings to `plan` and its runs to `state`.
double longest_run_min(const WeekPlacer& placer) {
    double longest = 0;
    for (const auto& day : placer.days()) {
        for (const auto& s : day) longest = std::max(longest, s.run_min);
    }
    return longest;
}

/// The window that frees the most of the week's running, trying each with the week planned again.
std::optional<WindowSuggestion> probe_window(const Context& ctx, const Plan& plan, const WeekFrame& frame,
                                             int run_sessions, int length_min, double placed) {
    return suggest_window(ctx.athlete, length_min, placed, [&](const domain::Athlete& changed) {
        const Context probe{changed,    ctx.start,  ctx.settings, ctx.targets, ctx.runs,
                            ctx.hard,   ctx.impact, ctx.sprint_sessions,       ctx.event};
        return placed_run_minutes(attempt_week(probe, plan, frame, run_sessions, "").placer);
    });
}

/// What blocked the week's unplaced runs, one phrase each.
std::string unplaced_costs(const PlanWeek& week) {
    std::vector<std::string> costs;
    for (const auto& unplaced : week.unplaced) {
        costs.push_back(fmt::format("{} of {} min blocked by {} at {}", to_string(unplaced.type), unplaced.duration_min,
                                    unplaced.rule, unplaced.window));
    }
    if (costs.empty()) costs.push_back("runs shortened to what the windows take (notes above)");
    return fmt::format("{}", fmt::join(costs, "; "));
}

std::string suggestion_text(const std::optional<WindowSuggestion>& suggestion, std::string_view none) {
    if (!suggestion) return std::string(none);
    return fmt::format("add `{}` to [availability] (planned again with it, the week places {:.0f} more running min)",
                       suggestion->profile_line, suggestion->gained_min);
}

/// Says what the week's windows and rules cost when it runs less than its target (intermediate and advanced
/// runners' full weeks: rule_id::kVolumeHeld) or nothing at all (rule_id::kNoRunFits), with the profile change that
/// frees it, verified by planning the week again.
void explain_shortfall(const Context& ctx, const Plan& plan, PlanState& state, const WeekFrame& frame,
                       int run_sessions, const WeekPlacer& placer, PlanWeek& week) {
    const double placed = placed_run_minutes(placer);
    const double target = frame.volume.target_min;
    if (ctx.runs <= 0 || ctx.impact.easy_as_walks || frame.phase == WeekPhase::event) return;
    if (placed <= 0) {
        // A week that plans nothing because the weeks before ran nothing still says why; only a week with running
        // to place can be planned again to test a window.
        if (!state.no_run_probe && target > 0) state.no_run_probe = probe_window(ctx, plan, frame, run_sessions, 30, placed);
        const std::string fix =
            state.no_run_probe ? suggestion_text(*state.no_run_probe, "no added window helps: the split and the rest "
                                                                      "day leave no room")
                               : "a window of 30 min on a day without lifting, or 3 h after the day's lift";
        week.notes.push_back(fmt::format("{}: no run fits this week ({}); the smallest change that gives one: {}",
                                         rule_id::kNoRunFits,
                                         week.unplaced.empty() ? "nothing ran in the weeks before to grow from"
                                                               : unplaced_costs(week),
                                         fix));
        return;
    }
    if (target <= 0 || ctx.settings.mode != ProgressionMode::continuous || !full_volume(frame.phase)) return;
    // The recent volume is what must be held, even when the weeks before could place less (their running is what
    // the week grows from); after an event the running is rebuilt from the recovery weeks instead.
    const bool after_event = ctx.event && frame.start > ctx.event->date;
    const double wanted = after_event ? target : std::max(target, ctx.settings.baseline_weekly_min);
    if (placed >= wanted - limits::kVolumeHeldToleranceMin) return;
    for (auto& note : week.notes) {
        if (note.rfind("holding your recent", 0) == 0) note = fmt::format("aimed at {:.0f} running minutes a week", wanted);
    }
    if (!state.volume_probe) {
        const int length = std::clamp(static_cast<int>(std::ceil((target - placed) / 15.0)) * 15, 30, 90);
        state.volume_probe = probe_window(ctx, plan, frame, run_sessions, length, placed);
    }
    std::string costs = unplaced_costs(week);
    if (longest_run_min(placer) >= frame.volume.single_cap_min - 0.5) {
        costs += fmt::format("; each run at most {:.0f} min ({}: 110 % of the 30-day longest, Frandsen 2025)",
                             frame.volume.single_cap_min, rule_id::kSingleRun110);
    }
    week.notes.push_back(fmt::format(
        "{}: {:.0f} of {:.0f} running min placed; {:.0f} min lost to the windows and rules: {}. To free them: {}",
        rule_id::kVolumeHeld, placed, wanted, wanted - placed, costs,
        suggestion_text(*state.volume_probe, "no single added window frees them: longer windows on lift-free days")));
}

/// Says what the week's energy balance moved (planner/week_food.hpp), when it moved anything.
void add_week_energy_note(PlanWeek& week, const WeekEnergyBalance& balance) {
    if (balance.raised_kcal < 1.0) return;
    double planned = 0;
    double phase = 0;
    for (const PlanDay& day : week.days) {
        planned += day.nutrition.kcal;
        phase += day.nutrition.phase_kcal;
    }
    const double days = static_cast<double>(week.days.size());
    std::string note = fmt::format(
        "{}: the training days' floors added {:.0f} kcal; {:.0f} came off the other days' fat and carbohydrate above "
        "their floors",
        rule_id::kWeekEnergy, balance.raised_kcal, balance.moved_kcal);
    if (balance.held_back_kcal >= 1.0) {
        note += fmt::format(" and {:.0f} off the training days' own carbohydrate (under their band: the week's energy "
                            "comes first)",
                            balance.held_back_kcal);
    }
    note += fmt::format(", so the week averages {:.0f} kcal a day against the phase's {:.0f} (Thomas 2016: "
                        "carbohydrate where the training is)",
                        planned / days, phase / days);
    if (balance.unbalanced_kcal >= 1.0) {
        note += fmt::format("; {:.0f} kcal had nowhere to come from: protein and the fat floor alone exceed the "
                            "phase's energy",
                            balance.unbalanced_kcal);
    }
    week.notes.push_back(std::move(note));
}

PlanWeek plan_week(Context& ctx, Plan& plan, PlanState& state, int index, WeekPhase phase) {
    const WeekFrame frame = week_frame(ctx, state, index, phase);
    std::string probe_note;
    const int run_sessions = runs_that_fit(ctx, frame, wanted_run_sessions(ctx, state, frame), probe_note);
    PlanWeek week;
    WeekPlacer placer = place_week_runs(ctx, plan, frame, run_sessions, probe_note, week);
    explain_shortfall(ctx, plan, state, frame, run_sessions, placer, week);
    for (const auto& unplaced : week.unplaced) {
        plan.warnings.push_back({unplaced.rule, unplaced.window,
                                 fmt::format("week {}: {} of {} min could not be placed", index + 1,
                                             to_string(unplaced.type), unplaced.duration_min)});
    }
    state.last_walk_block = add_guideline_walks(placer);
    const int run_count = fill_days(week, placer, ctx, frame.first_day, state);
    add_week_energy_note(week, balance_week_energy(week.days));
    add_low_carb_note(week);
    if (!state.last_walk_block.empty() && week.moderate_equivalent_minutes < limits::kGuidelinesModerateMin) {
        week.notes.push_back(fmt::format("{}: {:.0f} of 150 moderate-equivalent minutes; no window left for more "
                                         "walking: {}",
                                         rule_id::kGuidelines, week.moderate_equivalent_minutes,
                                         state.last_walk_block));
    }
    if (run_count > 0) state.last_run_sessions = run_count;
    state.history.weeks.push_back(week);
    return week;
}

/// The guidelines at the end of the plan: the last full-volume week's.
void add_guideline_result(Plan& plan, const std::string& last_walk_block) {
    const PlanWeek* last = nullptr;
    for (const auto& week : plan.weeks) {
        if (full_volume(week.phase)) last = &week;
    }
    if (last == nullptr) return;
    plan.guidelines_final_moderate_equivalent_min = last->moderate_equivalent_minutes;
    plan.guidelines_final_strength_days = last->strength_days;
    plan.guidelines_met = last->moderate_equivalent_minutes >= limits::kGuidelinesModerateMin &&
                          last->strength_days >= limits::kGuidelinesStrengthDays;
    if (last->moderate_equivalent_minutes < limits::kGuidelinesModerateMin) {
        plan.warnings.push_back(
            {std::string(rule_id::kGuidelines), last_walk_block.empty() ? "all windows" : last_walk_block,
             fmt::format("week {}: {:.0f} of 150 moderate-equivalent minutes; the availability windows do not "
                         "allow more",
                         last->index + 1, last->moderate_equivalent_minutes)});
    }
    if (last->strength_days < limits::kGuidelinesStrengthDays) {
        plan.warnings.push_back(
            {std::string(rule_id::kGuidelines), "",
             fmt::format("your split lifts on {} day(s) a week; the guidelines ask for muscle-strengthening on 2 "
                         "or more",
                         last->strength_days)});
    }
}

/// The notes of where the running started (planner/history_start.hpp) on the weeks they belong to.
void add_history_notes(Plan& plan, const HistoryStart& from_history) {
    if (plan.weeks.empty()) return;
    auto& first = plan.weeks.front().notes;
    first.insert(first.end(), from_history.first_week_notes.begin(), from_history.first_week_notes.end());
    for (int i = 0; i < kOpeningWeeks && i < static_cast<int>(plan.weeks.size()); ++i) {
        auto& notes = plan.weeks[static_cast<std::size_t>(i)].notes;
        notes.insert(notes.end(), from_history.opening_notes.begin(), from_history.opening_notes.end());
    }
}

}  // namespace

Plan make_plan(const domain::Athlete& athlete, units::CivilDay start, int weeks, const TrainingHistory& history,
               const EnergyUsed& expenditure) {
    assert(weeks >= 1 && "a plan has at least one week");
    Plan plan;
    plan.athlete_name = athlete.name;
    plan.start = start;
    plan.weeks_count = weeks;
    plan.event_date = athlete.event_date;
    if (athlete.event_kind) plan.event_kind = domain::to_string(*athlete.event_kind);
    const HistoryStart from_history = history_start(athlete, progression_settings(athlete), history, start);
    Context ctx = plan_context(athlete, start, from_history.settings);
    ctx.expenditure_offset_kcal = expenditure.offset_kcal;
    plan.expenditure = expenditure;
    plan.body.weight_kg = athlete.weight_kg;  // the use case replaces it with what it measured
    plan.body.body_fat_pct = athlete.body_fat_pct;
    plan.baseline = {ctx.settings.baseline_longest_min, ctx.settings.baseline_weekly_min,
                     athlete.max_weekly_increase, ctx.settings.long_run_cap_min, ctx.settings.from_history ? "history" : "profile",
                     ctx.settings.from_history ? ctx.settings.logged_hard_per_week : std::nullopt};
    add_profile_warnings(plan, ctx);

    const auto phases = week_phases(start, weeks, ctx.event);
    PlanState state;
    for (int index = 0; index < weeks; ++index) {
        plan.weeks.push_back(plan_week(ctx, plan, state, index, phases[static_cast<std::size_t>(index)]));
    }
    add_guideline_result(plan, state.last_walk_block);
    add_history_notes(plan, from_history);

    for (const auto& violation : check_plan(plan, athlete)) {
        plan.warnings.push_back({violation.rule, violation.where,
                                 fmt::format("plan check: {} (please report this)", violation.message)});
    }
    return plan;
}

}  // namespace ironstride::planner
