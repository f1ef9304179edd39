#pragma once

#include <cstddef>
#include <vector>

#include "ironstride/domain/workout.hpp"

namespace ironstride::writers::fit {

/// Writes a structured workout as a FIT workout file a watch can follow (FIT cookbook "Encoding Workout Files"):
/// file_id (type workout, manufacturer development), one workout message (wkt_name, sport, sub_sport,
/// num_valid_steps) and one workout_step per step (message_index, wkt_step_name, intensity):
///
/// - a timed step: duration_type time, duration_value in ms;
/// - a heart-rate band: target_type heart_rate, target_value 0 (custom), custom_target_heart_rate_low/high in
///   bpm + 100 (the FIT workout_hr type);
/// - a speed band: target_type speed, target_value 0, custom_target_speed_low/high in mm/s;
/// - otherwise target_type open;
/// - a repeat step: duration_type repeat_until_steps_cmplt, duration_value = repeat_from (the step's message index),
///   target_value = repeat_count.
///
/// The file has a 14-byte header with its CRC and a file CRC; the bytes depend only on the workout (no clock, no
/// random serial number). Names longer than 254 bytes are cut at a UTF-8 character boundary. Strength maps to the
/// FIT sport training; a sub_sport that is no FIT sub_sport name is written as generic.
[[nodiscard]] std::vector<std::byte> encode_workout(const domain::Workout& workout);

}  // namespace ironstride::writers::fit
