#include "ironstride/ingest/tcx/tcx_activity_builder.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

#include <fmt/format.h>

#include "ironstride/ingest/xml/sport_names.hpp"
#include "ironstride/ingest/xml/track_file.hpp"
#include "ironstride/units/conversions.hpp"
#include "ironstride/util/echo.hpp"

namespace ironstride::ingest::tcx {

namespace {

/// 100 m/s (360 km/h) is beyond any sport a TCX records; Suunto/Movescount exports write MaximumSpeed in m/h.
constexpr double kMaxPlausibleSpeedMps = 100.0;

/// The sum of a lap field when every lap has it.
std::optional<double> sum_if_all(const std::vector<domain::Lap>& laps, std::optional<double> domain::Lap::*field) {
    if (laps.empty()) return std::nullopt;
    double sum = 0;
    for (const domain::Lap& lap : laps) {
        if (!(lap.*field)) return std::nullopt;
        sum += *(lap.*field);
    }
    return sum;
}

std::optional<double> max_if_any(const std::vector<domain::Lap>& laps, std::optional<double> domain::Lap::*field) {
    std::optional<double> best;
    for (const domain::Lap& lap : laps) {
        if (lap.*field && (!best || *(lap.*field) > *best)) best = lap.*field;
    }
    return best;
}

}  // namespace

void TcxActivityBuilder::on_activity_begin(const TcxActivityInfo& activity) {
    m_current = domain::Activity{};
    m_current.format = domain::SourceFormat::tcx;
    const auto sport = xml::sport_from_name(activity.sport);
    m_current.sport = sport.value_or(domain::Sport::other);
    m_current.sport_inferred = !sport;  // no Sport attribute: ingest/sport_inference decides from speed
    m_current.device = std::string(activity.creator);
    m_label = xml::with_line(fmt::format("activity {}", activity.index + 1), activity.pos);
    m_start_ms.reset();
    m_end_ms.reset();
    if (activity.id_time) {
        m_start_ms = activity.id_time->unix_ms;
        if (activity.id_time->offset_minutes) m_current.utc_offset = units::UtcOffset{*activity.id_time->offset_minutes};
    }
    m_untimed = 0;
    m_lap_infos.clear();
}

void TcxActivityBuilder::on_lap_begin(const TcxLapInfo& lap) {
    m_lap = lap;
    m_lap_first_point = m_points.size();
    // The first lap's StartTime is the activity's start (the <Id> normally says the same).
    if (lap.start && m_lap_infos.empty()) m_start_ms = lap.start->unix_ms;
}

void TcxActivityBuilder::on_track_begin() { m_points.begin_segment(); }

void TcxActivityBuilder::on_point(const TcxPoint& point) {
    if (!point.time) {
        ++m_untimed;
        return;
    }
    xml::TrackPoint track_point;
    track_point.unix_ms = point.time->unix_ms;
    track_point.line = point.line;
    track_point.lat_deg = point.lat_deg;
    track_point.lon_deg = point.lon_deg;
    track_point.altitude_m = point.altitude_m;
    track_point.distance_m = point.distance_m;
    track_point.speed_mps = point.speed_mps;
    track_point.heart_rate_bpm = point.heart_rate_bpm;
    track_point.cadence_rpm = point.cadence_rpm;
    track_point.power_w = point.power_w;
    m_points.add(track_point);
    if (!m_end_ms || point.time->unix_ms > *m_end_ms) m_end_ms = point.time->unix_ms;
}

void TcxActivityBuilder::on_lap_end() {
    const xml::PointStats stats = m_points.stats(m_lap_first_point, m_points.size());
    domain::Lap lap;
    if (m_lap.start) {
        lap.start_utc = xml::instant_of_unix_ms(m_lap.start->unix_ms);
    } else if (m_lap_first_point < m_points.size()) {
        lap.start_utc = xml::instant_of_unix_ms(m_points.unix_ms_at(m_lap_first_point).value_or(0));
    }
    lap.timer_s = m_lap.total_time_s ? m_lap.total_time_s : stats.timer_s;
    lap.elapsed_s = stats.elapsed_s;
    if (m_lap.start && m_lap_first_point < m_points.size()) {
        // From the lap's start to its last point (its first point is often a second after StartTime).
        const std::int64_t last = m_points.last_unix_ms().value_or(m_lap.start->unix_ms);
        if (last >= m_lap.start->unix_ms) {
            lap.elapsed_s = static_cast<double>(last - m_lap.start->unix_ms) / units::kMillisecondsPerSecond;
        }
    }
    lap.distance_m = m_lap.distance_m ? m_lap.distance_m : stats.distance_m;
    lap.avg_hr_bpm = m_lap.avg_hr_bpm ? m_lap.avg_hr_bpm : stats.avg_hr_bpm;
    lap.max_hr_bpm = m_lap.max_hr_bpm ? m_lap.max_hr_bpm : stats.max_hr_bpm;
    lap.calories_kcal = m_lap.calories_kcal;
    lap.ascent_m = stats.ascent_m;
    m_current.laps.push_back(lap);
    m_lap_infos.push_back(m_lap);
    constexpr double kMaxLapSeconds = 1e7;  // about 116 days: anything longer is not a lap
    if (m_lap.start && m_lap.total_time_s && *m_lap.total_time_s >= 0 && *m_lap.total_time_s <= kMaxLapSeconds) {
        const auto lap_end = m_lap.start->unix_ms + static_cast<std::int64_t>(std::llround(*m_lap.total_time_s * units::kMillisecondsPerSecond));
        if (!m_end_ms || lap_end > *m_end_ms) m_end_ms = lap_end;
    }
}

void TcxActivityBuilder::on_activity_end() {
    if (m_untimed > 0) {
        m_warnings.push_back(fmt::format("{}: {} trackpoints without <Time> were left out", m_label, m_untimed));
    }
    if (!m_start_ms && m_points.empty()) {
        m_warnings.push_back(fmt::format("{}: no start time (no <Id>, lap StartTime or timed trackpoint); skipped",
                                         m_label));
        m_points = xml::TrackAccumulator{};
        return;
    }
    // Totals from the laps (their own values, completed from their points) where every lap has them.
    const std::vector<domain::Lap>& laps = m_current.laps;
    m_current.timer_s = sum_if_all(laps, &domain::Lap::timer_s);
    m_current.distance_m = sum_if_all(laps, &domain::Lap::distance_m);
    m_current.calories_kcal = sum_if_all(laps, &domain::Lap::calories_kcal);
    m_current.max_hr_bpm = max_if_any(laps, &domain::Lap::max_hr_bpm);
    bool implausible_speed = false;
    for (const TcxLapInfo& info : m_lap_infos) {
        if (info.max_speed_mps && *info.max_speed_mps > kMaxPlausibleSpeedMps) {
            implausible_speed = true;
        } else if (info.max_speed_mps &&
                   (!m_current.max_speed_mps || *info.max_speed_mps > *m_current.max_speed_mps)) {
            m_current.max_speed_mps = info.max_speed_mps;
        }
    }
    if (implausible_speed) {
        m_current.max_speed_mps.reset();  // the points' speeds, if any, decide instead
        m_warnings.push_back(fmt::format("{}: lap <MaximumSpeed> above {} m/s ignored (not metres per second)", m_label,
                                         kMaxPlausibleSpeedMps));
    }
    if (m_current.timer_s && *m_current.timer_s > 0) {
        double weighted = 0;
        bool all = true;
        for (const domain::Lap& lap : laps) {
            if (!lap.avg_hr_bpm) {
                all = false;
                break;
            }
            weighted += *lap.avg_hr_bpm * *lap.timer_s;
        }
        if (all) m_current.avg_hr_bpm = weighted / *m_current.timer_s;
    }
    for (std::string& warning : m_points.screen_times(m_now, m_label)) m_warnings.push_back(std::move(warning));
    std::optional<std::int64_t> start = m_start_ms;
    if (const auto first = m_points.first_unix_ms()) start = start ? std::min(*start, *first) : *first;
    if (start && m_end_ms && *m_end_ms >= *start) {
        m_current.elapsed_s = static_cast<double>(*m_end_ms - *start) / units::kMillisecondsPerSecond;
    }
    if (m_current.distance_m && *m_current.distance_m <= 0 && !m_points.empty()) {
        m_current.distance_m.reset();  // laps saying 0 m while points moved: let the points speak
    }
    m_points.finish(m_current, m_start_ms);
    m_activities.push_back(std::move(m_current));
    m_current = domain::Activity{};
}

void TcxActivityBuilder::on_course(std::string_view name, const util::SourcePos& pos) {
    const std::string label = xml::with_line(
        name.empty() ? std::string("course") : fmt::format("course {}", util::quote_for_display(name)), pos);
    m_warnings.push_back(fmt::format("{} is a planned route, not a recorded activity; skipped", label));
}

void TcxActivityBuilder::finish(const TcxCounts& counts) {
    if (m_activities.empty() && counts.activities == 0 && counts.courses == 0) {
        m_warnings.push_back("no recorded activity: the file has no <Activity>");
    }
}

util::Result<DecodedFile> decode_tcx(std::span<const std::byte> bytes, const std::string& path, units::Instant now) {
    return xml::decode_track_file<TcxReader, TcxActivityBuilder>(bytes, path, FileFormat::tcx, now);
}

}  // namespace ironstride::ingest::tcx
