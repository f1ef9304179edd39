#include "ironstride/ingest/fit/fit_messages.hpp"

#include "ironstride/ingest/fit/protocol.hpp"

namespace ironstride::ingest::fit {

namespace {

/// custom_target_heart_rate_low/high are of type workout_hr: 0–100 % of max heart rate, above that bpm + 100.
std::optional<double> heart_rate_bpm(std::optional<std::uint8_t> target_type, std::optional<std::uint32_t> value) {
    if (target_type != wkt_step_target::kHeartRate || !value || *value <= kWorkoutHrBpmOffset) return std::nullopt;
    return static_cast<double>(*value - kWorkoutHrBpmOffset);
}

std::optional<double> speed_mps(std::optional<std::uint8_t> target_type, std::optional<std::uint32_t> value) {
    if (target_type != wkt_step_target::kSpeed || !value) return std::nullopt;
    return *value / kScaleSpeed;
}

}  // namespace

std::optional<double> WorkoutStepMessage::duration_time_s() const {
    if ((duration_type != wkt_step_duration::kTime && duration_type != wkt_step_duration::kRepetitionTime) ||
        !duration_value) {
        return std::nullopt;
    }
    return *duration_value / kScaleTime;
}

std::optional<std::uint32_t> WorkoutStepMessage::repeat_from_step() const {
    if (duration_type != wkt_step_duration::kRepeatUntilStepsCmplt) return std::nullopt;
    return duration_value;
}

std::optional<std::uint32_t> WorkoutStepMessage::repeat_count() const {
    if (duration_type != wkt_step_duration::kRepeatUntilStepsCmplt) return std::nullopt;
    return target_value;
}

std::optional<double> WorkoutStepMessage::custom_heart_rate_low_bpm() const {
    if (target_value && *target_value != kTargetValueCustom) return std::nullopt;
    return heart_rate_bpm(target_type, custom_target_value_low);
}

std::optional<double> WorkoutStepMessage::custom_heart_rate_high_bpm() const {
    if (target_value && *target_value != kTargetValueCustom) return std::nullopt;
    return heart_rate_bpm(target_type, custom_target_value_high);
}

std::optional<double> WorkoutStepMessage::custom_speed_low_mps() const {
    if (target_value && *target_value != kTargetValueCustom) return std::nullopt;
    return speed_mps(target_type, custom_target_value_low);
}

std::optional<double> WorkoutStepMessage::custom_speed_high_mps() const {
    if (target_value && *target_value != kTargetValueCustom) return std::nullopt;
    return speed_mps(target_type, custom_target_value_high);
}

}  // namespace ironstride::ingest::fit
