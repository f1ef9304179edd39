#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "ironstride/domain/activity.hpp"
#include "ironstride/ingest/decoded_file.hpp"
#include "ironstride/ingest/gpx/gpx_reader.hpp"
#include "ironstride/ingest/plausible_times.hpp"
#include "ironstride/ingest/xml/track_accumulator.hpp"
#include "ironstride/units/conversions.hpp"
#include "ironstride/util/result.hpp"

namespace ironstride::ingest::gpx {

/// Turns GPX tracks into activities (a GpxHandler).
///
/// - Tracks that follow each other within kNewActivityGap and have the same <type> form one activity (handheld
///   Garmins cut one outing into "ACTIVE LOG", "ACTIVE LOG #2", …); a longer gap or another type starts a new one.
///   Segments and tracks are pauses: timer time is the sum of their spans and no distance is counted across them.
/// - Sport from the first track's <type> (sport_from_name); without one it is inferred from speed after decoding
///   (ingest/sport_inference.hpp) and marked so.
/// - Points without <time> are kept for their position and distance (a warning says how many); a track with no time
///   at all becomes an activity without start and duration. Times before 1970 or after tomorrow are sentinels and
///   count as no time; a point more than a day away from the rest is dropped (TrackAccumulator::screen_times).
///   Routes and waypoints are never activities.
/// - Summaries come from the points (the GPX schema has none): haversine distance, elapsed and timer time, heart-rate
///   mean and maximum, smoothed ascent and descent, maximum speed when the file records speed.
class GpxActivityBuilder : public GpxHandler {
public:
    /// `now` bounds plausible point times (TrackAccumulator::screen_times).
    explicit GpxActivityBuilder(units::Instant now = current_time()) : m_now(now) {}

    /// Tracks further apart than this are separate activities (3 h: longer than any pause within one session).
    static constexpr std::int64_t kNewActivityGapMs = 3 * units::kSecondsPerHour * units::kMillisecondsPerSecond;

    void on_track_begin(const GpxTrackInfo& track) override;
    void on_segment_begin() override;
    void on_point(const GpxPoint& point) override;
    void on_track_end() override;

    /// Ends the last activity and, when there is none, says why in a warning. Call once, after GpxReader::read.
    void finish(const GpxCounts& counts);

    [[nodiscard]] std::vector<domain::Activity>& activities() noexcept { return m_activities; }
    [[nodiscard]] std::vector<std::string>& warnings() noexcept { return m_warnings; }

private:
    void flush();

    std::vector<domain::Activity> m_activities;
    std::vector<std::string> m_warnings;
    units::Instant m_now;
    xml::TrackAccumulator m_points;
    domain::Activity m_current;
    bool m_have_current = false;

    // The track being read.
    std::string m_track_label;  ///< "track 2 \"ACTIVE LOG\" (line 40)" for warnings
    std::string m_track_type;
    std::string m_track_name;
    std::size_t m_track_timed = 0;
    std::size_t m_track_untimed = 0;
    bool m_track_started = false;  ///< a point of this track has been added
    std::string m_current_type;
    std::optional<std::int64_t> m_last_ms;
};

/// Reads a GPX file into activities (GpxReader + GpxActivityBuilder); the decoder behind FileFormat::gpx.
[[nodiscard]] util::Result<DecodedFile> decode_gpx(std::span<const std::byte> bytes, const std::string& path,
                                                   units::Instant now = current_time());

}  // namespace ironstride::ingest::gpx
