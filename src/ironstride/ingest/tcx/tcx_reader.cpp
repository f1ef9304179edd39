#include "ironstride/ingest/tcx/tcx_reader.hpp"

#include <optional>
#include <utility>

#include <fmt/format.h>

#include "ironstride/ingest/xml/xml_document.hpp"

namespace ironstride::ingest::tcx {

namespace {

using xml::child_named;
using xml::local_name;
using xml::text_of;

constexpr double kMaxLatitude = 90.0;
constexpr double kMaxLongitude = 180.0;

class Walker {
public:
    Walker(const xml::XmlDocument& doc, TcxHandler& handler) : m_doc(doc), m_handler(handler) {}

    bool walk(const pugi::xml_node& root);
    [[nodiscard]] const TcxCounts& counts() const noexcept { return m_counts; }
    [[nodiscard]] std::optional<util::Failure>& failure() noexcept { return m_failure; }

private:
    bool fail(const pugi::xml_node& node, std::string message) {
        m_failure = util::Failure{m_doc.position_of(node), std::move(message)};
        return false;
    }
    /// A required-format number: empty text gives nothing, garbage fails.
    bool number(const pugi::xml_node& node, std::optional<double>& out, std::string_view expected) {
        const std::string_view text = text_of(node);
        if (text.empty()) return true;
        out = xml::parse_number(text);
        if (!out) return fail(node, fmt::format("<{}> \"{}\" is not a number (expected {})", local_name(node), text, expected));
        return true;
    }
    bool timestamp(const pugi::xml_node& node, std::string_view text, std::optional<xml::XmlTimestamp>& out) {
        if (text.empty()) return true;
        out = xml::parse_timestamp(text);
        if (!out) {
            return fail(node, fmt::format("<{}> time \"{}\" is not an ISO 8601 timestamp (expected e.g. "
                                          "2024-05-01T06:30:00Z)",
                                          local_name(node), text));
        }
        return true;
    }
    bool walk_activities(const pugi::xml_node& activities);
    bool walk_activity(const pugi::xml_node& activity);
    bool walk_lap(const pugi::xml_node& lap);
    bool read_point(const pugi::xml_node& node, TcxPoint& point);

