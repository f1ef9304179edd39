#pragma once

#include <span>
#include <string>
#include <vector>

#include "ironstride/domain/activity.hpp"
#include "ironstride/domain/workout.hpp"
#include "ironstride/util/result.hpp"

namespace ironstride::ingest::fit {

// The FIT entry points for the importer. Both decode the caller's buffer in place (util::FileBytes maps a file).

/// The activities in a FIT file (see ActivityBuilder for how messages become activities). A file that holds no
/// activity (settings, a workout, a course) gives an empty vector, which is no failure. Fails, with the byte offset
/// and the reason, when the file is not FIT or is damaged: a bad header or header CRC, a data size that does not match
/// the file, a file CRC mismatch, or a data section that breaks off. `path` labels the failure.
[[nodiscard]] util::Result<std::vector<domain::Activity>> read_activities(std::span<const std::byte> bytes,
                                                                         const std::string& path);

/// What recovery mode read, and what it had to tolerate.
struct RecoveredActivities {
    std::vector<domain::Activity> activities;
    std::vector<util::Error> warnings;  ///< each tolerated problem with its byte offset; empty for a sound file
};

/// Like read_activities, but reads damaged files as far as they go (FitDecoder's DecodeMode::recover, like GPSBabel's
/// recoverymode): CRC mismatches, truncation and unfinished headers become warnings and decoding stops at the first
/// broken message. For an explicit user request ("import anyway"), never the default. Fails only when the buffer is
/// not FIT at all.
[[nodiscard]] util::Result<RecoveredActivities> read_activities_recovering(std::span<const std::byte> bytes,
                                                                         const std::string& path);

/// The workouts (workout + workout_step messages) in a FIT file, e.g. one written by encode_workout. A file without
/// workouts gives an empty vector. Fails like read_activities.
[[nodiscard]] util::Result<std::vector<domain::Workout>> read_workouts(std::span<const std::byte> bytes,
                                                                      const std::string& path);

}  // namespace ironstride::ingest::fit
