#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "ironstride/domain/activity.hpp"
#include "ironstride/ingest/decoded_file.hpp"
#include "ironstride/ingest/plausible_times.hpp"
#include "ironstride/ingest/tcx/tcx_reader.hpp"
#include "ironstride/ingest/xml/track_accumulator.hpp"
#include "ironstride/util/result.hpp"

namespace ironstride::ingest::tcx {

/// Turns TCX activities into domain::Activity values (a TcxHandler), one per <Activity> (each leg of a multisport
/// session is its own activity).
///
/// - Sport from the Sport attribute (Running, Biking, Other); when absent it is inferred from speed after decoding
///   (ingest/sport_inference.hpp) and marked so. Device from <Creator><Name>.
/// - Laps keep the file's summaries; what a lap lacks (distance, heart rate) and its ascent come from its points.
/// - Activity totals are the laps' totals when every lap has the value (timer = Σ TotalTimeSeconds, distance,
///   calories, time-weighted average heart rate, maximum heart rate and speed), else computed from the points as
///   for GPX. Elapsed time runs from the first lap's StartTime (or <Id>) to the last point or lap end.
/// - Each <Track> is a segment: the time between tracks is a pause. Trackpoints without <Time> are left out with a
///   warning. <Course>s are planned routes and are skipped with a warning.
class TcxActivityBuilder : public TcxHandler {
public:
    /// `now` bounds plausible point times (TrackAccumulator::screen_times).
    explicit TcxActivityBuilder(units::Instant now = current_time()) : m_now(now) {}

    void on_activity_begin(const TcxActivityInfo& activity) override;
    void on_lap_begin(const TcxLapInfo& lap) override;
    void on_track_begin() override;
    void on_point(const TcxPoint& point) override;
    void on_lap_end() override;
    void on_activity_end() override;
    void on_course(std::string_view name, const util::SourcePos& pos) override;

    /// Adds a warning when the file gave no activity. Call once, after TcxReader::read.
    void finish(const TcxCounts& counts);

    [[nodiscard]] std::vector<domain::Activity>& activities() noexcept { return m_activities; }
    [[nodiscard]] std::vector<std::string>& warnings() noexcept { return m_warnings; }

private:
    std::vector<domain::Activity> m_activities;
    std::vector<std::string> m_warnings;
    units::Instant m_now;
    xml::TrackAccumulator m_points;
    domain::Activity m_current;
    std::string m_label;  ///< "activity 1 (line 9)" for warnings
    std::optional<std::int64_t> m_start_ms;
    std::optional<std::int64_t> m_end_ms;
    std::size_t m_untimed = 0;

    TcxLapInfo m_lap;
    std::size_t m_lap_first_point = 0;
    std::vector<TcxLapInfo> m_lap_infos;
};

/// Reads a TCX file into activities (TcxReader + TcxActivityBuilder); the decoder behind FileFormat::tcx.
[[nodiscard]] util::Result<DecodedFile> decode_tcx(std::span<const std::byte> bytes, const std::string& path,
                                                   units::Instant now = current_time());

}  // namespace ironstride::ingest::tcx
