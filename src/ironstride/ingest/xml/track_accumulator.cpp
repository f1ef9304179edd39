#include "ironstride/ingest/xml/track_accumulator.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <numbers>
#include <utility>

#include <fmt/format.h>

#include "ironstride/ingest/plausible_times.hpp"
#include "ironstride/units/conversions.hpp"
#include "ironstride/util/erase_at.hpp"

namespace ironstride::ingest::xml {

namespace {

using domain::SampleStream;

/// WGS-84 semi-major axis (NIMA TR8350.2); gpxpy (geo.py EARTH_RADIUS) and GPSBabel (grtcirc) use the same sphere.
constexpr double kEarthRadiusM = 6378137.0;
constexpr double kE7 = 1e7;
/// Elevation smoothing weights (previous, this, next point) before summing rises and falls, the 3-point weighted
/// moving average gpxpy applies in get_uphill_downhill, so ascent agrees with it; raw GPS/barometric jitter of a
/// few decimetres per point would otherwise add up to hundreds of metres.
constexpr double kSmoothEdge = 0.3;
constexpr double kSmoothCentre = 0.4;

template <typename T>
T clamp_channel(const std::optional<double>& value, T sentinel, double low, double high) {
    if (!value || !(*value >= low && *value <= high)) return sentinel;
    return static_cast<T>(std::lround(*value));
}

/// A value for a float column; outside float's range (nonsense in any of these channels) it is missing.
float to_float(const std::optional<double>& value) {
    constexpr double kFloatMax = std::numeric_limits<float>::max();
    if (!value || !(*value >= -kFloatMax && *value <= kFloatMax)) return SampleStream::kNoValue;
    return static_cast<float>(*value);
}

bool has_time(std::int64_t unix_ms) { return unix_ms != SampleStream::kNoTime; }

/// "lines 12, 40 and 3 more" for warnings (every line would flood the terminal for a badly broken file).
std::string lines_of(const std::vector<std::size_t>& indices, const std::vector<std::uint32_t>& lines) {
    constexpr std::size_t kShown = 5;
    std::string text = indices.size() == 1 ? "line " : "lines ";
    for (std::size_t k = 0; k < std::min(indices.size(), kShown); ++k) {
        if (k > 0) text += ", ";
        text += std::to_string(lines[indices[k]]);
    }
    if (indices.size() > kShown) text += fmt::format(" and {} more", indices.size() - kShown);
    return text;
}

template <typename T>
void drop_if_all(std::vector<T>& column, T sentinel) {
    if (std::all_of(column.begin(), column.end(), [sentinel](T v) { return v == sentinel; })) column.clear();
}

void drop_if_all_nan(std::vector<float>& column) {
    if (std::all_of(column.begin(), column.end(), [](float v) { return std::isnan(v); })) column.clear();
}

/// Sum of rises and falls of one segment's elevations after 3-point smoothing.
void add_climb(const std::vector<double>& elevations, double& ascent, double& descent) {
    const std::size_t n = elevations.size();
    double previous = 0;
    for (std::size_t i = 0; i < n; ++i) {
        double smoothed = elevations[i];
        if (i > 0 && i + 1 < n) {
            smoothed = kSmoothEdge * elevations[i - 1] + kSmoothCentre * elevations[i] + kSmoothEdge * elevations[i + 1];
        }
        if (i > 0) {
            const double delta = smoothed - previous;
            if (delta > 0) {
                ascent += delta;
            } else {
                descent -= delta;
            }
        }
        previous = smoothed;
    }
}

}  // namespace

double haversine_m(double lat1_deg, double lon1_deg, double lat2_deg, double lon2_deg) noexcept {
    constexpr double kRadiansPerDegree = std::numbers::pi / 180.0;
    const double lat1 = lat1_deg * kRadiansPerDegree;
    const double lat2 = lat2_deg * kRadiansPerDegree;
    const double half_dlat = (lat2 - lat1) / 2;
    const double half_dlon = (lon2_deg - lon1_deg) * kRadiansPerDegree / 2;
    const double a = std::sin(half_dlat) * std::sin(half_dlat) +
                     std::cos(lat1) * std::cos(lat2) * std::sin(half_dlon) * std::sin(half_dlon);
    return 2 * kEarthRadiusM * std::asin(std::min(1.0, std::sqrt(a)));
}

std::int32_t degrees_to_e7(double degrees) noexcept { return static_cast<std::int32_t>(std::lround(degrees * kE7)); }

void TrackAccumulator::add(const TrackPoint& point) {
    if (m_new_segment || m_unix_ms.empty()) {
        m_segment_starts.push_back(m_unix_ms.size());
        m_new_segment = false;
    }
    m_cumulative_valid = false;
    m_unix_ms.push_back(point.unix_ms.value_or(SampleStream::kNoTime));
    m_line.push_back(point.line);
    const bool has_position = point.lat_deg && point.lon_deg;
    m_lat_e7.push_back(has_position ? degrees_to_e7(*point.lat_deg) : SampleStream::kNoPosition);
    m_lon_e7.push_back(has_position ? degrees_to_e7(*point.lon_deg) : SampleStream::kNoPosition);
    m_altitude_m.push_back(to_float(point.altitude_m));
    m_distance_m.push_back(to_float(point.distance_m));
    m_speed_mps.push_back(to_float(point.speed_mps));
    // 0 bpm is the "no heart rate" sentinel; a strap reporting 0 has lost contact.
    m_heart_rate_bpm.push_back(clamp_channel<std::uint8_t>(point.heart_rate_bpm, SampleStream::kNoHeartRate, 1, 254));
    m_cadence_rpm.push_back(clamp_channel<std::uint8_t>(point.cadence_rpm, SampleStream::kNoCadence, 0, 254));
    m_power_w.push_back(clamp_channel<std::uint16_t>(point.power_w, SampleStream::kNoPower, 0, 65534));
}

double TrackAccumulator::segment_span_ms(std::size_t begin, std::size_t end) const {
    // Earliest to latest rather than first to last: a track whose times run backwards still took that long.
    std::optional<std::int64_t> earliest;
    std::optional<std::int64_t> latest;
    for (std::size_t i = begin; i < end; ++i) {
        if (!has_time(m_unix_ms[i])) continue;
        earliest = std::min(earliest.value_or(m_unix_ms[i]), m_unix_ms[i]);
        latest = std::max(latest.value_or(m_unix_ms[i]), m_unix_ms[i]);
    }
    if (!earliest) return 0;
    return static_cast<double>(*latest - *earliest);
}

std::optional<std::int64_t> TrackAccumulator::first_unix_ms() const {
    const auto found = std::find_if(m_unix_ms.begin(), m_unix_ms.end(), has_time);
    if (found == m_unix_ms.end()) return std::nullopt;
    return *found;
}

std::optional<std::int64_t> TrackAccumulator::last_unix_ms() const {
    const auto found = std::find_if(m_unix_ms.rbegin(), m_unix_ms.rend(), has_time);
    if (found == m_unix_ms.rend()) return std::nullopt;
    return *found;
}

std::optional<std::int64_t> TrackAccumulator::unix_ms_at(std::size_t index) const {
    if (!has_time(m_unix_ms[index])) return std::nullopt;
    return m_unix_ms[index];
}

std::vector<std::string> TrackAccumulator::screen_times(units::Instant now, std::string_view label) {
    const TimeScreen screen = ingest::screen_times(m_unix_ms, SampleStream::kNoTime, now);
    std::vector<std::string> warnings;
    if (!screen.out_of_range.empty()) {
        warnings.push_back(
            fmt::format("{}{}: {}: time {} is before 1970 or after tomorrow (a device's unset clock); "
                        "{} kept without a time",
                        kImplausibleTag, label, lines_of(screen.out_of_range, m_line),
                        describe_unix_ms(m_unix_ms[screen.out_of_range.front()]),
                        screen.out_of_range.size() == 1 ? "the point is" : "the points are"));
        for (const std::size_t i : screen.out_of_range) m_unix_ms[i] = SampleStream::kNoTime;
    }
    if (!screen.outliers.empty()) {
        warnings.push_back(
            fmt::format("{}{}: {}: time {} is more than a day away from the rest of the track; {} "
                        "dropped",
                        kImplausibleTag, label, lines_of(screen.outliers, m_line),
                        describe_unix_ms(m_unix_ms[screen.outliers.front()]),
                        screen.outliers.size() == 1 ? "the point was" : "the points were"));
        erase_points(screen.outliers);
    }
    return warnings;
}

void TrackAccumulator::erase_points(const std::vector<std::size_t>& indices) {
    if (indices.empty()) return;
    m_cumulative_valid = false;
    // A segment start moves down by the points erased before it; a segment left empty disappears.
    std::vector<std::size_t> starts;
    for (std::size_t s = 0; s < m_segment_starts.size(); ++s) {
        const std::size_t end = s + 1 < m_segment_starts.size() ? m_segment_starts[s + 1] : m_unix_ms.size();
        const auto erased_before = [&](std::size_t i) {
            return static_cast<std::size_t>(std::lower_bound(indices.begin(), indices.end(), i) - indices.begin());
        };
        const std::size_t new_begin = m_segment_starts[s] - erased_before(m_segment_starts[s]);
        const std::size_t new_end = end - erased_before(end);
        if (new_end > new_begin) starts.push_back(new_begin);
    }
    m_segment_starts = std::move(starts);
    util::erase_at(m_unix_ms, indices);
    util::erase_at(m_line, indices);
    util::erase_at(m_lat_e7, indices);
    util::erase_at(m_lon_e7, indices);
    util::erase_at(m_altitude_m, indices);
    util::erase_at(m_distance_m, indices);
    util::erase_at(m_speed_mps, indices);
    util::erase_at(m_heart_rate_bpm, indices);
    util::erase_at(m_cadence_rpm, indices);
    util::erase_at(m_power_w, indices);
}

const std::vector<double>& TrackAccumulator::cumulative_distance() const {
    if (m_cumulative_valid) return m_cumulative;
    m_cumulative_valid = true;
    const std::size_t n = m_unix_ms.size();
    std::vector<double>& cumulative = m_cumulative;
    cumulative.assign(n, std::numeric_limits<double>::quiet_NaN());
    const bool from_file =
        std::any_of(m_distance_m.begin(), m_distance_m.end(), [](float v) { return !std::isnan(v); });
    if (from_file) {
        // The file's own cumulative distance; a point without one carries the last known value.
        double last = std::numeric_limits<double>::quiet_NaN();
        for (std::size_t i = 0; i < n; ++i) {
            if (!std::isnan(m_distance_m[i])) last = std::isnan(last) ? m_distance_m[i] : std::max<double>(last, m_distance_m[i]);
            cumulative[i] = last;
        }
        return cumulative;
    }
    const bool any_position =
        std::any_of(m_lat_e7.begin(), m_lat_e7.end(), [](std::int32_t v) { return v != SampleStream::kNoPosition; });
    if (!any_position) return cumulative;
    double total = 0;
    std::size_t segment = 0;
    constexpr std::size_t kNone = static_cast<std::size_t>(-1);
    std::size_t previous = kNone;  // last point with a position in this segment
    for (std::size_t i = 0; i < n; ++i) {
        if (segment < m_segment_starts.size() && m_segment_starts[segment] == i) {
            previous = kNone;  // no distance across the gap between segments
            ++segment;
        }
        if (m_lat_e7[i] != SampleStream::kNoPosition) {
            if (previous != kNone) {
                total += haversine_m(m_lat_e7[previous] / kE7, m_lon_e7[previous] / kE7, m_lat_e7[i] / kE7,
                                     m_lon_e7[i] / kE7);
            }
            previous = i;
        }
        cumulative[i] = total;
    }
    return cumulative;
}

PointStats TrackAccumulator::stats(std::size_t first, std::size_t last) const {
    PointStats stats;
    last = std::min(last, m_unix_ms.size());
    if (first >= last) return stats;

    std::optional<std::int64_t> earliest;
    std::optional<std::int64_t> latest;
    bool all_timed = true;
    for (std::size_t i = first; i < last; ++i) {
        if (!has_time(m_unix_ms[i])) {
            all_timed = false;
            continue;
        }
        earliest = std::min(earliest.value_or(m_unix_ms[i]), m_unix_ms[i]);
        latest = std::max(latest.value_or(m_unix_ms[i]), m_unix_ms[i]);
    }
    // A duration only when every point has a time: the timed points' span says nothing about how long the untimed
    // ones took (a 296-point track with 5 timed points would otherwise cover 4.6 km in 57 s).
    const bool timed = earliest && all_timed;
    if (timed) stats.elapsed_s = static_cast<double>(*latest - *earliest) / units::kMillisecondsPerSecond;

    // Segments overlapping [first, last).
    double timer_ms = 0;
    double ascent = 0;
    double descent = 0;
    bool any_elevation = false;
    std::vector<double> elevations;
    for (std::size_t s = 0; s < m_segment_starts.size(); ++s) {
        const std::size_t begin = std::max(first, m_segment_starts[s]);
        const std::size_t end = std::min(last, s + 1 < m_segment_starts.size() ? m_segment_starts[s + 1] : size());
        if (begin >= end) continue;
        timer_ms += segment_span_ms(begin, end);
        elevations.clear();
        for (std::size_t i = begin; i < end; ++i) {
            if (!std::isnan(m_altitude_m[i])) elevations.push_back(m_altitude_m[i]);
        }
        if (!elevations.empty()) {
            any_elevation = true;
            add_climb(elevations, ascent, descent);
        }
    }
    if (timed) stats.timer_s = timer_ms / units::kMillisecondsPerSecond;
    if (any_elevation) {
        stats.ascent_m = ascent;
        stats.descent_m = descent;
    }

    const std::vector<double>& cumulative = cumulative_distance();
    double start_distance = 0;
    for (std::size_t i = first; i-- > 0;) {
        if (!std::isnan(cumulative[i])) {
            start_distance = cumulative[i];
            break;
        }
    }
    for (std::size_t i = last; i-- > first;) {
        if (!std::isnan(cumulative[i])) {
            stats.distance_m = std::max(0.0, cumulative[i] - start_distance);
            break;
        }
    }

    double hr_sum = 0;
    std::size_t hr_count = 0;
    std::uint8_t hr_max = 0;
    float speed_max = -1;
    for (std::size_t i = first; i < last; ++i) {
        if (m_heart_rate_bpm[i] != SampleStream::kNoHeartRate) {
            hr_sum += m_heart_rate_bpm[i];
            ++hr_count;
            hr_max = std::max(hr_max, m_heart_rate_bpm[i]);
        }
        if (!std::isnan(m_speed_mps[i])) speed_max = std::max(speed_max, m_speed_mps[i]);
    }
    if (hr_count > 0) {
        stats.avg_hr_bpm = hr_sum / static_cast<double>(hr_count);
        stats.max_hr_bpm = hr_max;
    }
    if (speed_max >= 0) stats.max_speed_mps = speed_max;
    return stats;
}

void TrackAccumulator::finish(domain::Activity& activity, std::optional<std::int64_t> start_unix_ms) {
    if (empty()) {
        if (start_unix_ms) activity.start_utc = instant_of_unix_ms(*start_unix_ms);
        return;
    }
    const PointStats whole = stats(0, size());
    const auto fill = [](std::optional<double>& field, const std::optional<double>& value) {
        if (!field) field = value;
    };
    fill(activity.elapsed_s, whole.elapsed_s);
    fill(activity.timer_s, whole.timer_s);
    fill(activity.distance_m, whole.distance_m);
    fill(activity.avg_hr_bpm, whole.avg_hr_bpm);
    fill(activity.max_hr_bpm, whole.max_hr_bpm);
    fill(activity.ascent_m, whole.ascent_m);
    fill(activity.descent_m, whole.descent_m);
    fill(activity.max_speed_mps, whole.max_speed_mps);
    if (!activity.avg_speed_mps && activity.distance_m && activity.timer_s && *activity.timer_s > 0) {
        activity.avg_speed_mps = *activity.distance_m / *activity.timer_s;
    }

    std::optional<std::int64_t> start_ms = start_unix_ms;
    for (const std::int64_t t : m_unix_ms) {
        if (has_time(t)) start_ms = std::min(start_ms.value_or(t), t);
    }
    activity.start_utc.reset();
    if (start_ms) activity.start_utc = instant_of_unix_ms(*start_ms);
    const std::int64_t start_s = activity.start_utc ? activity.start_utc->time_since_epoch().count() : 0;

    SampleStream& samples = activity.samples;
    samples = SampleStream{};
    samples.time_ms.reserve(size());
    for (const std::int64_t t : m_unix_ms) {
        samples.time_ms.push_back(has_time(t) ? t - start_s * units::kMillisecondsPerSecond : SampleStream::kNoTime);
    }
    const std::vector<double>& cumulative = cumulative_distance();
    m_distance_m.assign(cumulative.size(), SampleStream::kNoValue);
    for (std::size_t i = 0; i < cumulative.size(); ++i) {
        if (!std::isnan(cumulative[i])) m_distance_m[i] = static_cast<float>(cumulative[i]);
    }
    samples.lat_e7 = std::move(m_lat_e7);
    samples.lon_e7 = std::move(m_lon_e7);
    samples.altitude_m = std::move(m_altitude_m);
    samples.distance_m = std::move(m_distance_m);
    samples.speed_mps = std::move(m_speed_mps);
    samples.heart_rate_bpm = std::move(m_heart_rate_bpm);
    samples.cadence_rpm = std::move(m_cadence_rpm);
    samples.power_w = std::move(m_power_w);
    if (std::all_of(samples.lat_e7.begin(), samples.lat_e7.end(),
                    [](std::int32_t v) { return v == SampleStream::kNoPosition; })) {
        samples.lat_e7.clear();
        samples.lon_e7.clear();
    }
    drop_if_all_nan(samples.altitude_m);
    drop_if_all_nan(samples.distance_m);
    drop_if_all_nan(samples.speed_mps);
    drop_if_all(samples.heart_rate_bpm, SampleStream::kNoHeartRate);
    drop_if_all(samples.cadence_rpm, SampleStream::kNoCadence);
    drop_if_all(samples.power_w, SampleStream::kNoPower);

    *this = TrackAccumulator{};
}

units::Instant instant_of_unix_ms(std::int64_t unix_ms) noexcept {
    return std::chrono::floor<std::chrono::seconds>(
        std::chrono::sys_time<std::chrono::milliseconds>{std::chrono::milliseconds{unix_ms}});
}

}  // namespace ironstride::ingest::xml
