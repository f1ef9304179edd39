#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ironstride/domain/athlete.hpp"
#include "ironstride/planner/plan.hpp"

namespace ironstride::planner {

/// One session of a plan as a calendar event knows it: where it sits and what it says.
struct CalendarSlot {
    /// The session's slot, not its content: date, kind and its ordinal among that day's sessions of the kind, and
    /// the athlete ("2026-11-30-run-1-maya@ironstride"). Re-planning that moves a run to 06:00 or turns a tempo
    /// into 800 m repeats keeps the UID, so a calendar updates the event in place instead of adding one.
    std::string uid;
    /// FNV-1a over everything the event shows (the session, the day's food and sleep, the display units and the
    /// time zone): a changed event has a new hash, which gives it the next revision (RFC 5545 SEQUENCE).
    std::uint64_t content_hash = 0;
    const PlanDay* day = nullptr;  ///< into the plan, which must outlive the slot
    const PlannedSession* session = nullptr;
};

/// The plan's sessions in order (rest days have none), shown in `units` and `zone_name` (empty: floating times).
[[nodiscard]] std::vector<CalendarSlot> calendar_slots(const Plan& plan, domain::UnitSystem units,
                                                       std::string_view zone_name);

}  // namespace ironstride::planner
