#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "ironstride/ingest/xml/xml_values.hpp"
#include "ironstride/util/result.hpp"
#include "ironstride/util/source_pos.hpp"

namespace ironstride::ingest::gpx {

/// One <trkpt>, <rtept> or <wpt>, with the values GPX 1.0/1.1 and the common extensions carry. Heart rate, cadence,
/// speed and power come from Garmin's TrackPointExtension v1/v2 (`hr`, `cad`, `speed`), GPX 1.0's <speed>, and the
/// ad-hoc `heartrate`/`cadence`/`power` elements some exporters (Strava, cluetrust gpxdata) write instead.
struct GpxPoint {
    std::uint32_t line = 0;  ///< where the point's element starts
    double lat_deg = 0;
    double lon_deg = 0;
    std::optional<xml::XmlTimestamp> time;
    std::optional<double> elevation_m;
    std::optional<double> speed_mps;
    std::optional<double> heart_rate_bpm;
    std::optional<double> cadence_rpm;
    std::optional<double> power_w;
};

/// A <trk>: its position in the file (0-based), and name and type as written (views valid during the callback).
struct GpxTrackInfo {
    std::size_t index = 0;
    std::string_view name;
    std::string_view type;  ///< free text ("running") or a Strava activity number ("9")
    util::SourcePos pos;
};

struct GpxFileInfo {
    std::string_view version;  ///< "1.0", "1.1" or empty
    std::string_view creator;
};

/// What GpxReader found, for messages.
struct GpxCounts {
    std::size_t tracks = 0;
    std::size_t segments = 0;
    std::size_t track_points = 0;
    std::size_t routes = 0;
    std::size_t route_points = 0;
    std::size_t waypoints = 0;
};

/// Receives a GPX file's content in document order (STYLE habit 3). Every callback has an empty default, so a handler
/// overrides only what it needs. String views point into the parsed document and are valid during the call only.
class GpxHandler {
public:
    GpxHandler() = default;
    GpxHandler(const GpxHandler&) = default;
    GpxHandler(GpxHandler&&) = default;
    GpxHandler& operator=(const GpxHandler&) = default;
    GpxHandler& operator=(GpxHandler&&) = default;
    virtual ~GpxHandler() = default;

    virtual void on_file(const GpxFileInfo& /*info*/) {}
    virtual void on_waypoint(const GpxPoint& /*point*/) {}
    virtual void on_route_begin(std::string_view /*name*/) {}
    virtual void on_route_point(const GpxPoint& /*point*/) {}
    virtual void on_route_end() {}
    virtual void on_track_begin(const GpxTrackInfo& /*track*/) {}
    virtual void on_segment_begin() {}
    virtual void on_point(const GpxPoint& /*point*/) {}
    virtual void on_segment_end() {}
    virtual void on_track_end() {}
};

/// Reads GPX 1.0 and 1.1 (with or without namespace, any prefixes, a BOM, comments) and pushes its waypoints,
/// routes and tracks into a handler. Fails (nothing more is pushed) on malformed XML, a root other than <gpx>, a
/// point without a valid lat/lon, or a point <time>/<ele> that is not a timestamp/number; the util::Error carries
/// path:line:column and what was found.
class GpxReader {
public:
    explicit GpxReader(GpxHandler& handler) noexcept : m_handler(&handler) {}

    [[nodiscard]] util::Result<GpxCounts> read(std::span<const std::byte> bytes, const std::string& path);

private:
    GpxHandler* m_handler;
};

}  // namespace ironstride::ingest::gpx
