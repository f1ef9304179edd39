#pragma once

#include <optional>
#include <vector>

#include "ironstride/domain/workout.hpp"
#include "ironstride/ingest/fit/fit_handler.hpp"

namespace ironstride::ingest::fit {

/// A FitHandler that collects workout and workout_step messages into domain::Workout values (one per workout
/// message; the steps that follow it belong to it, ordered by message_index).
///
/// Mapping back from FIT: duration type time (or repetition_time) → a timed step; repeat_until_steps_cmplt → a
/// repeat step (duration_step → repeat_from, repeat_steps → repeat_count); custom heart-rate targets in bpm and
/// custom speed targets are kept, zone targets and %-of-max heart rates are not (domain::WorkoutStep has no place
/// for them). Steps that end on something other than time (distance, open, heart rate, …) read back with
/// duration_s 0. Intensity interval and other read as active.
class WorkoutBuilder final : public FitHandler {
public:
    void on_workout(const WorkoutMessage& message) override;
    void on_workout_step(const WorkoutStepMessage& message) override;

    /// The workouts seen (call once, after a successful decode).
    [[nodiscard]] std::vector<domain::Workout> finish();

private:
    struct PendingStep {
        std::optional<std::uint16_t> message_index;
        domain::WorkoutStep step;
    };
    struct PendingWorkout {
        domain::Workout workout;
        std::vector<PendingStep> steps;
    };
    std::vector<PendingWorkout> m_workouts;
};

}  // namespace ironstride::ingest::fit
