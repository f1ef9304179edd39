#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ironstride/domain/activity.hpp"
#include "ironstride/units/civil_time.hpp"

namespace ironstride::ingest::xml {

/// One recorded point of a GPX or TCX track, as read (SI units, UTC).
struct TrackPoint {
    std::optional<std::int64_t> unix_ms;  ///< milliseconds since the Unix epoch, UTC; empty for a point without time
    std::uint32_t line = 0;               ///< where the point starts in the file, for warnings (0: unknown)
    std::optional<double> lat_deg;  ///< set together with lon_deg
    std::optional<double> lon_deg;
    std::optional<double> altitude_m;
    std::optional<double> distance_m;  ///< cumulative distance as written by the file (TCX), else empty
    std::optional<double> speed_mps;
    std::optional<double> heart_rate_bpm;
    std::optional<double> cadence_rpm;
    std::optional<double> power_w;
};

/// Summary values computed from a run of points (what a file without its own summary gets).
struct PointStats {
    std::optional<double> elapsed_s;  ///< earliest to latest point; empty unless every point has a time
    std::optional<double> timer_s;    ///< sum of segment spans: the gaps between segments are pauses
    std::optional<double> distance_m;  ///< the file's cumulative distance, else haversine within segments
    std::optional<double> avg_hr_bpm;  ///< mean of the points that have one
    std::optional<double> max_hr_bpm;
    std::optional<double> ascent_m;  ///< rises of the smoothed elevation within segments
    std::optional<double> descent_m;
    std::optional<double> max_speed_mps;  ///< from the file's speed values only (GPS-derived speed is too noisy)
};

/// Collects the points of one activity into a columnar domain::SampleStream (fixed-point positions, sentinels for
/// missing values) and computes summaries from them. Shared by the GPX and TCX builders. Not for the per-point hot
/// path of a parser: it only appends to vectors.
class TrackAccumulator {
public:
    /// The next point starts a new segment (GPX <trkseg>, TCX <Track>): the time before it is a pause and the
    /// distance across the gap is not counted.
    void begin_segment() noexcept { m_new_segment = true; }
    void add(const TrackPoint& point);

    [[nodiscard]] std::size_t size() const noexcept { return m_unix_ms.size(); }
    [[nodiscard]] bool empty() const noexcept { return m_unix_ms.empty(); }
    /// The first and last time of the points added, in file order (empty when none has a time).
    [[nodiscard]] std::optional<std::int64_t> first_unix_ms() const;
    [[nodiscard]] std::optional<std::int64_t> last_unix_ms() const;
    /// The time of point `index`, if it has one.
    [[nodiscard]] std::optional<std::int64_t> unix_ms_at(std::size_t index) const;

    /// Applies the time plausibility rules (ingest/plausible_times.hpp) to the points added: a time before 1970 or
    /// after tomorrow is a device's sentinel, so the point is kept without it; a point cut off from the rest of the
    /// recording by more than a day is dropped. Returns one warning per kind, naming the lines. Call before stats()
    /// and finish().
    [[nodiscard]] std::vector<std::string> screen_times(units::Instant now, std::string_view label);

    /// Statistics of points [first, last); nothing is set for an empty range.
    [[nodiscard]] PointStats stats(std::size_t first, std::size_t last) const;

    /// Sets activity.start_utc (whole seconds: the earlier of the first timed point and `start_unix_ms`, the file's
    /// own start time where it has one; empty when neither exists), moves the points into activity.samples
    /// (channels no point has are left empty, times relative to start_utc, SampleStream::kNoTime for points without
    /// one) and fills every summary field of `activity` that is still empty from stats(). With no points, only
    /// start_utc is set (from `start_unix_ms`). The accumulator is empty afterwards.
    void finish(domain::Activity& activity, std::optional<std::int64_t> start_unix_ms = std::nullopt);

private:
    /// Cumulative distance per point (NaN where unknown), computed once after the last add().
    [[nodiscard]] const std::vector<double>& cumulative_distance() const;

    /// Milliseconds from the earliest to the latest timed point of [begin, end); 0 without two.
    [[nodiscard]] double segment_span_ms(std::size_t begin, std::size_t end) const;
    /// Removes the points at `indices` (ascending) from every column, keeping the segment starts right.
    void erase_points(const std::vector<std::size_t>& indices);

    bool m_new_segment = true;
    std::vector<std::size_t> m_segment_starts;
    std::vector<std::int64_t> m_unix_ms;  ///< SampleStream::kNoTime for a point without time
    std::vector<std::uint32_t> m_line;
    std::vector<std::int32_t> m_lat_e7;
    std::vector<std::int32_t> m_lon_e7;
    std::vector<float> m_altitude_m;
    std::vector<float> m_distance_m;
    std::vector<float> m_speed_mps;
    std::vector<std::uint8_t> m_heart_rate_bpm;
    std::vector<std::uint8_t> m_cadence_rpm;
    std::vector<std::uint16_t> m_power_w;
    mutable std::vector<double> m_cumulative;
    mutable bool m_cumulative_valid = false;
};

/// Great-circle distance in metres between two points given in degrees (haversine formula on a sphere of the WGS-84
/// equatorial radius, the radius gpxpy and GPSBabel use, so distances agree with theirs).
[[nodiscard]] double haversine_m(double lat1_deg, double lon1_deg, double lat2_deg, double lon2_deg) noexcept;

/// The whole UTC second at or before a time in milliseconds since the Unix epoch (rounds toward the past, also before
/// 1970).
[[nodiscard]] units::Instant instant_of_unix_ms(std::int64_t unix_ms) noexcept;

/// Degrees to the fixed-point 1e-7 degree of domain::SampleStream.
[[nodiscard]] std::int32_t degrees_to_e7(double degrees) noexcept;

}  // namespace ironstride::ingest::xml
