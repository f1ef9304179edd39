#include "ironstride/writers/fit/workout_encoder.hpp"

#include <algorithm>
#include <array>
#include <cassert>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <string_view>

#include "ironstride/fit_protocol/fit_names.hpp"
#include "ironstride/fit_protocol/fit_profile.hpp"
#include "ironstride/fit_protocol/sport_mapping.hpp"
#include "ironstride/writers/fit/fit_writer.hpp"

namespace ironstride::writers::fit {

using namespace fit_protocol;  // message, field and enumeration numbers of the FIT profile

namespace {

using Intensity = domain::WorkoutStep::Intensity;

constexpr std::uint8_t kLocalFileId = 0;
constexpr std::uint8_t kLocalWorkout = 1;
constexpr std::uint8_t kLocalStep = 2;
/// A FIT string field holds at most 255 bytes including its terminating NUL.
constexpr std::size_t kMaxTextBytes = 254;
constexpr std::uint32_t kInvalidUint32 = std::numeric_limits<std::uint32_t>::max();
constexpr std::uint8_t kInvalidEnum = 0xFF;

/// The text cut to at most kMaxTextBytes bytes without splitting a UTF-8 sequence.
std::string_view fit_text(std::string_view text) {
    if (text.size() <= kMaxTextBytes) return text;
    std::size_t end = kMaxTextBytes;
    // Continuation bytes are 10xxxxxx; back up to the start of the character that would be cut.
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0U) == 0x80U) --end;
    return text.substr(0, end);
}

std::uint8_t text_field_size(std::size_t longest) { return static_cast<std::uint8_t>(longest + 1); }

std::uint8_t to_fit_intensity(Intensity value) {
    switch (value) {
        case Intensity::warmup: return intensity::kWarmup;
        case Intensity::active: return intensity::kActive;
        case Intensity::rest: return intensity::kRest;
        case Intensity::recovery: return intensity::kRecovery;
        case Intensity::cooldown: return intensity::kCooldown;
    }
    return intensity::kActive;
}

/// A non-negative quantity scaled and rounded into a uint32 field, saturating below the invalid value.
std::uint32_t scaled_u32(double value, double scale) {
    const double raw = std::round(std::max(0.0, value) * scale);
    return raw >= static_cast<double>(kInvalidUint32) ? kInvalidUint32 - 1 : static_cast<std::uint32_t>(raw);
}

std::uint32_t heart_rate_value(std::optional<double> bpm) {
    if (!bpm) return kInvalidUint32;
    return scaled_u32(*bpm, 1.0) + kWorkoutHrBpmOffset;
}

std::uint32_t speed_value(std::optional<double> mps) {
    if (!mps) return kInvalidUint32;
    return scaled_u32(*mps, kScaleSpeed);
}

}  // namespace

std::vector<std::byte> encode_workout(const domain::Workout& workout) {
    assert(workout.steps.size() < std::numeric_limits<std::uint16_t>::max() && "too many workout steps for FIT");
    FitWriter writer;

    const std::array<FieldDefinition, 3> file_id_fields{{
        {file_id_field::kType, 1, BaseType::enum_},
        {file_id_field::kManufacturer, 2, BaseType::uint16},
        {file_id_field::kProduct, 2, BaseType::uint16},
    }};
    writer.define(kLocalFileId, mesg_num::kFileId, file_id_fields)
        .message(kLocalFileId)
        .u8(file_type::kWorkout)
        .u16(manufacturer::kDevelopment)
        .u16(0);

    const std::string_view name = fit_text(workout.name);
    const std::array<FieldDefinition, 4> workout_fields{{
        {workout_field::kWktName, text_field_size(name.size()), BaseType::string},
        {workout_field::kSport, 1, BaseType::enum_},
        {workout_field::kSubSport, 1, BaseType::enum_},
        {workout_field::kNumValidSteps, 2, BaseType::uint16},
    }};
    writer.define(kLocalWorkout, mesg_num::kWorkout, workout_fields)
        .message(kLocalWorkout)
        .text(name, workout_fields[0].size)
        .u8(to_fit_sport(workout.sport))
        .u8(sub_sport_from_name(workout.sub_sport).value_or(sub_sport::kGeneric))
        .u16(static_cast<std::uint16_t>(workout.steps.size()));

    std::size_t longest_step_name = 0;
    for (const domain::WorkoutStep& step : workout.steps) {
        longest_step_name = std::max(longest_step_name, fit_text(step.name).size());
    }
    const std::array<FieldDefinition, 9> step_fields{{
        {kFieldMessageIndex, 2, BaseType::uint16},
        {workout_step_field::kWktStepName, text_field_size(longest_step_name), BaseType::string},
        {workout_step_field::kDurationType, 1, BaseType::enum_},
        {workout_step_field::kDurationValue, 4, BaseType::uint32},
        {workout_step_field::kTargetType, 1, BaseType::enum_},
        {workout_step_field::kTargetValue, 4, BaseType::uint32},
        {workout_step_field::kCustomTargetValueLow, 4, BaseType::uint32},
        {workout_step_field::kCustomTargetValueHigh, 4, BaseType::uint32},
        {workout_step_field::kIntensity, 1, BaseType::enum_},
    }};
    writer.define(kLocalStep, mesg_num::kWorkoutStep, step_fields);
    for (std::size_t i = 0; i < workout.steps.size(); ++i) {
        const domain::WorkoutStep& step = workout.steps[i];
        writer.message(kLocalStep).u16(static_cast<std::uint16_t>(i)).text(fit_text(step.name), step_fields[1].size);
        if (step.kind == domain::WorkoutStep::Kind::repeat) {
            assert(step.repeat_from >= 0 && static_cast<std::size_t>(step.repeat_from) < i &&
                   "a repeat step goes back to an earlier step");
            writer.u8(wkt_step_duration::kRepeatUntilStepsCmplt)
                .u32(static_cast<std::uint32_t>(std::max(step.repeat_from, 0)))
                .u8(kInvalidEnum)
                .u32(static_cast<std::uint32_t>(std::max(step.repeat_count, 0)))
                .u32(kInvalidUint32)
                .u32(kInvalidUint32);
        } else {
            writer.u8(wkt_step_duration::kTime).u32(scaled_u32(step.duration_s, kScaleTime));
            if (step.hr_low_bpm || step.hr_high_bpm) {
                writer.u8(wkt_step_target::kHeartRate)
                    .u32(kTargetValueCustom)
                    .u32(heart_rate_value(step.hr_low_bpm))
                    .u32(heart_rate_value(step.hr_high_bpm));
            } else if (step.speed_low_mps || step.speed_high_mps) {
                writer.u8(wkt_step_target::kSpeed)
                    .u32(kTargetValueCustom)
                    .u32(speed_value(step.speed_low_mps))
                    .u32(speed_value(step.speed_high_mps));
            } else {
                writer.u8(wkt_step_target::kOpen).u32(kTargetValueCustom).u32(kInvalidUint32).u32(kInvalidUint32);
            }
        }
        writer.u8(to_fit_intensity(step.intensity));
    }
    writer.end_file();
    return writer.take();
}

}  // namespace ironstride::writers::fit
