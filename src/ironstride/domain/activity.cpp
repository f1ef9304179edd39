#include "ironstride/domain/activity.hpp"

namespace ironstride::domain {

const char* to_string(Sport sport) {
    switch (sport) {
        case Sport::running: return "running";
        case Sport::walking: return "walking";
        case Sport::hiking: return "hiking";
        case Sport::cycling: return "cycling";
        case Sport::swimming: return "swimming";
        case Sport::strength: return "strength";
        case Sport::other: return "other";
    }
    return "other";
}

std::optional<Sport> sport_from_string(std::string_view name) {
    for (const Sport sport : kAllSports) {
        if (name == to_string(sport)) return sport;
    }
    return std::nullopt;
}

const char* to_string(SourceFormat format) {
    switch (format) {
        case SourceFormat::fit: return "fit";
        case SourceFormat::gpx: return "gpx";
        case SourceFormat::tcx: return "tcx";
        case SourceFormat::strong_csv: return "strong_csv";
        case SourceFormat::hevy_csv: return "hevy_csv";
    }
    return "?";
}

}  // namespace ironstride::domain

#include "ironstride/domain/workout.hpp"

namespace ironstride::domain {

const char* to_string(WorkoutStep::Intensity intensity) {
    switch (intensity) {
        case WorkoutStep::Intensity::warmup: return "warmup";
        case WorkoutStep::Intensity::active: return "active";
        case WorkoutStep::Intensity::rest: return "rest";
        case WorkoutStep::Intensity::recovery: return "recovery";
        case WorkoutStep::Intensity::cooldown: return "cooldown";
    }
    return "active";
}

}  // namespace ironstride::domain
