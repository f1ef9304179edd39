#include "ironstride/planner/plan.hpp"

namespace ironstride::planner {

const char* to_string(SessionKind kind) {
    switch (kind) {
        case SessionKind::run: return "run";
        case SessionKind::walk_run: return "walk_run";
        case SessionKind::walk: return "walk";
        case SessionKind::lift: return "lift";
        case SessionKind::rest: return "rest";
        case SessionKind::event: return "event";
    }
    return "?";
}

const char* to_string(SessionType type) {
    switch (type) {
        case SessionType::run_walk: return "run_walk";
        case SessionType::easy: return "easy_z2";
        case SessionType::long_run: return "long_run";
        case SessionType::tempo: return "tempo";
        case SessionType::repeats_800m: return "800m_repeats";
        case SessionType::sprint_intervals: return "sprint_intervals";
        case SessionType::water_run: return "water_running";
        case SessionType::brisk_walk: return "brisk_walk";
        case SessionType::lift: return "lift";
        case SessionType::rest: return "rest";
        case SessionType::race: return "race";
        case SessionType::show: return "show";
    }
    return "?";
}

const char* to_string(WeekPhase phase) {
    switch (phase) {
        case WeekPhase::base: return "base";
        case WeekPhase::build: return "build";
        case WeekPhase::deload: return "deload";
        case WeekPhase::taper: return "taper";
        case WeekPhase::event: return "event";
        case WeekPhase::recovery: return "recovery";
        case WeekPhase::peak: return "peak";
    }
    return "?";
}

}  // namespace ironstride::planner
