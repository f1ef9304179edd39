// fuzz-target-module: store
// fuzz-seeds: data/store
//
// libFuzzer target for the sample codec's decoder: a damaged database hands decode_samples any bytes. It may refuse
// them, never crash, hang or allocate without bound. When it accepts a blob, the stream it gives back must survive
// an encode/decode round trip bit for bit (the encoder's exactness checks on values no device would write).

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <span>

#include "ironstride/store/sample_codec.hpp"

namespace {

template <typename T>
bool same_bits(const std::vector<T>& a, const std::vector<T>& b) {
    return a.size() == b.size() && (a.empty() || std::memcmp(a.data(), b.data(), a.size() * sizeof(T)) == 0);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace ironstride::store;
    const auto decoded = decode_samples(std::as_bytes(std::span<const std::uint8_t>(data, size)));
    if (!decoded.ok()) return 0;
    const auto& s = decoded->samples;
    const EncodedSamples encoded = encode_samples(s, decoded->rr_intervals_s);
    const auto again = decode_samples(encoded.blob);
    if (!again.ok()) std::abort();
    const auto& t = again->samples;
    const bool identical = same_bits(s.time_ms, t.time_ms) && same_bits(s.lat_e7, t.lat_e7) &&
                           same_bits(s.lon_e7, t.lon_e7) && same_bits(s.altitude_m, t.altitude_m) &&
                           same_bits(s.distance_m, t.distance_m) && same_bits(s.speed_mps, t.speed_mps) &&
                           same_bits(s.heart_rate_bpm, t.heart_rate_bpm) && same_bits(s.cadence_rpm, t.cadence_rpm) &&
                           same_bits(s.power_w, t.power_w) &&
                           same_bits(decoded->rr_intervals_s, again->rr_intervals_s);
    if (!identical) std::abort();
    return 0;
}
