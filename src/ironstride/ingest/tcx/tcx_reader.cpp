#include "ironstride/ingest/tcx/tcx_reader.hpp"

#include <optional>

#include <fmt/format.h>

#include "ironstride/ingest/xml/dom_walker.hpp"

namespace ironstride::ingest::tcx {

namespace {

using xml::child_named;
using xml::elements;
using xml::local_name;
using xml::text_of;

/// Walks the DOM once; the first problem stops it (xml::DomWalker).
class Walker : public xml::DomWalker<TcxCounts> {
public:
    Walker(const xml::XmlDocument& document, TcxHandler& handler) : DomWalker(document), m_handler(handler) {}

    bool walk(const pugi::xml_node& root);

private:
    /// A TCX time (<Id>, <Time>, a Lap's StartTime), named "<Element> time" in failures.
    bool read_time(const pugi::xml_node& node, std::string_view text, std::optional<xml::XmlTimestamp>& out) {
        return timestamp(node, text, out, " time");
    }
    bool walk_activities(const pugi::xml_node& activities);
    bool walk_activity(const pugi::xml_node& activity);
    bool walk_lap(const pugi::xml_node& lap);
    bool read_lap_summary(const pugi::xml_node& lap, TcxLapInfo& info);
    bool read_point(const pugi::xml_node& node, TcxPoint& point);
    bool read_position(const pugi::xml_node& position, TcxPoint& point);

    TcxHandler& m_handler;
};

bool Walker::walk(const pugi::xml_node& root) {
    if (!expect_root(root, "TrainingCenterDatabase")) return false;
    for (const pugi::xml_node child : elements(root)) {
        const std::string_view name = local_name(child);
        if (name == "Activities") {
            if (!walk_activities(child)) return false;
        } else if (name == "Courses") {
            for (const pugi::xml_node course : elements(child, "Course")) {
                ++m_counts.courses;
                m_handler.on_course(text_of(child_named(course, "Name")), position_of(course));
            }
        }
    }
    return true;
}

bool Walker::walk_activities(const pugi::xml_node& activities) {
    for (const pugi::xml_node child : elements(activities)) {
        const std::string_view name = local_name(child);
        if (name == "Activity") {
            if (!walk_activity(child)) return false;
        } else if (name == "MultiSportSession") {
            // <FirstSport><Activity/></FirstSport> <NextSport><Transition/>?<Activity/></NextSport>…
            for (const pugi::xml_node leg : elements(child)) {
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
    info.pos = position_of(activity);
    const pugi::xml_node id = child_named(activity, "Id");
    if (id && !read_time(id, text_of(id), info.id_time)) return false;
    info.creator = text_of(child_named(child_named(activity, "Creator"), "Name"));
    m_handler.on_activity_begin(info);
    for (const pugi::xml_node lap : elements(activity, "Lap")) {
        if (!walk_lap(lap)) return false;
    }
    m_handler.on_activity_end();
    return true;
}

bool Walker::walk_lap(const pugi::xml_node& lap) {
    ++m_counts.laps;
    TcxLapInfo info;
    if (!read_lap_summary(lap, info)) return false;
    m_handler.on_lap_begin(info);
    for (const pugi::xml_node track : elements(lap, "Track")) {
        ++m_counts.tracks;
        m_handler.on_track_begin();
        for (const pugi::xml_node node : elements(track, "Trackpoint")) {
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

/// The Lap's StartTime attribute and its own summary elements.
bool Walker::read_lap_summary(const pugi::xml_node& lap, TcxLapInfo& info) {
    if (!read_time(lap, lap.attribute("StartTime").value(), info.start)) return false;
    for (const pugi::xml_node child : elements(lap)) {
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
    return true;
}

bool Walker::read_point(const pugi::xml_node& node, TcxPoint& point) {
    point.line = line_of(node);
    for (const pugi::xml_node child : elements(node)) {
        const std::string_view name = local_name(child);
        bool ok = true;
        if (name == "Time") {
            ok = read_time(child, text_of(child), point.time);
        } else if (name == "Position") {
            ok = read_position(child, point);
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
            for (const pugi::xml_node tpx : elements(child, "TPX")) {
                for (const pugi::xml_node value : elements(tpx)) {
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

/// <Position><LatitudeDegrees/><LongitudeDegrees/></Position>; a position counts only with both coordinates.
bool Walker::read_position(const pugi::xml_node& position, TcxPoint& point) {
    std::optional<double> lat;
    std::optional<double> lon;
    const pugi::xml_node lat_node = child_named(position, "LatitudeDegrees");
    const pugi::xml_node lon_node = child_named(position, "LongitudeDegrees");
    if (!number(lat_node, lat, "degrees") || !number(lon_node, lon, "degrees")) return false;
    if (lat && !xml::is_latitude(*lat)) {
        return fail(lat_node, fmt::format("<LatitudeDegrees> {} is outside -90 to 90", text_of(lat_node)));
    }
    if (lon && !xml::is_longitude(*lon)) {
        return fail(lon_node, fmt::format("<LongitudeDegrees> {} is outside -180 to 180", text_of(lon_node)));
    }
    if (lat && lon) {
        point.lat_deg = lat;
        point.lon_deg = lon;
    }
    return true;
}

}  // namespace

util::Result<TcxCounts> TcxReader::read(std::span<const std::byte> bytes, const std::string& path) {
    return xml::read_document<Walker>(bytes, path, *m_handler);
}

}  // namespace ironstride::ingest::tcx
