#include "ironstride/app/calendar_feed.hpp"

#include <map>
#include <string>

#include "ironstride/planner/calendar_slots.hpp"

namespace ironstride::app {

namespace {

/// The profile's own zone, when it names a valid one (the profile check reports a bad one).
std::optional<units::TimeZone> profile_zone(const domain::Athlete& athlete) {
    if (athlete.time_zone.empty()) return std::nullopt;
    auto zone = units::TimeZone::find(athlete.time_zone);
    if (!zone) return std::nullopt;
    return *zone;
}

/// Each slot's revision against what the calendar has had; `changes` gets the ones to record.
void revise(const std::vector<planner::CalendarSlot>& slots, const std::vector<domain::IssuedEvent>& issued,
            units::Instant now, CalendarFeed& feed, std::vector<domain::IssuedEvent>& changes) {
    std::map<std::string, const domain::IssuedEvent*> by_uid;
    for (const domain::IssuedEvent& event : issued) by_uid[event.uid] = &event;
    for (const planner::CalendarSlot& slot : slots) {
        const auto found = by_uid.find(slot.uid);
        if (found != by_uid.end() && found->second->content_hash == slot.content_hash) {
            feed.revisions.push_back(*found->second);
            continue;
        }
        const bool known = found != by_uid.end();
        (known ? feed.changed_events : feed.new_events) += 1;
        changes.push_back({slot.uid, slot.content_hash, known ? found->second->sequence + 1 : 0, now});
        feed.revisions.push_back(changes.back());
    }
}

}  // namespace

CalendarFeed calendar_feed(StoreHandle& handle, domain::AthleteId athlete, const CalendarRequest& request) {
    CalendarFeed feed;
    feed.plan = plan(handle, athlete, request.plan);
    feed.zone = profile_zone(feed.plan.athlete);
    store::Store* store = handle.find();
    if (store == nullptr) return feed;
    const std::vector<planner::CalendarSlot> slots =
        planner::calendar_slots(feed.plan.plan, feed.plan.athlete.units, feed.zone ? feed.zone->name() : "");
    std::vector<domain::IssuedEvent> changes;
    if (store->read_only()) {
        const auto snapshot = store->read(athlete);
        revise(slots, snapshot->calendar().issued(), request.now, feed, changes);
        // Nothing is recorded, so an event no calendar has had stays revision 0 at the plan's start (the same
        // output every run) rather than being stamped now.
        std::erase_if(feed.revisions, [](const domain::IssuedEvent& e) { return e.sequence == 0; });
        return feed;
    }
    const auto unit = store->write(athlete);
    revise(slots, unit->calendar().issued(), request.now, feed, changes);
    for (const domain::IssuedEvent& change : changes) unit->calendar().record(change);
    unit->commit();
    feed.recorded = true;
    return feed;
}

}  // namespace ironstride::app
