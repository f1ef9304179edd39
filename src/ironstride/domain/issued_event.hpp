#pragma once

#include <cstdint>
#include <string>

#include "ironstride/units/civil_time.hpp"

namespace ironstride::domain {

/// One calendar event as the athlete's calendar last received it (the `calendar.ics` subscription, `plan --format
/// ics`): the revision a calendar compares to know whether the event changed (RFC 5545 §3.8.7.4 SEQUENCE).
struct IssuedEvent {
    std::string uid;                ///< the event's UID: its slot in the plan (date, kind, ordinal), not its content
    std::uint64_t content_hash = 0;  ///< of everything the event says, except its revision and stamp
    int sequence = 0;               ///< 0 when first issued, one more at every change
    units::Instant stamp{};         ///< when that revision was first issued (DTSTAMP, LAST-MODIFIED)
};

}  // namespace ironstride::domain
