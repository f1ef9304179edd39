#include "ironstride/ingest/gpx/gpx_reader.hpp"

#include <optional>
#include <utility>

#include <fmt/format.h>

#include "ironstride/ingest/xml/xml_document.hpp"

namespace ironstride::ingest::gpx {

namespace {

using xml::local_name;
using xml::text_of;

constexpr double kMaxLatitude = 90.0;
constexpr double kMaxLongitude = 180.0;

/// Walks the DOM once; the first problem stops it and is kept in m_failure.
class Walker {
public:
    Walker(const xml::XmlDocument& doc, GpxHandler& handler) : m_doc(doc), m_handler(handler) {}

    bool walk(const pugi::xml_node& root);
    [[nodiscard]] const GpxCounts& counts() const noexcept { return m_counts; }
    [[nodiscard]] std::optional<util::Failure>& failure() noexcept { return m_failure; }

private:
    bool fail(const pugi::xml_node& node, std::string message) {
        m_failure = util::Failure{m_doc.position_of(node), std::move(message)};
        return false;
    }
    bool read_point(const pugi::xml_node& node, GpxPoint& point);
    void read_extensions(const pugi::xml_node& extensions, GpxPoint& point, int depth);
    bool walk_track(const pugi::xml_node& track);
    bool walk_route(const pugi::xml_node& route);

    const xml::XmlDocument& m_doc;
    GpxHandler& m_handler;
    GpxCounts m_counts;
    std::optional<util::Failure> m_failure;
};

bool Walker::walk(const pugi::xml_node& root) {
    if (local_name(root) != "gpx") {
        return fail(root, fmt::format("root element is <{}>, expected <gpx>", root.name()));
    }
    m_handler.on_file(GpxFileInfo{root.attribute("version").value(), root.attribute("creator").value()});
    for (pugi::xml_node child = root.first_child(); child; child = child.next_sibling()) {
        if (child.type() != pugi::node_element) continue;
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
    info.pos = m_doc.position_of(track);
    m_handler.on_track_begin(info);
    for (pugi::xml_node segment = track.first_child(); segment; segment = segment.next_sibling()) {
        if (segment.type() != pugi::node_element || local_name(segment) != "trkseg") continue;
        ++m_counts.segments;
        m_handler.on_segment_begin();
        for (pugi::xml_node node = segment.first_child(); node; node = node.next_sibling()) {
            if (node.type() != pugi::node_element || local_name(node) != "trkpt") continue;
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
    for (pugi::xml_node node = route.first_child(); node; node = node.next_sibling()) {
        if (node.type() != pugi::node_element || local_name(node) != "rtept") continue;
        GpxPoint point;
        if (!read_point(node, point)) return false;
        ++m_counts.route_points;
        m_handler.on_route_point(point);
    }
    m_handler.on_route_end();
    return true;
}

bool Walker::read_point(const pugi::xml_node& node, GpxPoint& point) {
    const pugi::xml_attribute lat = node.attribute("lat");
    const pugi::xml_attribute lon = node.attribute("lon");
    if (!lat || !lon) {
        return fail(node, fmt::format("<{}> without {}; a point needs lat and lon attributes in decimal degrees",
                                      node.name(), !lat ? "lat" : "lon"));
    }
    const auto lat_deg = xml::parse_number(lat.value());
    if (!lat_deg || *lat_deg < -kMaxLatitude || *lat_deg > kMaxLatitude) {
        return fail(node, fmt::format("<{}> lat=\"{}\": expected decimal degrees from -90 to 90", node.name(),
                                      lat.value()));
    }
    const auto lon_deg = xml::parse_number(lon.value());
    if (!lon_deg || *lon_deg < -kMaxLongitude || *lon_deg > kMaxLongitude) {
        return fail(node, fmt::format("<{}> lon=\"{}\": expected decimal degrees from -180 to 180", node.name(),
                                      lon.value()));
    }
    point.lat_deg = *lat_deg;
    point.lon_deg = *lon_deg;
    for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
        if (child.type() != pugi::node_element) continue;
        const std::string_view name = local_name(child);
        if (name == "time") {
            const std::string_view text = text_of(child);
            if (text.empty()) continue;
            point.time = xml::parse_timestamp(text);
            if (!point.time) {
                return fail(child, fmt::format("<time> \"{}\" is not an ISO 8601 timestamp (expected e.g. "
                                               "2024-05-01T06:30:00Z)",
                                               text));
            }
        } else if (name == "ele") {
            const std::string_view text = text_of(child);
            if (text.empty()) continue;
            point.elevation_m = xml::parse_number(text);
            if (!point.elevation_m) {
                return fail(child, fmt::format("<ele> \"{}\" is not a number (expected metres, e.g. 521.8)", text));
            }
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
    for (pugi::xml_node child = extensions.first_child(); child; child = child.next_sibling()) {
        if (child.type() != pugi::node_element) continue;
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
    auto doc = xml::XmlDocument::parse(bytes, path);
    if (!doc) return doc.failure();
    Walker walker(doc.value(), *m_handler);
    if (!walker.walk(doc->root())) return std::move(*walker.failure());
    return walker.counts();
}

}  // namespace ironstride::ingest::gpx
