#include "ironstride/planner/session_library.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <vector>

#include <fmt/format.h>

#include "ironstride/planner/constraints.hpp"
#include "ironstride/science/activity_guidelines.hpp"

namespace ironstride::planner {

namespace session_library {

namespace {

using domain::WorkoutStep;
using StepIntensity = domain::WorkoutStep::Intensity;

/// What a step counts as: running (vigorous: jogging is 7.0 METs, evidence.md §8 "vigorous ≥6.0 METs"), brisk
/// walking (moderate), water running (counted as moderate: evidence.md has no MET value for it), or rest.
enum class Counts { run, walk, water, rest };

class Builder {
public:
    Builder(SessionKind kind, SessionType type, std::string title, Intensity intensity) {
        m_session.kind = kind;
        m_session.type = type;
        m_session.title = std::move(title);
        m_session.intensity = intensity;
        m_session.workout = domain::Workout{};
        m_session.workout->name = m_session.title;
        m_session.workout->sport = kind == SessionKind::walk ? domain::Sport::walking : domain::Sport::running;
    }

    void treadmill() {
        m_session.treadmill = true;
        m_session.workout->sub_sport = "treadmill";
    }
    void sub_sport(std::string value) { m_session.workout->sub_sport = std::move(value); }

    int step(std::string name, StepIntensity intensity, double duration_s, Counts counts) {
        WorkoutStep s;
        s.kind = WorkoutStep::Kind::timed;
        s.name = std::move(name);
        s.intensity = intensity;
        s.duration_s = duration_s;
        m_session.workout->steps.push_back(s);
        m_counts.push_back(counts);
        return static_cast<int>(m_session.workout->steps.size()) - 1;
    }
    int hr_step(std::string name, StepIntensity intensity, double duration_s, Counts counts, int low, int high) {
        const int index = step(std::move(name), intensity, duration_s, counts);
        auto& s = m_session.workout->steps.back();
        if (low > 0) s.hr_low_bpm = low;
        if (high > 0) s.hr_high_bpm = high;
        return index;
    }
    int speed_step(std::string name, StepIntensity intensity, double duration_s, Counts counts, double slow,
                   double fast) {
        const int index = step(std::move(name), intensity, duration_s, counts);
        auto& s = m_session.workout->steps.back();
        s.speed_low_mps = slow;
        if (fast > 0) s.speed_high_mps = fast;
        return index;
    }
    /// Repeats steps [from, current end) `count` times in all.
    void repeat(int from, int count) {
        WorkoutStep s;
        s.kind = WorkoutStep::Kind::repeat;
        s.name = fmt::format("Repeat {} times", count);
        s.repeat_from = from;
        s.repeat_count = count;
        m_session.workout->steps.push_back(s);
        m_counts.push_back(Counts::rest);
    }

