#pragma once

#include <optional>
#include <vector>

#include "ironstride/app/plan.hpp"
#include "ironstride/app/store_access.hpp"
#include "ironstride/domain/athlete_id.hpp"
#include "ironstride/domain/issued_event.hpp"
#include "ironstride/units/civil_time.hpp"
#include "ironstride/units/time_zone.hpp"

namespace ironstride::app {

struct CalendarRequest {
    PlanRequest plan;
    units::Instant now{};  ///< when this revision of the feed is issued (the stamp of what changed)
};

struct CalendarFeed {
    PlanResult plan;
    std::optional<units::TimeZone> zone;     ///< the profile's `time_zone`, when it names one
    std::vector<domain::IssuedEvent> revisions;  ///< by UID (planner::calendar_slots); none for an event never issued
    int new_events = 0;      ///< UIDs the calendar has not had
    int changed_events = 0;  ///< known UIDs whose content changed: their SEQUENCE went up by one
    bool recorded = false;   ///< the revisions were written to the database (a writable one)
};

/// The use case behind `GET /api/v1/calendar.ics` (a calendar subscription) and `plan --format ics`: the plan, the
/// zone its events are in, and each event's revision (report::write_ics renders them): an event the calendar has
/// had with the same content keeps its SEQUENCE and stamp, a changed one gets the next SEQUENCE stamped `now`, a
/// new one SEQUENCE 0 stamped `now`. With a writable database the revisions are recorded in one write unit
/// (store::CalendarRepository); a read-only one is only read (events it never had stay without a revision); without
/// a database there are none (every event is revision 0 at the plan's start). app::plan's errors.
[[nodiscard]] CalendarFeed calendar_feed(StoreHandle& store, domain::AthleteId athlete,
                                         const CalendarRequest& request);

}  // namespace ironstride::app
