#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "ironstride/ingest/xml/xml_values.hpp"
#include "ironstride/util/result.hpp"
#include "ironstride/util/source_pos.hpp"

namespace ironstride::ingest::tcx {

/// An <Activity> (also inside a <MultiSportSession>): Sport attribute, <Id> (its start time), <Creator><Name>.
struct TcxActivityInfo {
    std::size_t index = 0;
    std::string_view sport;  ///< "Running", "Biking", "Other" or empty
    std::optional<xml::XmlTimestamp> id_time;
    std::string_view creator;
    util::SourcePos pos;
};

/// A <Lap>'s own summary, as written (SI units).
struct TcxLapInfo {
    std::optional<xml::XmlTimestamp> start;  ///< StartTime attribute
    std::optional<double> total_time_s;      ///< timer time
    std::optional<double> distance_m;
    std::optional<double> max_speed_mps;
    std::optional<double> calories_kcal;
    std::optional<double> avg_hr_bpm;
    std::optional<double> max_hr_bpm;
    std::string_view intensity;  ///< "Active", "Resting"
    std::string_view trigger;    ///< "Manual", "Distance", …
};

/// A <Trackpoint>. Speed, run cadence and power come from the ActivityExtension v2 <TPX>.
struct TcxPoint {
    std::uint32_t line = 0;  ///< where the <Trackpoint> starts
    std::optional<xml::XmlTimestamp> time;
    std::optional<double> lat_deg;  ///< set together with lon_deg
    std::optional<double> lon_deg;
    std::optional<double> altitude_m;
    std::optional<double> distance_m;  ///< cumulative
    std::optional<double> heart_rate_bpm;
    std::optional<double> cadence_rpm;  ///< <Cadence> (bike) or TPX <RunCadence>
    std::optional<double> speed_mps;
    std::optional<double> power_w;
};

struct TcxCounts {
    std::size_t activities = 0;
    std::size_t laps = 0;
    std::size_t tracks = 0;
    std::size_t points = 0;
    std::size_t courses = 0;
};

/// Receives a TCX file's content in document order (STYLE habit 3); empty defaults. Views are valid during the call.
class TcxHandler {
public:
    TcxHandler() = default;
    TcxHandler(const TcxHandler&) = default;
    TcxHandler(TcxHandler&&) = default;
    TcxHandler& operator=(const TcxHandler&) = default;
    TcxHandler& operator=(TcxHandler&&) = default;
    virtual ~TcxHandler() = default;

    virtual void on_activity_begin(const TcxActivityInfo& /*activity*/) {}
    virtual void on_lap_begin(const TcxLapInfo& /*lap*/) {}
    virtual void on_track_begin() {}
    virtual void on_point(const TcxPoint& /*point*/) {}
    virtual void on_track_end() {}
    virtual void on_lap_end() {}
    virtual void on_activity_end() {}
    /// A <Course> (a planned route); its points are not pushed.
    virtual void on_course(std::string_view /*name*/, const util::SourcePos& /*pos*/) {}
};

/// Reads Garmin Training Center Database v2 files: activities (single and multisport), laps, tracks, trackpoints and
/// courses. Fails on malformed XML, a root other than <TrainingCenterDatabase>, and core values that do not parse
/// (a <Time>, a coordinate out of range, a non-numeric summary); extension values that do not parse are ignored.
/// The util::Error carries path:line:column.
class TcxReader {
public:
    explicit TcxReader(TcxHandler& handler) noexcept : m_handler(&handler) {}

    [[nodiscard]] util::Result<TcxCounts> read(std::span<const std::byte> bytes, const std::string& path);

private:
    TcxHandler* m_handler;
};

}  // namespace ironstride::ingest::tcx