    const xml::XmlDocument& m_doc;
    TcxHandler& m_handler;
    TcxCounts m_counts;
    std::optional<util::Failure> m_failure;
};

bool Walker::walk(const pugi::xml_node& root) {
    if (local_name(root) != "TrainingCenterDatabase") {
        return fail(root, fmt::format("root element is <{}>, expected <TrainingCenterDatabase>", root.name()));
    }
    for (pugi::xml_node child = root.first_child(); child; child = child.next_sibling()) {
        if (child.type() != pugi::node_element) continue;
        const std::string_view name = local_name(child);
        if (name == "Activities") {
            if (!walk_activities(child)) return false;
        } else if (name == "Courses") {
            for (pugi::xml_node course = child.first_child(); course; course = course.next_sibling()) {
                if (course.type() != pugi::node_element || local_name(course) != "Course") continue;
                ++m_counts.courses;
                m_handler.on_course(text_of(child_named(course, "Name")), m_doc.position_of(course));
            }
        }
    }
    return true;
}

bool Walker::walk_activities(const pugi::xml_node& activities) {
    for (pugi::xml_node child = activities.first_child(); child; child = child.next_sibling()) {
        if (child.type() != pugi::node_element) continue;
        const std::string_view name = local_name(child);
        if (name == "Activity") {
            if (!walk_activity(child)) return false;
        } else if (name == "MultiSportSession") {
            // <FirstSport><Activity/></FirstSport> <NextSport><Transition/>?<Activity/></NextSport>…
            for (pugi::xml_node leg = child.first_child(); leg; leg = leg.next_sibling()) {
                if (leg.type() != pugi::node_element) continue;
                const pugi::xml_node activity = child_named(leg, "Activity");
                if (activity && !walk_activity(activity)) return false;
            }
        }
    }
    return true;
}

bool Walker::walk_activity(const pugi::xml_node& activity) {
    TcxActivityInfo info;
    info.index = m_counts.activities++;
    info.sport = activity.attribute("Sport").value();
    info.pos = m_doc.position_of(activity);
    const pugi::xml_node id = child_named(activity, "Id");
    if (id && !timestamp(id, text_of(id), info.id_time)) return false;
    info.creator = text_of(child_named(child_named(activity, "Creator"), "Name"));
    m_handler.on_activity_begin(info);
    for (pugi::xml_node lap = activity.first_child(); lap; lap = lap.next_sibling()) {
        if (lap.type() == pugi::node_element && local_name(lap) == "Lap" && !walk_lap(lap)) return false;
    }
    m_handler.on_activity_end();
    return true;
}

bool Walker::walk_lap(const pugi::xml_node& lap) {
    ++m_counts.laps;
    TcxLapInfo info;
    if (!timestamp(lap, lap.attribute("StartTime").value(), info.start)) return false;
    for (pugi::xml_node child = lap.first_child(); child; child = child.next_sibling()) {
        if (child.type() != pugi::node_element) continue;
        const std::string_view name = local_name(child);
        bool ok = true;
        if (name == "TotalTimeSeconds") {
            ok = number(child, info.total_time_s, "seconds");
        } else if (name == "DistanceMeters") {
            ok = number(child, info.distance_m, "metres");
        } else if (name == "MaximumSpeed") {
            ok = number(child, info.max_speed_mps, "metres per second");
        } else if (name == "Calories") {
            ok = number(child, info.calories_kcal, "kilocalories");
        } else if (name == "AverageHeartRateBpm") {
            ok = number(child_named(child, "Value"), info.avg_hr_bpm, "beats per minute");
        } else if (name == "MaximumHeartRateBpm") {
            ok = number(child_named(child, "Value"), info.max_hr_bpm, "beats per minute");
        } else if (name == "Intensity") {
            info.intensity = text_of(child);
        } else if (name == "TriggerMethod") {
            info.trigger = text_of(child);
        }
        if (!ok) return false;
    }
    m_handler.on_lap_begin(info);
    for (pugi::xml_node track = lap.first_child(); track; track = track.next_sibling()) {
        if (track.type() != pugi::node_element || local_name(track) != "Track") continue;
        ++m_counts.tracks;
        m_handler.on_track_begin();
        for (pugi::xml_node node = track.first_child(); node; node = node.next_sibling()) {
            if (node.type() != pugi::node_element || local_name(node) != "Trackpoint") continue;
            TcxPoint point;
            if (!read_point(node, point)) return false;
            ++m_counts.points;
            m_handler.on_point(point);
        }
        m_handler.on_track_end();
    }
    m_handler.on_lap_end();
    return true;
}

bool Walker::read_point(const pugi::xml_node& node, TcxPoint& point) {
    for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
        if (child.type() != pugi::node_element) continue;
        const std::string_view name = local_name(child);
        bool ok = true;
        if (name == "Time") {
            ok = timestamp(child, text_of(child), point.time);
        } else if (name == "Position") {
            std::optional<double> lat;
            std::optional<double> lon;
            const pugi::xml_node lat_node = child_named(child, "LatitudeDegrees");
            const pugi::xml_node lon_node = child_named(child, "LongitudeDegrees");
            if (!number(lat_node, lat, "degrees") || !number(lon_node, lon, "degrees")) return false;
            if (lat && (*lat < -kMaxLatitude || *lat > kMaxLatitude)) {
                return fail(lat_node, fmt::format("<LatitudeDegrees> {} is outside -90 to 90", text_of(lat_node)));
            }
            if (lon && (*lon < -kMaxLongitude || *lon > kMaxLongitude)) {
                return fail(lon_node, fmt::format("<LongitudeDegrees> {} is outside -180 to 180", text_of(lon_node)));
            }
            if (lat && lon) {
                point.lat_deg = lat;
                point.lon_deg = lon;
            }
        } else if (name == "AltitudeMeters") {
            ok = number(child, point.altitude_m, "metres");
        } else if (name == "DistanceMeters") {
            ok = number(child, point.distance_m, "metres");
        } else if (name == "HeartRateBpm") {
            ok = number(child_named(child, "Value"), point.heart_rate_bpm, "beats per minute");
        } else if (name == "Cadence") {
            ok = number(child, point.cadence_rpm, "revolutions per minute");
        } else if (name == "Extensions") {
            // <TPX> (any prefix, or a default namespace on TPX itself): Speed, RunCadence, Watts.
            for (pugi::xml_node tpx = child.first_child(); tpx; tpx = tpx.next_sibling()) {
                if (tpx.type() != pugi::node_element || local_name(tpx) != "TPX") continue;
                for (pugi::xml_node value = tpx.first_child(); value; value = value.next_sibling()) {
                    if (value.type() != pugi::node_element) continue;
                    const std::string_view key = local_name(value);
                    if (key == "Speed") {
                        point.speed_mps = xml::parse_number(text_of(value));
                    } else if (key == "RunCadence" && !point.cadence_rpm) {
                        point.cadence_rpm = xml::parse_number(text_of(value));
                    } else if (key == "Watts") {
                        point.power_w = xml::parse_number(text_of(value));
                    }
                }
            }
        }
        if (!ok) return false;
    }
    return true;
}

}  // namespace

util::Result<TcxCounts> TcxReader::read(std::span<const std::byte> bytes, const std::string& path) {
    auto doc = xml::XmlDocument::parse(bytes, path);
    if (!doc) return doc.failure();
    Walker walker(doc.value(), *m_handler);
    if (!walker.walk(doc->root())) return std::move(*walker.failure());
    return walker.counts();
}

}  // namespace ironstride::ingest::tcx
