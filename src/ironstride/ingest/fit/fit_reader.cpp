#include "ironstride/ingest/fit/fit_reader.hpp"

#include <utility>

#include "ironstride/ingest/fit/activity_builder.hpp"
#include "ironstride/ingest/fit/fit_decoder.hpp"
#include "ironstride/ingest/fit/workout_builder.hpp"

namespace ironstride::ingest::fit {

util::Result<std::vector<domain::Activity>> read_activities(std::span<const std::byte> bytes, const std::string& path) {
    ActivityBuilder builder;
    FitDecoder decoder;
    util::Result<DecodeStats> decoded = decoder.decode(bytes, builder, path);
    if (!decoded) return decoded.error();
    return builder.finish(path);
}

util::Result<RecoveredActivities> read_activities_recovering(std::span<const std::byte> bytes, const std::string& path) {
    ActivityBuilder builder;
    FitDecoder decoder{DecodeOptions{DecodeMode::recover}};
    util::Result<DecodeStats> decoded = decoder.decode(bytes, builder, path);
    if (!decoded) return decoded.error();
    util::Result<std::vector<domain::Activity>> activities = builder.finish(path);
    if (!activities) return activities.error();
    return RecoveredActivities{std::move(activities).value(), std::move(decoded->warnings)};
}

util::Result<std::vector<domain::Workout>> read_workouts(std::span<const std::byte> bytes, const std::string& path) {
    WorkoutBuilder builder;
    FitDecoder decoder;
    util::Result<DecodeStats> decoded = decoder.decode(bytes, builder, path);
    if (!decoded) return decoded.error();
    return builder.finish();
}

}  // namespace ironstride::ingest::fit
