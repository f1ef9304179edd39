#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ironstride/domain/activity.hpp"

namespace ironstride::domain {

/// A structured workout a watch can follow: the planner builds these, the FIT workout encoder writes them, and the
/// FIT decoder reads them back (workout + workout_step messages).
struct WorkoutStep {
    enum class Intensity { warmup, active, rest, recovery, cooldown };
    /// A step either lasts a duration, or repeats the steps from `repeat_from` (0-based index) `repeat_count` times.
    enum class Kind { timed, repeat };

    Kind kind = Kind::timed;
    std::string name;  ///< "Jog", "Sprint", "Walk", …
    Intensity intensity = Intensity::active;
    double duration_s = 0;  ///< timed steps
    /// Target band, at most one kind per step: heart rate in bpm, or speed in m/s.
    std::optional<double> hr_low_bpm;
    std::optional<double> hr_high_bpm;
    std::optional<double> speed_low_mps;
    std::optional<double> speed_high_mps;
    int repeat_from = 0;   ///< repeat steps only
    int repeat_count = 0;  ///< repeat steps only: total number of times the block is done
};

struct Workout {
    std::string name;
    Sport sport = Sport::running;
    std::string sub_sport;  ///< e.g. "treadmill"
    std::vector<WorkoutStep> steps;
};

[[nodiscard]] const char* to_string(WorkoutStep::Intensity intensity);

}  // namespace ironstride::domain
