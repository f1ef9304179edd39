#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "ironstride/domain/activity.hpp"
#include "ironstride/util/result.hpp"

namespace ironstride::store {

/// Bits of EncodedSamples::column_mask (and of the `activity.sample_columns` column): which channels a stream has.
namespace sample_column {
inline constexpr std::uint32_t kTime = 1U << 0U;
inline constexpr std::uint32_t kLatitude = 1U << 1U;
inline constexpr std::uint32_t kLongitude = 1U << 2U;
inline constexpr std::uint32_t kAltitude = 1U << 3U;
inline constexpr std::uint32_t kDistance = 1U << 4U;
inline constexpr std::uint32_t kSpeed = 1U << 5U;
inline constexpr std::uint32_t kHeartRate = 1U << 6U;
inline constexpr std::uint32_t kCadence = 1U << 7U;
inline constexpr std::uint32_t kPower = 1U << 8U;
inline constexpr std::uint32_t kRrIntervals = 1U << 9U;  ///< beat-to-beat intervals (their own length)
}  // namespace sample_column

/// A sample stream (plus the activity's RR intervals) in its stored form, ready to be bound as one BLOB.
struct EncodedSamples {
    std::vector<std::byte> blob;     ///< empty when there are no samples and no RR intervals
    std::uint32_t column_mask = 0;   ///< sample_column bits of the columns present
    std::uint32_t point_count = 0;   ///< samples (length of time_ms)
    std::uint32_t rr_count = 0;      ///< RR intervals
};

/// Encodes columns losslessly: every value (sentinels, NaN payloads, -0.0 and infinities included) decodes to the
/// same bits. Per column: runs of sentinel/present points, then the present values' first or second differences
/// (whichever is smaller), zigzag-mapped and bit-packed in blocks of 128; a float column is stored as an exact
/// decimal fixed-point integer (the smallest of 10^0 … 10^6 that reproduces every value bit for bit, e.g. 0.2 m
/// altitude, cm distance, mm/s speed), else as its raw IEEE bits. Layout (format 2): docs/database.md.
///
/// Pure and thread-safe (per-thread scratch buffers), so decoder workers can encode and the single writer thread
/// only binds the blob. Precondition: every present column is exactly as long as `time_ms` (else
/// std::invalid_argument; a decoder bug, not bad input).
[[nodiscard]] EncodedSamples encode_samples(const domain::SampleStream& samples,
                                            std::span<const double> rr_intervals_s = {});

struct DecodedSamples {
    domain::SampleStream samples;
    std::vector<double> rr_intervals_s;
};

/// Inverse of encode_samples; also reads format 1 (varints in a zstd frame), which databases written before
/// November 2026 hold. An empty blob is an empty stream. A blob that is truncated, corrupt or of an unknown
/// format version is a util::Error (with the byte offset where decoding stopped, when known).
[[nodiscard]] util::Result<DecodedSamples> decode_samples(std::span<const std::byte> blob);

/// Bytes the stream occupies in memory as SampleStream columns (the "MB/s of samples" of the benchmark).
[[nodiscard]] std::size_t sample_bytes(const domain::SampleStream& samples);

}  // namespace ironstride::store
