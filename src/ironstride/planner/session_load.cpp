#include "ironstride/planner/session_load.hpp"

namespace ironstride::planner {

std::optional<science::SessionLoad> session_load(const PlannedSession& session) {
    using Kind = science::SessionLoad::Kind;
    if (session.kind == SessionKind::rest || session.duration_min <= 0) return std::nullopt;
    science::SessionLoad load;
    load.duration_min = session.duration_min;
    load.intensity = session.intensity;
    load.lower_body_heavy = session.lower_body_heavy;
    switch (session.kind) {
        case SessionKind::run: load.kind = Kind::run; break;
        case SessionKind::walk_run: load.kind = Kind::walk_run; break;
        case SessionKind::walk: load.kind = Kind::walk; break;
        case SessionKind::lift: load.kind = Kind::lift; break;
        case SessionKind::rest: break;
        case SessionKind::event:
            if (session.type != SessionType::race) return std::nullopt;  // a show is posing, not training load
            load.kind = Kind::run;
            break;
    }
    return load;
}

std::vector<science::SessionLoad> session_loads(std::span<const PlannedSession> sessions) {
    std::vector<science::SessionLoad> loads;
    for (const PlannedSession& session : sessions) {
        if (auto load = session_load(session)) loads.push_back(*load);
    }
    return loads;
}

std::vector<science::SessionLoad> session_loads(std::span<const PlannedSession* const> sessions) {
    std::vector<science::SessionLoad> loads;
    for (const PlannedSession* session : sessions) {
        if (auto load = session_load(*session)) loads.push_back(*load);
    }
    return loads;
}

}  // namespace ironstride::planner
