#pragma once

#include <array>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ironstride/units/civil_time.hpp"

namespace ironstride::domain {

enum class Sport { running, walking, hiking, cycling, swimming, strength, other };
inline constexpr std::array kAllSports{Sport::running,  Sport::walking,  Sport::hiking, Sport::cycling,
                                       Sport::swimming, Sport::strength, Sport::other};

/// Where an activity came from; detected from content, never from the file name.
enum class SourceFormat { fit, gpx, tcx, strong_csv, hevy_csv };

[[nodiscard]] const char* to_string(Sport sport);
[[nodiscard]] const char* to_string(SourceFormat format);
/// The sport to_string names ("running"); nothing for another word.
[[nodiscard]] std::optional<Sport> sport_from_string(std::string_view name);

/// Dense per-second (or per-point) samples, columnar. A column is either empty (the file has no such channel) or
/// exactly as long as `time_ms`. Within a present column, a missing point holds the column's sentinel.
/// Positions are fixed-point (1e-7 degree, like OSM), so a stream stays compact in memory and on disk.
struct SampleStream {
    /// A point without a time (a GPX track point without <time>): kept for its position and distance.
    static constexpr std::int64_t kNoTime = std::numeric_limits<std::int64_t>::min();
    static constexpr std::int32_t kNoPosition = std::numeric_limits<std::int32_t>::min();
    static constexpr std::uint8_t kNoHeartRate = 0;
    static constexpr std::uint8_t kNoCadence = 0xFF;
    static constexpr std::uint16_t kNoPower = 0xFFFF;
    static constexpr float kNoValue = std::numeric_limits<float>::quiet_NaN();  ///< altitude, distance, speed

    std::vector<std::int64_t> time_ms;  ///< milliseconds after the activity's start_utc; kNoTime where unknown
    std::vector<std::int32_t> lat_e7;
    std::vector<std::int32_t> lon_e7;
    std::vector<float> altitude_m;
    std::vector<float> distance_m;  ///< cumulative
    std::vector<float> speed_mps;
    std::vector<std::uint8_t> heart_rate_bpm;
    std::vector<std::uint8_t> cadence_rpm;
    std::vector<std::uint16_t> power_w;

    [[nodiscard]] std::size_t size() const { return time_ms.size(); }
    [[nodiscard]] bool empty() const { return time_ms.empty(); }
};

struct Lap {
    units::Instant start_utc{};
    std::optional<double> elapsed_s;
    std::optional<double> timer_s;
    std::optional<double> distance_m;
    std::optional<double> avg_hr_bpm;
    std::optional<double> max_hr_bpm;
    std::optional<double> calories_kcal;
    std::optional<double> ascent_m;
};

/// One set of one exercise, from a FIT `set` message or a Strong/Hevy CSV row.
struct StrengthSet {
    int order = 0;  ///< position within the workout
    std::string exercise;  ///< as written by the source (e.g. "Squat (Barbell)")
    std::optional<double> weight_kg;
    std::optional<int> reps;
    std::optional<double> rpe;  ///< 1–10 (Zourdos 2016 RIR-based scale)
    std::optional<double> duration_s;
    std::optional<double> distance_m;
    bool warmup = false;
    std::optional<units::Instant> start_utc;
};

/// One training session of any sport, with summary values as recorded by the source (null when the source has no
/// such value; nothing is made up).
struct Activity {
    SourceFormat format = SourceFormat::fit;
    Sport sport = Sport::other;
    /// The file does not say the sport (or names one its speed rules out): `sport` was inferred from speed and
    /// cadence (ingest/sport_inference.hpp). Sport::other when nothing could be inferred with confidence.
    bool sport_inferred = false;
    std::string sub_sport;  ///< free text from the source ("treadmill", "strength_training", …)
    std::string name;       ///< workout title where the source has one
    std::string device;     ///< manufacturer/product where known
    /// Empty when the file has no usable time at all (a GPX whose points have no <time>): such an activity has
    /// points and distance but no start and no duration, and no place in a training history.
    std::optional<units::Instant> start_utc;
    std::optional<units::UtcOffset> utc_offset;  ///< local time = UTC + offset, when the source tells
    std::optional<double> elapsed_s;
    std::optional<double> timer_s;  ///< moving/timer time excluding pauses
    std::optional<double> distance_m;
    std::optional<double> avg_hr_bpm;
    std::optional<double> max_hr_bpm;
    std::optional<double> calories_kcal;
    std::optional<double> ascent_m;
    std::optional<double> descent_m;
    std::optional<double> avg_speed_mps;
    std::optional<double> max_speed_mps;
    std::optional<double> rpe;  ///< session RPE, CR-10 (Foster 2001), when known
    std::vector<Lap> laps;
    std::vector<StrengthSet> sets;
    SampleStream samples;
    std::vector<double> rr_intervals_s;  ///< beat-to-beat intervals (FIT hrv), when recorded
};

}  // namespace ironstride::domain
