#pragma once

// Realistic synthetic sample streams for the store tests and bench/store_bench.cpp: a 1 Hz run as a GPS watch
// records it, with the resolutions of FIT record fields (position in 1e-7 degree after semicircle conversion,
// enhanced_altitude 0.2 m, distance 1 cm, enhanced_speed 1 mm/s, heart rate and cadence in whole units) and values
// made the way a decoder makes them (integer field × scale, converted to float).

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numbers>
#include <random>

#include "ironstride/domain/activity.hpp"

namespace ironstride::testing {

struct SyntheticRunOptions {
    int duration_s = 3600;
    std::uint64_t seed = 1;
    bool pause = true;          ///< a stop of a few minutes half-way: the watch records nothing meanwhile
    int gps_fix_after_s = 8;    ///< no position before the first fix (kNoPosition)
    bool heart_rate_dropouts = true;  ///< a few seconds without a strap reading (kNoHeartRate)
    bool power = false;         ///< a running-power column (Stryd-like), in whole watts
};

/// Bytes of one FIT `record` message carrying the fields this generator fills (1 header byte; timestamp,
/// position_lat, position_long, enhanced_altitude, distance, enhanced_speed 4 bytes each; heart_rate, cadence 1;
/// power 2 when present). The "raw record bytes" a compression ratio is measured against.
[[nodiscard]] inline std::size_t fit_record_bytes(const SyntheticRunOptions& options) {
    return 1 + 6 * 4 + 2 + (options.power ? 2 : 0);
}

[[nodiscard]] inline domain::SampleStream synthetic_run(const SyntheticRunOptions& options = {}) {
    using domain::SampleStream;
    std::mt19937_64 random(options.seed);
    std::normal_distribution<double> gauss(0.0, 1.0);

    SampleStream s;
    const auto n = static_cast<std::size_t>(options.duration_s);
    s.time_ms.reserve(n);
    s.lat_e7.reserve(n);
    s.lon_e7.reserve(n);
    s.altitude_m.reserve(n);
    s.distance_m.reserve(n);
    s.speed_mps.reserve(n);
    s.heart_rate_bpm.reserve(n);
    s.cadence_rpm.reserve(n);
    if (options.power) s.power_w.reserve(n);

    constexpr double kMetresPerDegreeLatitude = 111'320.0;
    const double lat0 = 47.37 + 0.01 * gauss(random);
    const double lon0 = 8.54 + 0.01 * gauss(random);
    const double metres_per_degree_lon = kMetresPerDegreeLatitude * std::cos(lat0 * std::numbers::pi / 180.0);
    const double base_speed = 2.8 + 0.4 * std::abs(gauss(random));

    double x = 0;
    double y = 0;
    double heading = 2 * std::numbers::pi * std::uniform_real_distribution<double>(0, 1)(random);
    double noise_x = 0;
    double noise_y = 0;
    double heart_rate = 95;
    double speed_wobble = 0;
    std::int64_t distance_cm = 0;
    std::int64_t time_ms = 0;
    const int pause_at = options.pause ? options.duration_s / 2 : -1;
    int dropout_left = 0;

    for (int i = 0; i < options.duration_s; ++i) {
        if (i == pause_at) time_ms += 1000 * (60 + static_cast<int>(random() % 240));
        // Speed: a slow wave (hills, fatigue) plus short-term wobble, as mm/s on the wire.
        speed_wobble = 0.9 * speed_wobble + 0.05 * gauss(random);
        const double speed = std::max(0.5, base_speed + 0.3 * std::sin(i / 300.0) + speed_wobble);
        const std::int64_t speed_mm_s = std::llround(speed * 1000.0);
        heading += 0.02 * gauss(random) + (i % 600 == 0 ? 1.2 : 0.0);  // streets, and a turn now and then
        x += speed * std::cos(heading);
        y += speed * std::sin(heading);
        distance_cm += std::llround(speed * 100.0);
        noise_x = 0.93 * noise_x + 0.55 * gauss(random);
        noise_y = 0.93 * noise_y + 0.55 * gauss(random);
        const double terrain_m = 420.0 + 25.0 * std::sin(x / 700.0) + 15.0 * std::cos(y / 450.0);
        const std::int64_t altitude_raw = std::llround((terrain_m + 500.0) * 5.0);  // FIT: scale 5, offset 500
        heart_rate += 0.05 * (110 + 18 * speed - heart_rate) + 0.6 * gauss(random);
        if (options.heart_rate_dropouts && dropout_left == 0 && random() % 900 == 0) dropout_left = 3;

        s.time_ms.push_back(time_ms);
        if (i < options.gps_fix_after_s) {
            s.lat_e7.push_back(SampleStream::kNoPosition);
            s.lon_e7.push_back(SampleStream::kNoPosition);
        } else {
            const double lat = lat0 + (y + noise_y) / kMetresPerDegreeLatitude;
            const double lon = lon0 + (x + noise_x) / metres_per_degree_lon;
            s.lat_e7.push_back(static_cast<std::int32_t>(std::llround(lat * 1e7)));
            s.lon_e7.push_back(static_cast<std::int32_t>(std::llround(lon * 1e7)));
        }
        s.altitude_m.push_back(static_cast<float>(static_cast<double>(altitude_raw) / 5.0 - 500.0));
        s.distance_m.push_back(static_cast<float>(static_cast<double>(distance_cm) / 100.0));
        s.speed_mps.push_back(static_cast<float>(static_cast<double>(speed_mm_s) / 1000.0));
        if (dropout_left > 0) {
            s.heart_rate_bpm.push_back(SampleStream::kNoHeartRate);
            --dropout_left;
        } else {
            s.heart_rate_bpm.push_back(static_cast<std::uint8_t>(std::clamp(std::lround(heart_rate), 40L, 220L)));
        }
        s.cadence_rpm.push_back(
            static_cast<std::uint8_t>(std::clamp(std::lround(76 + 4.2 * speed + 0.8 * gauss(random)), 70L, 100L)));
        if (options.power) {
            s.power_w.push_back(static_cast<std::uint16_t>(std::clamp(std::lround(80 * speed + 8 * gauss(random)), 0L, 2000L)));
        }
        time_ms += 1000;
    }
    return s;
}

}  // namespace ironstride::testing