    PlannedSession finish() {
        // Expand the steps (a repeat adds its block count − 1 more times) to total the minutes by what they count as.
        const auto& steps = m_session.workout->steps;
        std::vector<double> seconds(4, 0.0);
        for (std::size_t i = 0; i < steps.size(); ++i) {
            if (steps[i].kind == WorkoutStep::Kind::timed) {
                seconds[static_cast<std::size_t>(m_counts[i])] += steps[i].duration_s;
            } else {
                for (auto j = static_cast<std::size_t>(steps[i].repeat_from); j < i; ++j) {
                    if (steps[j].kind != WorkoutStep::Kind::timed) continue;
                    seconds[static_cast<std::size_t>(m_counts[j])] +=
                        steps[j].duration_s * (steps[i].repeat_count - 1);
                }
            }
        }
        const double run_s = seconds[static_cast<std::size_t>(Counts::run)];
        const double walk_s = seconds[static_cast<std::size_t>(Counts::walk)];
        const double water_s = seconds[static_cast<std::size_t>(Counts::water)];
        const double rest_s = seconds[static_cast<std::size_t>(Counts::rest)];
        const double total_s = run_s + walk_s + water_s + rest_s;
        m_session.duration_min = static_cast<int>(std::ceil(total_s / 60.0 - 1e-9));
        // Water running is running for the progression rules (counted conservatively as running time).
        m_session.run_min = (run_s + water_s) / 60.0;
        m_session.walk_min = walk_s / 60.0;
        m_session.moderate_equivalent_min = science::moderate_equivalent_min((walk_s + water_s) / 60.0, run_s / 60.0);
        return std::move(m_session);
    }

private:
    PlannedSession m_session;
    std::vector<Counts> m_counts;
};

std::string clock(double seconds) {
    const int s = static_cast<int>(std::lround(seconds));
    if (s % 60 == 0) return fmt::format("{} min", s / 60);
    if (s < 60) return fmt::format("{} s", s);
    return fmt::format("{}:{:02} min", s / 60, s % 60);
}

/// Couch to 5K-like bouts (evidence.md §2 table): (run, walk) seconds by the session's running time.
struct Bout {
    double run_s;
    double walk_s;
};
Bout bout_for(double run_s) {
    if (run_s < 4 * 60) return {30, 90};    // gentler than C25K week 1 for the 3–5 min start
    if (run_s < 8 * 60) return {60, 90};    // C25K week 1: 60 s run / 90 s walk
    if (run_s < 12 * 60) return {90, 120};  // C25K week 2: 90 s run / 2 min walk
    if (run_s < 15 * 60) return {180, 90};  // C25K week 4: 3 min run / 90 s walk
    return {300, 180};                      // C25K week 5 run 1: 5 min run / 3 min walk
}

}  // namespace

PlannedSession run_walk(double run_s, const RunTargets& targets) {
    run_s = std::max(limits::kRunWalkStepS, std::round(run_s / limits::kRunWalkStepS) * limits::kRunWalkStepS);
    const Bout bout = bout_for(run_s);
    const int full = static_cast<int>(std::floor(run_s / bout.run_s + 1e-9));
    const double rest_run_s = run_s - full * bout.run_s;
    Builder b(SessionKind::walk_run, SessionType::run_walk, "Run/walk", Intensity::easy);
    b.step("Brisk walk", StepIntensity::warmup, kBriskWalkWarmupS, Counts::walk);
    if (full > 0) {
        const int from = b.hr_step(fmt::format("Run {}", clock(bout.run_s)), StepIntensity::active, bout.run_s,
                                   Counts::run, targets.zone2_low_bpm, targets.zone2_high_bpm);
        b.step(fmt::format("Walk {}", clock(bout.walk_s)), StepIntensity::recovery, bout.walk_s, Counts::walk);
        if (full > 1) b.repeat(from, full);
    }
    if (rest_run_s >= limits::kRunWalkStepS - 1e-9) {
        b.hr_step(fmt::format("Run {}", clock(rest_run_s)), StepIntensity::active, rest_run_s, Counts::run,
                  targets.zone2_low_bpm, targets.zone2_high_bpm);
        b.step(fmt::format("Walk {}", clock(bout.walk_s)), StepIntensity::cooldown, bout.walk_s, Counts::walk);
    }
    return b.finish();
}

PlannedSession easy_run(int duration_min, bool long_run, const RunTargets& targets) {
    Builder b(SessionKind::run, long_run ? SessionType::long_run : SessionType::easy,
              long_run ? "Long easy run" : "Easy run", Intensity::easy);
    b.hr_step("Run easy (Zone 2)", StepIntensity::active, duration_min * 60.0, Counts::run, targets.zone2_low_bpm,
              targets.zone2_high_bpm);
    return b.finish();
}

PlannedSession tempo(int threshold_min, const RunTargets& targets) {
    Builder b(SessionKind::run, SessionType::tempo, "Tempo run", Intensity::high);
    b.hr_step("Warm-up jog", StepIntensity::warmup, kQualityWarmupS, Counts::run, targets.zone2_low_bpm,
              targets.zone2_high_bpm);
    if (targets.threshold) {
        b.speed_step("Tempo at T pace", StepIntensity::active, threshold_min * 60.0, Counts::run,
                     targets.threshold->slow_mps, targets.threshold->fast_mps);
    } else {
        b.hr_step("Tempo, comfortably hard", StepIntensity::active, threshold_min * 60.0, Counts::run,
                  targets.zone4_low_bpm, targets.zone4_high_bpm);
    }
    b.hr_step("Cool-down jog", StepIntensity::cooldown, kQualityCooldownS, Counts::run, targets.zone2_low_bpm,
              targets.zone2_high_bpm);
    return b.finish();
}

double repeat_800m_s(const RunTargets& targets) {
    assert(targets.interval && "800 m repeats need Daniels I pace");
    const double speed = 0.5 * (targets.interval->slow_mps + targets.interval->fast_mps);
    return std::round(kRepeatDistanceM / speed);
}

PlannedSession repeats_800m(int reps, const RunTargets& targets) {
    assert(targets.interval && "800 m repeats need Daniels I pace");
    const double rep_s = repeat_800m_s(targets);
    Builder b(SessionKind::run, SessionType::repeats_800m, "800 m repeats", Intensity::high);
    b.hr_step("Warm-up jog", StepIntensity::warmup, kQualityWarmupS, Counts::run, targets.zone2_low_bpm,
              targets.zone2_high_bpm);
    const int from = b.speed_step(fmt::format("800 m at I pace (~{})", clock(rep_s)), StepIntensity::active, rep_s,
                                  Counts::run, targets.interval->slow_mps, targets.interval->fast_mps);
    b.hr_step(fmt::format("Jog {}", clock(rep_s)), StepIntensity::recovery, rep_s, Counts::run, 0,
              targets.zone2_high_bpm);
    b.repeat(from, reps);
    b.hr_step("Cool-down jog", StepIntensity::cooldown, kQualityCooldownS, Counts::run, targets.zone2_low_bpm,
              targets.zone2_high_bpm);
    return b.finish();
}

PlannedSession sprint_intervals(int sprints, bool treadmill, const RunTargets& targets) {
    // The product brief's treadmill protocol (10 min jog, 30 s sprint / 90 s jog) with Hazell 2014's 30 s sprints
    // and 4-6 sprint count (evidence.md §3). Hazell rests 4 min between sprints; the 90 s jog is the brief's (see
    // kSprintRecoveryS). Every step is scaled to the athlete's own speeds: Daniels E for the jogs, at least Daniels R
    // for the sprints (VDOT from the athlete's race); heart-rate zones when there is no race time.
    assert(sprints >= kSprintsMin && sprints <= kSprintsMax && "Hazell 2014: 4 to 6 sprints");
    Builder b(SessionKind::run, SessionType::sprint_intervals, treadmill ? "Treadmill sprints" : "Sprint intervals",
              Intensity::high);
    if (treadmill) b.treadmill();
    const auto easy_jog = [&](std::string name, StepIntensity intensity, double seconds) {
        if (targets.easy) {
            return b.speed_step(std::move(name), intensity, seconds, Counts::run, targets.easy->slow_mps,
                                targets.easy->fast_mps);
        }
        return b.hr_step(std::move(name), intensity, seconds, Counts::run, targets.zone2_low_bpm,
                         targets.zone2_high_bpm);
    };
    easy_jog("Warm-up easy jog", StepIntensity::warmup, kQualityWarmupS);
    int from = 0;
    if (targets.repetition_mps) {
        // "All-out": at least the athlete's own R (mile) speed; on a treadmill the belt is set there.
        from = b.speed_step(fmt::format("Sprint {}", clock(kSprintS)), StepIntensity::active, kSprintS, Counts::run,
                            *targets.repetition_mps, 0);
    } else {
        from = b.hr_step(fmt::format("Sprint {}", clock(kSprintS)), StepIntensity::active, kSprintS, Counts::run,
                         targets.zone5_low_bpm, 0);
    }
    easy_jog(fmt::format("Easy jog {}", clock(kSprintRecoveryS)), StepIntensity::recovery, kSprintRecoveryS);
    b.repeat(from, sprints);
    easy_jog("Cool-down easy jog", StepIntensity::cooldown, kQualityCooldownS);
    return b.finish();
}

PlannedSession water_run(int duration_min, bool water_treadmill, const RunTargets& targets) {
    Builder b(SessionKind::run, SessionType::water_run, water_treadmill ? "Water-treadmill run" : "Deep-water run",
              Intensity::easy);
    b.sub_sport(water_treadmill ? "water_treadmill" : "deep_water");
    b.hr_step("Run in water, easy (Zone 2)", StepIntensity::active, duration_min * 60.0, Counts::water,
              targets.zone2_low_bpm, targets.zone2_high_bpm);
    return b.finish();
}

PlannedSession brisk_walk(int duration_min) {
    Builder b(SessionKind::walk, SessionType::brisk_walk, "Brisk walk", Intensity::moderate);
    b.step("Brisk walk (able to talk, not sing)", StepIntensity::active, duration_min * 60.0, Counts::walk);
    return b.finish();
}

}  // namespace session_library

}  // namespace ironstride::planner
