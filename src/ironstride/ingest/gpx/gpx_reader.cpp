#include "ironstride/ingest/gpx/gpx_reader.hpp"

#include <optional>

#include <fmt/format.h>

#include "ironstride/ingest/xml/dom_walker.hpp"
#include "ironstride/util/echo.hpp"

namespace ironstride::ingest::gpx {

namespace {

using xml::elements;
using xml::local_name;
using xml::text_of;

/// Walks the DOM once; the first problem stops it (xml::DomWalker).
class Walker : public xml::DomWalker<GpxCounts> {
public:
    Walker(const xml::XmlDocument& document, GpxHandler& handler) : DomWalker(document), m_handler(handler) {}

    bool walk(const pugi::xml_node& root);

private:
    bool read_point(const pugi::xml_node& node, GpxPoint& point);
    bool read_coordinates(const pugi::xml_node& node, GpxPoint& point);
    void read_extensions(const pugi::xml_node& extensions, GpxPoint& point, int depth);
    bool walk_track(const pugi::xml_node& track);
    bool walk_route(const pugi::xml_node& route);

    GpxHandler& m_handler;
};

bool Walker::walk(const pugi::xml_node& root) {
    if (!expect_root(root, "gpx")) return false;
    m_handler.on_file(GpxFileInfo{root.attribute("version").value(), root.attribute("creator").value()});
    for (const pugi::xml_node child : elements(root)) {
        const std::string_view name = local_name(child);
        if (name == "trk") {
            if (!walk_track(child)) return false;
        } else if (name == "wpt") {
            GpxPoint point;
            if (!read_point(child, point)) return false;
            ++m_counts.waypoints;
            m_handler.on_waypoint(point);
        } else if (name == "rte") {
            if (!walk_route(child)) return false;
        }
    }
    return true;
}

bool Walker::walk_track(const pugi::xml_node& track) {
    GpxTrackInfo info;
    info.index = m_counts.tracks++;
    info.name = text_of(xml::child_named(track, "name"));
    info.type = text_of(xml::child_named(track, "type"));
    info.pos = position_of(track);
    m_handler.on_track_begin(info);
    for (const pugi::xml_node segment : elements(track, "trkseg")) {
        ++m_counts.segments;
        m_handler.on_segment_begin();
        for (const pugi::xml_node node : elements(segment, "trkpt")) {
            GpxPoint point;
            if (!read_point(node, point)) return false;
            ++m_counts.track_points;
            m_handler.on_point(point);
        }
        m_handler.on_segment_end();
    }
    m_handler.on_track_end();
    return true;
}

bool Walker::walk_route(const pugi::xml_node& route) {
    ++m_counts.routes;
    m_handler.on_route_begin(text_of(xml::child_named(route, "name")));
    for (const pugi::xml_node node : elements(route, "rtept")) {
        GpxPoint point;
        if (!read_point(node, point)) return false;
        ++m_counts.route_points;
        m_handler.on_route_point(point);
    }
    m_handler.on_route_end();
    return true;
}

/// The lat and lon attributes every GPX point must have, in decimal degrees.
bool Walker::read_coordinates(const pugi::xml_node& node, GpxPoint& point) {
    const pugi::xml_attribute lat = node.attribute("lat");
    const pugi::xml_attribute lon = node.attribute("lon");
    if (!lat || !lon) {
        return fail(node, fmt::format("<{}> without {}; a point needs lat and lon attributes in decimal degrees",
                                      util::cut_for_display(node.name()), !lat ? "lat" : "lon"));
    }
    const auto lat_deg = xml::parse_number(lat.value());
    if (!lat_deg || !xml::is_latitude(*lat_deg)) {
        return fail(node, fmt::format("<{}> lat={}: expected decimal degrees from -90 to 90",
                                      util::cut_for_display(node.name()), util::quote_for_display(lat.value())));
    }
    const auto lon_deg = xml::parse_number(lon.value());
    if (!lon_deg || !xml::is_longitude(*lon_deg)) {
        return fail(node, fmt::format("<{}> lon={}: expected decimal degrees from -180 to 180",
                                      util::cut_for_display(node.name()), util::quote_for_display(lon.value())));
    }
    point.lat_deg = *lat_deg;
    point.lon_deg = *lon_deg;
    return true;
}

bool Walker::read_point(const pugi::xml_node& node, GpxPoint& point) {
    if (!read_coordinates(node, point)) return false;
    point.line = line_of(node);
    for (const pugi::xml_node child : elements(node)) {
        const std::string_view name = local_name(child);
        if (name == "time") {
            if (!timestamp(child, text_of(child), point.time)) return false;
        } else if (name == "ele") {
            if (!number(child, point.elevation_m, "metres, e.g. 521.8")) return false;
        } else if (name == "speed") {
            point.speed_mps = xml::parse_number(text_of(child));  // GPX 1.0; lenient, like every extension value
        } else if (name == "extensions") {
            read_extensions(child, point, 0);
        }
    }
    return true;
}

/// Extension values by local name, at any depth up to 3 (gpxtpx:TrackPointExtension/gpxtpx:hr, gpxdata:hr,
/// <heartrate>, gpxpx:PowerExtension/gpxpx:PowerInWatts). The first value of a kind wins; unreadable values are
/// ignored, since extensions are free-form.
void Walker::read_extensions(const pugi::xml_node& extensions, GpxPoint& point, int depth) {
    constexpr int kMaxDepth = 3;
    for (const pugi::xml_node child : elements(extensions)) {
        const std::string_view name = local_name(child);
        std::optional<double>* target = nullptr;
        if (name == "hr" || name == "heartrate") {
            target = &point.heart_rate_bpm;
        } else if (name == "cad" || name == "cadence") {
            target = &point.cadence_rpm;
        } else if (name == "speed") {
            target = &point.speed_mps;
        } else if (name == "power" || name == "PowerInWatts") {
            target = &point.power_w;
        }
        if (target != nullptr) {
            if (!*target) *target = xml::parse_number(text_of(child));
        } else if (depth < kMaxDepth && child.first_child()) {
            read_extensions(child, point, depth + 1);
        }
    }
}

}  // namespace

util::Result<GpxCounts> GpxReader::read(std::span<const std::byte> bytes, const std::string& path) {
    return xml::read_document<Walker>(bytes, path, *m_handler);
}

}  // namespace ironstride::ingest::gpx
