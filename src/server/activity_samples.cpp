#include "server/activity_samples.hpp"

#include <cmath>
#include <vector>

namespace ironstride::server {

namespace {

using nlohmann::json;

constexpr double kDegreesPerE7 = 1e-7;

double rounded(double value, double scale) { return std::round(value * scale) / scale; }

/// The kept sample indexes: all of them, or every `stride`-th and the last.
std::vector<std::size_t> kept_indexes(std::size_t count, std::size_t max_points) {
    std::vector<std::size_t> out;
    if (count == 0) return out;
    const std::size_t limit = max_points < 2 ? 2 : max_points;
    const std::size_t stride = count <= limit ? 1 : (count + limit - 2) / (limit - 1);
    for (std::size_t i = 0; i < count; i += stride) out.push_back(i);
    if (out.back() != count - 1) out.push_back(count - 1);
    return out;
}

/// One channel's column: `value(i)` for each kept index the channel has, null elsewhere.
template <typename Channel, typename Value>
json column(const std::vector<std::size_t>& kept, const Channel& channel, Value value) {
    json out = json::array();
    for (const std::size_t i : kept) out.push_back(i < channel.size() ? value(channel[i]) : json(nullptr));
    return out;
}

json float_or_null(float value, double scale) {
    return std::isnan(value) ? json(nullptr) : json(rounded(value, scale));
}

}  // namespace

json activity_samples_json(const domain::SampleStream& s, std::size_t max_points) {
    using domain::SampleStream;
    const std::vector<std::size_t> kept = kept_indexes(s.size(), max_points);
    constexpr double kCentis = 100.0;
    constexpr double kMicroDegrees = 1e6;
    const auto position = [](std::int32_t e7) {
        return e7 == SampleStream::kNoPosition ? json(nullptr) : json(rounded(e7 * kDegreesPerE7, kMicroDegrees));
    };
    return {
        {"count", s.size()},
        {"returned", kept.size()},
        {"time_s", column(kept, s.time_ms, [](std::int64_t ms) {
             return ms == SampleStream::kNoTime ? json(nullptr) : json(rounded(static_cast<double>(ms) / 1000.0, 1000.0));
         })},
        {"distance_m", column(kept, s.distance_m, [](float v) { return float_or_null(v, kCentis); })},
        {"altitude_m", column(kept, s.altitude_m, [](float v) { return float_or_null(v, kCentis); })},
        {"speed_mps", column(kept, s.speed_mps, [](float v) { return float_or_null(v, kCentis * 10); })},
        {"heart_rate_bpm", column(kept, s.heart_rate_bpm, [](std::uint8_t v) {
             return v == SampleStream::kNoHeartRate ? json(nullptr) : json(v);
         })},
        {"cadence_rpm", column(kept, s.cadence_rpm, [](std::uint8_t v) {
             return v == SampleStream::kNoCadence ? json(nullptr) : json(v);
         })},
        {"power_w", column(kept, s.power_w, [](std::uint16_t v) {
             return v == SampleStream::kNoPower ? json(nullptr) : json(v);
         })},
        {"lat", column(kept, s.lat_e7, position)},
        {"lon", column(kept, s.lon_e7, position)},
    };
}

}  // namespace ironstride::server
