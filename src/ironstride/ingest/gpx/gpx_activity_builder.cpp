#include "ironstride/ingest/gpx/gpx_activity_builder.hpp"

#include <utility>

#include <fmt/format.h>

#include "ironstride/ingest/xml/sport_names.hpp"
#include "ironstride/ingest/xml/track_file.hpp"
#include "ironstride/util/echo.hpp"

namespace ironstride::ingest::gpx {

void GpxActivityBuilder::on_track_begin(const GpxTrackInfo& track) {
    m_track_name = std::string(track.name);
    m_track_type = std::string(track.type);
    m_track_label = xml::with_line(
        track.name.empty() ? fmt::format("track {}", track.index + 1)
                           : fmt::format("track {} {}", track.index + 1, util::quote_for_display(track.name)),
        track.pos);
    m_track_timed = 0;
    m_track_untimed = 0;
    m_track_started = false;
}

void GpxActivityBuilder::on_segment_begin() { m_points.begin_segment(); }

void GpxActivityBuilder::on_point(const GpxPoint& point) {
    const std::optional<std::int64_t> at =
        point.time ? std::optional{point.time->unix_ms} : std::optional<std::int64_t>{};
    if (!m_track_started) {
        m_track_started = true;
        const bool far = at && m_last_ms && (*at - *m_last_ms > kNewActivityGapMs || *at < *m_last_ms);
        if (m_have_current && (far || m_track_type != m_current_type)) flush();
        if (!m_have_current) {
            m_have_current = true;
            m_current = domain::Activity{};
            m_current.format = domain::SourceFormat::gpx;
            const auto sport = xml::sport_from_name(m_track_type);
            m_current.sport = sport.value_or(domain::Sport::other);
            m_current.sport_inferred = !sport;  // no <type>: ingest/sport_inference decides from speed
            if (sport == domain::Sport::other) m_current.sub_sport = m_track_type;
            m_current.name = m_track_name;
            m_current_type = m_track_type;
        }
        m_points.begin_segment();  // a new track is a pause like a new segment
    }
    if (at) {
        ++m_track_timed;
        m_last_ms = at;
        if (point.time->offset_minutes && !m_current.utc_offset) {
            m_current.utc_offset = units::UtcOffset{*point.time->offset_minutes};
        }
    } else {
        ++m_track_untimed;
    }
    xml::TrackPoint track_point;
    track_point.unix_ms = at;
    track_point.line = point.line;
    track_point.lat_deg = point.lat_deg;
    track_point.lon_deg = point.lon_deg;
    track_point.altitude_m = point.elevation_m;
    track_point.speed_mps = point.speed_mps;
    track_point.heart_rate_bpm = point.heart_rate_bpm;
    track_point.cadence_rpm = point.cadence_rpm;
    track_point.power_w = point.power_w;
    m_points.add(track_point);
}

void GpxActivityBuilder::on_track_end() {
    if (m_track_timed == 0 && m_track_untimed > 0) {
        m_warnings.push_back(
            fmt::format("{}: no point has a <time>; its {} points are kept for position and "
                        "distance, without start or duration",
                        m_track_label, m_track_untimed));
    } else if (m_track_untimed > 0) {
        m_warnings.push_back(
            fmt::format("{}: {} of {} points have no <time>; kept for position and distance, and the "
                        "activity's duration is unknown",
                        m_track_label, m_track_untimed, m_track_untimed + m_track_timed));
    }
}

void GpxActivityBuilder::flush() {
    if (!m_have_current) return;
    const std::string label = fmt::format("activity {}", m_activities.size() + 1);
    for (std::string& warning : m_points.screen_times(m_now, label)) {
        m_warnings.push_back(std::move(warning));
    }
    m_points.finish(m_current);
    m_activities.push_back(std::move(m_current));
    m_current = domain::Activity{};
    m_have_current = false;
}

void GpxActivityBuilder::finish(const GpxCounts& counts) {
    flush();
    if (!m_activities.empty()) return;
    if (counts.waypoints > 0 || counts.routes > 0) {
        m_warnings.push_back(fmt::format("no recorded activity: the file holds {} waypoint(s) and {} route(s) with {} "
                                         "point(s) but no track points; waypoints and routes are not activities",
                                         counts.waypoints, counts.routes, counts.route_points));
    } else {
        m_warnings.push_back("no recorded activity: the file has no tracks, routes or waypoints");
    }
}

util::Result<DecodedFile> decode_gpx(std::span<const std::byte> bytes, const std::string& path, units::Instant now) {
    return xml::decode_track_file<GpxReader, GpxActivityBuilder>(bytes, path, FileFormat::gpx, now);
}

}  // namespace ironstride::ingest::gpx
