#include "ironstride/ingest/fit/workout_builder.hpp"

#include <algorithm>
#include <utility>

#include "ironstride/ingest/fit/protocol.hpp"

namespace ironstride::ingest::fit {

namespace {

using Intensity = domain::WorkoutStep::Intensity;

[[nodiscard]] Intensity to_domain_intensity(std::optional<std::uint8_t> value) noexcept {
    switch (value.value_or(intensity::kActive)) {
        case intensity::kRest: return Intensity::rest;
        case intensity::kWarmup: return Intensity::warmup;
        case intensity::kCooldown: return Intensity::cooldown;
        case intensity::kRecovery: return Intensity::recovery;
        default: return Intensity::active;  // active, interval, other
    }
}

}  // namespace

void WorkoutBuilder::on_workout(const WorkoutMessage& message) {
    PendingWorkout pending;
    domain::Workout& workout = pending.workout;
    workout.name = std::string{message.name};
    // A workout file has no sets; generic training is the strength workout we write ourselves.
    workout.sport = to_domain_sport(message.sport, message.sub_sport, message.sport == sport::kTraining);
    workout.sub_sport = sub_sport_text(message.sub_sport);
    m_workouts.push_back(std::move(pending));
}

void WorkoutBuilder::on_workout_step(const WorkoutStepMessage& message) {
    if (m_workouts.empty()) m_workouts.emplace_back();  // steps without a workout message: an unnamed workout
    PendingWorkout& workout = m_workouts.back();
    PendingStep pending;
    pending.message_index = message.message_index;
    domain::WorkoutStep& step = pending.step;
    step.name = std::string{message.name};
    step.intensity = to_domain_intensity(message.intensity);
    if (message.duration_type == wkt_step_duration::kRepeatUntilStepsCmplt) {
        step.kind = domain::WorkoutStep::Kind::repeat;
        step.repeat_from = static_cast<int>(message.repeat_from_step().value_or(0));
        step.repeat_count = static_cast<int>(message.repeat_count().value_or(0));
    } else {
        step.kind = domain::WorkoutStep::Kind::timed;
        step.duration_s = message.duration_time_s().value_or(0.0);
        step.hr_low_bpm = message.custom_heart_rate_low_bpm();
        step.hr_high_bpm = message.custom_heart_rate_high_bpm();
        step.speed_low_mps = message.custom_speed_low_mps();
        step.speed_high_mps = message.custom_speed_high_mps();
    }
    workout.steps.push_back(std::move(pending));
}

std::vector<domain::Workout> WorkoutBuilder::finish() {
    std::vector<domain::Workout> result;
    for (PendingWorkout& pending : m_workouts) {
        // By message_index when every step has one, else in file order.
        const bool indexed = std::all_of(pending.steps.begin(), pending.steps.end(),
                                         [](const PendingStep& step) { return step.message_index.has_value(); });
        if (indexed) {
            std::stable_sort(pending.steps.begin(), pending.steps.end(),
                             [](const PendingStep& a, const PendingStep& b) { return *a.message_index < *b.message_index; });
        }
        for (PendingStep& step : pending.steps) pending.workout.steps.push_back(std::move(step.step));
        result.push_back(std::move(pending.workout));
    }
    m_workouts.clear();
    return result;
}

}  // namespace ironstride::ingest::fit
