#include "ironstride/store/sample_codec.hpp"

#include <array>
#include <bit>
#include <cmath>
#include <limits>
#include <memory>
#include <optional>
#include <stdexcept>
#include <type_traits>

#include <fmt/format.h>
#include <zstd.h>

#include "ironstride/store/detail/bit_packing.hpp"
#include "ironstride/store/detail/varint.hpp"

namespace ironstride::store {

namespace {

using detail::ByteReader;
using detail::kPackedBlockValues;
using detail::ByteWriter;
using detail::zigzag_decode;
using detail::zigzag_encode;

/// First byte of every blob; a reader refuses other versions rather than guess. The two differ only in how a column's
/// residuals are written: format 1 (written until November 2026, still read) as zigzag varints in one zstd frame,
/// format 2 in bit-packed blocks (detail/bit_packing.hpp), uncompressed.
constexpr std::uint8_t kFormatVarintZstd = 1;
constexpr std::uint8_t kFormatPacked = 2;

/// Largest uncompressed payload a blob may declare (a day at 100 Hz with every column is about 35 MB), so a corrupt
/// frame header cannot make us allocate gigabytes.
constexpr unsigned long long kMaxPayloadBytes = 256ULL << 20U;

/// Mode byte of a column: prediction order in the low bits, value transform in the high nibble.
constexpr std::uint8_t kOrderMask = 0x03U;
constexpr unsigned kTransformShift = 4U;
/// The value itself (integer columns).
constexpr std::uint8_t kTransformInteger = 0;
/// Transforms 1 … 7: decimal fixed point, the stored integer is value × 10^(transform − 1).
constexpr std::uint8_t kTransformFirstDecimal = 1;
constexpr int kMaxDecimalExponent = 6;
constexpr std::array<double, kMaxDecimalExponent + 1> kPowersOfTen = {1.0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6};
/// The raw IEEE-754 bits (float columns no decimal scale reproduces exactly).
constexpr std::uint8_t kTransformRawBits = 15;

/// Per-thread buffers, so encoding a stream allocates nothing after the first few activities.
struct Scratch {
    std::vector<std::int64_t> values;
    std::vector<float> floats;
    std::vector<double> doubles;
    std::vector<std::uint64_t> runs;
    std::vector<std::uint64_t> residuals;
    std::vector<std::uint8_t> payload;
};

struct ZstdDecompressContext {
    ZSTD_DCtx* context = ZSTD_createDCtx();
    ZstdDecompressContext() = default;
    ~ZstdDecompressContext() { ZSTD_freeDCtx(context); }
    ZstdDecompressContext(const ZstdDecompressContext&) = delete;
    ZstdDecompressContext& operator=(const ZstdDecompressContext&) = delete;
    ZstdDecompressContext(ZstdDecompressContext&&) = delete;
    ZstdDecompressContext& operator=(ZstdDecompressContext&&) = delete;
};

// ---- value ↔ 64-bit integer ---------------------------------------------------------------------------------

template <typename T>
std::int64_t to_raw(T value) {
    if constexpr (std::is_same_v<T, float>) {
        return std::bit_cast<std::uint32_t>(value);
    } else if constexpr (std::is_same_v<T, double>) {
        return static_cast<std::int64_t>(std::bit_cast<std::uint64_t>(value));
    } else {
        return static_cast<std::int64_t>(value);
    }
}

template <typename T>
T from_raw_bits(std::int64_t raw) {
    if constexpr (std::is_same_v<T, float>) {
        return std::bit_cast<float>(static_cast<std::uint32_t>(raw));
    } else {
        return std::bit_cast<double>(static_cast<std::uint64_t>(raw));
    }
}

/// The decoder's formula for a decimal fixed-point value; the encoder checks every value against this exact
/// expression, which is what makes the transform lossless.
template <typename T>
T from_decimal(std::int64_t scaled, double scale) {
    return static_cast<T>(static_cast<double>(scaled) / scale);
}

/// Adding 1.5 · 2^52 to a double of magnitude below 2^51 leaves the integer nearest to it (ties to even) in the low
/// mantissa bits: a rounding that, unlike a conversion to int64, SSE2 can do on two values at once.
constexpr double kRoundingBias = 6755399441055744.0;
constexpr double kMaxBiasedMagnitude = 2251799813685248.0;  // 2^51

/// Values checked per step of choose_float_transform: a column whose scale fails is given up after at most this many.
constexpr std::size_t kTransformChunk = 64;

/// Whether value × scale, rounded to the integer n nearest to it, comes back bit for bit as from_decimal<T>(n, scale),
/// for every value of `chunk`; the integers go to `scaled`. Written so that GCC vectorises it: no early exit, no
/// conversion to int64 (kRoundingBias instead), and every test as integer arithmetic on bits, because a comparison
/// turned into an integer stops GCC 12's vectoriser.
template <typename T>
bool scales_exactly(std::span<const T> chunk, double scale, std::int64_t* scaled) {
    using Bits = std::conditional_t<std::is_same_v<T, float>, std::uint32_t, std::uint64_t>;
    constexpr unsigned kSignShift = sizeof(Bits) * 8 - 1;
    constexpr Bits kExponentMask = std::bit_cast<Bits>(std::numeric_limits<T>::infinity());
    constexpr Bits kExponentLowBit = kExponentMask & (0U - kExponentMask);
    const auto bias_bits = std::bit_cast<std::uint64_t>(kRoundingBias);
    Bits mismatch = 0;
    for (std::size_t i = 0; i < chunk.size(); ++i) {
        const T value = chunk[i];
        const auto bits = std::bit_cast<Bits>(value);
        const double product = static_cast<double>(value) * scale;
        const double biased = product + kRoundingBias;
        const double nearest = biased - kRoundingBias;
        // NaN and infinities: an exponent of all ones carries into the sign bit.
        mismatch |= ((bits & kExponentMask) + kExponentLowBit) >> kSignShift;
        // Finite products: |product| − 2^51 is negative, its sign bit set, exactly when |product| < 2^51.
        mismatch |= static_cast<Bits>((std::bit_cast<std::uint64_t>(std::fabs(product) - kMaxBiasedMagnitude) >> 63U) ^ 1U);
        // `nearest` is exactly the double of the integer stored, so this is from_decimal<T>'s formula, bit for bit.
        mismatch |= std::bit_cast<Bits>(static_cast<T>(nearest / scale)) ^ bits;
        // Unsigned, because out of range (the chunk then fails anyway) the difference may not fit an int64.
        scaled[i] = static_cast<std::int64_t>(std::bit_cast<std::uint64_t>(biased) - bias_bits);
    }
    return mismatch == 0;
}

/// Tries each decimal scale from 10^0 up; on success `values` holds the scaled integers and the transform is
/// returned, else `values` holds the raw bits. `present` are the column's present values.
template <typename T>
std::uint8_t choose_float_transform(std::span<const T> present, std::vector<std::int64_t>& values) {
    values.resize(present.size());
    for (int exponent = 0; exponent <= kMaxDecimalExponent; ++exponent) {
        const double scale = kPowersOfTen[static_cast<std::size_t>(exponent)];
        bool exact = true;
        for (std::size_t start = 0; start < present.size() && exact; start += kTransformChunk) {
            const std::size_t count = std::min(kTransformChunk, present.size() - start);
            exact = scales_exactly<T>(present.subspan(start, count), scale, values.data() + start);
        }
        if (exact) return static_cast<std::uint8_t>(kTransformFirstDecimal + exponent);
    }
    for (std::size_t i = 0; i < present.size(); ++i) values[i] = to_raw(present[i]);
    return kTransformRawBits;
}

// ---- prediction ----------------------------------------------------------------------------------------------

/// Prediction of value i from the two before it, in wrapping 64-bit arithmetic (so any int64 sequence round-trips):
/// order 0 predicts 0, order 1 the previous value, order 2 a straight line through the previous two.
std::uint64_t predict(unsigned order, std::size_t i, std::uint64_t previous, std::uint64_t before_previous) {
    if (order == 0 || i == 0) return 0;
    if (order == 1 || i == 1) return previous;
    return 2U * previous - before_previous;
}

/// Columns longer than this choose their prediction order from a sample of the values.
constexpr std::size_t kOrderSampleFrom = 1024;
constexpr std::size_t kOrderSampleStride = 16;

/// The order whose residuals take the fewest significant bits (roughly what bit-packing pays for). A residual depends
/// only on the value and the two before it, so on long columns every kOrderSampleStride-th residual estimates the
/// sizes (the choice affects only the size, never the exactness).
unsigned choose_order(std::span<const std::int64_t> values) {
    auto size_of = [](std::uint64_t residual) {
        return static_cast<std::size_t>(std::bit_width(zigzag_encode(static_cast<std::int64_t>(residual))));
    };
    std::array<std::size_t, 3> cost{};
    const std::size_t stride = values.size() > kOrderSampleFrom ? kOrderSampleStride : 1;
    for (std::size_t i = 0; i < values.size(); i += stride) {
        const auto value = static_cast<std::uint64_t>(values[i]);
        const std::uint64_t previous = i >= 1 ? static_cast<std::uint64_t>(values[i - 1]) : 0;
        const std::uint64_t before_previous = i >= 2 ? static_cast<std::uint64_t>(values[i - 2]) : 0;
        for (unsigned order = 0; order < 3; ++order) {
            cost[order] += size_of(value - predict(order, i, previous, before_previous));
        }
    }
    unsigned best = 0;
    for (unsigned order = 1; order < 3; ++order) {
        if (cost[order] < cost[best]) best = order;
    }
    return best;
}

// ---- encoding ------------------------------------------------------------------------------------------------

/// Values scanned per step by next_missing: long enough for GCC to vectorise the scan, short enough that a column
/// with scattered gaps is not scanned twice over much.
constexpr std::size_t kMissingScanChunk = 32;

/// Index of the first value in column[from, end) whose bits are `missing_bits`, or column.size().
template <typename T>
std::size_t next_missing(std::span<const T> column, std::size_t from, std::int64_t missing_bits) {
    std::size_t i = from;
    // Chunks without a missing value (nearly all of them) cost no branch per value: a 64-bit d is 0 exactly when
    // (d − 1) & ~d has its top bit set.
    for (; i + kMissingScanChunk <= column.size(); i += kMissingScanChunk) {
        std::uint64_t found = 0;
        for (std::size_t k = 0; k < kMissingScanChunk; ++k) {
            const auto difference = static_cast<std::uint64_t>(to_raw(column[i + k]) ^ missing_bits);
            found |= (difference - 1U) & ~difference;
        }
        if ((found >> 63U) != 0) break;
    }
    while (i < column.size() && to_raw(column[i]) != missing_bits) ++i;
    return i;
}

/// Splits a column into runs (present, missing, present, … starting with a present run, possibly empty) and its
/// present values, as 64-bit integers (integer columns) or as they are (floating-point columns, which
/// choose_float_transform converts).
template <typename T, typename Stored>
void split_runs(std::span<const T> column, std::optional<T> sentinel, std::vector<std::uint64_t>& runs,
                std::vector<Stored>& present) {
    auto stored = [](T value) {
        if constexpr (std::is_same_v<Stored, T>) {
            return value;
        } else {
            return to_raw(value);
        }
    };
    runs.clear();
    present.resize(column.size());
    Stored* out = present.data();
    std::size_t count = 0;
    if (!sentinel.has_value()) {
        for (const T value : column) out[count++] = stored(value);
        runs.push_back(count);
        return;
    }
    const std::int64_t missing_bits = to_raw(*sentinel);
    std::size_t i = 0;
    for (;;) {
        const std::size_t missing_from = next_missing(column, i, missing_bits);
        for (std::size_t k = i; k < missing_from; ++k) out[count++] = stored(column[k]);
        runs.push_back(missing_from - i);
        if (missing_from == column.size()) break;
        i = missing_from;
        while (i < column.size() && to_raw(column[i]) == missing_bits) ++i;
        runs.push_back(i - missing_from);
        if (i == column.size()) break;
    }
    present.resize(count);
}

/// The zigzag-mapped residuals of predict(Order, …) for values[start, start + out.size()). Only the first one or
/// two values of a column lack predecessors; past them the loop reads its predecessors from `values` rather than
/// carrying them, so it has no dependency between iterations and GCC vectorises it (with SSE2 already).
template <unsigned Order>
void block_residuals(std::span<const std::int64_t> values, std::size_t start, std::span<std::uint64_t> out) {
    const auto* v = reinterpret_cast<const std::uint64_t*>(values.data());
    std::size_t i = start;  // index into values; out[i - start]
    for (; i < start + out.size() && i < Order; ++i) {
        out[i - start] = zigzag_encode(static_cast<std::int64_t>(
            v[i] - predict(Order, i, i >= 1 ? v[i - 1] : 0, i >= 2 ? v[i - 2] : 0)));
    }
    for (; i < start + out.size(); ++i) {
        std::uint64_t residual = v[i];
        if constexpr (Order == 1) residual -= v[i - 1];
        if constexpr (Order == 2) residual = residual - 2U * v[i - 1] + v[i - 2];
        out[i - start] = zigzag_encode(static_cast<std::int64_t>(residual));
    }
}

/// The residuals of predict(Order, …), zigzag-mapped, in bit-packed blocks; the order is a template argument so that
/// the loop does not branch on it.
template <unsigned Order>
void write_residuals(ByteWriter& out, std::span<const std::int64_t> values) {
    std::array<std::uint64_t, kPackedBlockValues> block{};
    for (std::size_t start = 0; start < values.size(); start += kPackedBlockValues) {
        const std::size_t count = std::min(kPackedBlockValues, values.size() - start);
        block_residuals<Order>(values, start, std::span(block).first(count));
        out.reserve(detail::packed_block_room(count));
        out.advance_to(detail::pack_block(out.cursor(), std::span(block).first(count)));
    }
}

template <typename T>
void encode_column(ByteWriter& out, std::span<const T> column, std::optional<T> sentinel, Scratch& scratch) {
    std::uint8_t transform = kTransformInteger;
    if constexpr (std::is_same_v<T, float>) {
        split_runs(column, sentinel, scratch.runs, scratch.floats);
        transform = choose_float_transform<T>(scratch.floats, scratch.values);
    } else if constexpr (std::is_same_v<T, double>) {
        split_runs(column, sentinel, scratch.runs, scratch.doubles);
        transform = choose_float_transform<T>(scratch.doubles, scratch.values);
    } else {
        split_runs(column, sentinel, scratch.runs, scratch.values);
    }
    const unsigned order = choose_order(scratch.values);
    out.byte(static_cast<std::uint8_t>(order | (static_cast<unsigned>(transform) << kTransformShift)));
    out.varint(scratch.runs.size());
    out.reserve(ByteWriter::kMaxVarintBytes * scratch.runs.size());
    for (const std::uint64_t run : scratch.runs) out.varint_unchecked(run);
    switch (order) {
        case 0: write_residuals<0>(out, scratch.values); break;
        case 1: write_residuals<1>(out, scratch.values); break;
        default: write_residuals<2>(out, scratch.values); break;
    }
}

template <typename T>
void check_length(const std::vector<T>& column, std::size_t expected, const char* name) {
    if (!column.empty() && column.size() != expected) {
        throw std::invalid_argument(
            fmt::format("sample column {} has {} points but time_ms has {}", name, column.size(), expected));
    }
}

// ---- decoding ------------------------------------------------------------------------------------------------

template <typename T>
bool convert(std::int64_t stored, std::uint8_t transform, T& out) {
    if constexpr (std::is_floating_point_v<T>) {
        if (transform == kTransformRawBits) {
            if constexpr (std::is_same_v<T, float>) {
                if (stored < 0 || stored > std::numeric_limits<std::uint32_t>::max()) return false;
            }
            out = from_raw_bits<T>(stored);
            return true;
        }
        if (transform < kTransformFirstDecimal || transform > kTransformFirstDecimal + kMaxDecimalExponent) return false;
        out = from_decimal<T>(stored, kPowersOfTen[static_cast<std::size_t>(transform - kTransformFirstDecimal)]);
        return true;
    } else {
        if (transform != kTransformInteger) return false;
        if constexpr (std::is_signed_v<T>) {
            if (stored < std::numeric_limits<T>::min() || stored > std::numeric_limits<T>::max()) return false;
        } else {
            if (stored < 0 || static_cast<std::uint64_t>(stored) > std::numeric_limits<T>::max()) return false;
        }
        out = static_cast<T>(stored);
        return true;
    }
}

/// Reads `present` residuals in the blob's format into scratch.residuals.
bool read_residuals(ByteReader& in, std::uint8_t format, std::size_t present, Scratch& scratch) {
    scratch.residuals.resize(present);
    if (format == kFormatVarintZstd) {
        for (std::uint64_t& residual : scratch.residuals) residual = in.varint();
        return !in.failed();
    }
    for (std::size_t start = 0; start < present; start += kPackedBlockValues) {
        const std::size_t count = std::min(kPackedBlockValues, present - start);
        if (!detail::unpack_block(in, std::span(scratch.residuals).subspan(start, count))) return false;
    }
    return true;
}

/// Fewest bytes `values` residuals can take: a varint each (format 1), a width byte per block (format 2). Checked
/// before allocating, so that a corrupt count cannot make us allocate more than a small multiple of the blob.
std::size_t least_bytes_for(std::uint8_t format, std::uint64_t values) {
    if (format == kFormatVarintZstd) return static_cast<std::size_t>(values);
    return static_cast<std::size_t>((values + kPackedBlockValues - 1) / kPackedBlockValues);
}

template <typename T>
bool decode_column(ByteReader& in, std::uint8_t format, std::size_t count, std::optional<T> sentinel,
                   std::vector<T>& out, Scratch& scratch) {
    const std::uint8_t mode = in.byte();
    const unsigned order = mode & kOrderMask;
    const auto transform = static_cast<std::uint8_t>(mode >> kTransformShift);
    if (order > 2) return false;

    const std::uint64_t run_count = in.varint();
    if (in.failed() || run_count == 0 || run_count > count + 1 || run_count > in.remaining()) return false;
    scratch.runs.resize(run_count);
    std::uint64_t total = 0;
    std::uint64_t present = 0;
    for (std::uint64_t r = 0; r < run_count; ++r) {
        const std::uint64_t run = in.varint();
        if (run > count - total) return false;
        scratch.runs[r] = run;
        total += run;
        if (r % 2 == 0) present += run;
    }
    if (in.failed() || total != count) return false;
    if (present != count && !sentinel.has_value()) return false;
    if (least_bytes_for(format, present) > in.remaining()) return false;
    if (!read_residuals(in, format, static_cast<std::size_t>(present), scratch)) return false;

    out.resize(count);
    std::size_t index = 0;
    std::size_t value_index = 0;
    std::uint64_t previous = 0;
    std::uint64_t before_previous = 0;
    for (std::uint64_t r = 0; r < run_count; ++r) {
        const std::uint64_t run = scratch.runs[r];
        if (r % 2 == 1) {
            for (std::uint64_t k = 0; k < run; ++k) out[index++] = *sentinel;
            continue;
        }
        for (std::uint64_t k = 0; k < run; ++k) {
            const auto residual = static_cast<std::uint64_t>(zigzag_decode(scratch.residuals[value_index]));
            const std::uint64_t value = residual + predict(order, value_index, previous, before_previous);
            before_previous = previous;
            previous = value;
            ++value_index;
            if (!convert(static_cast<std::int64_t>(value), transform, out[index++])) return false;
        }
    }
    return !in.failed();
}

util::Error corrupt(std::string what, std::optional<std::uint64_t> offset = {}) {
    return util::Error(util::ErrorCode::data_bad_samples, util::SourcePos{"samples blob", {}, {}, offset},
                       std::move(what));
}

}  // namespace

std::size_t sample_bytes(const domain::SampleStream& s) {
    return s.time_ms.size() * sizeof(std::int64_t) + s.lat_e7.size() * sizeof(std::int32_t) +
           s.lon_e7.size() * sizeof(std::int32_t) + s.altitude_m.size() * sizeof(float) +
           s.distance_m.size() * sizeof(float) + s.speed_mps.size() * sizeof(float) +
           s.heart_rate_bpm.size() * sizeof(std::uint8_t) + s.cadence_rpm.size() * sizeof(std::uint8_t) +
           s.power_w.size() * sizeof(std::uint16_t);
}

EncodedSamples encode_samples(const domain::SampleStream& samples, std::span<const double> rr_intervals_s) {
    using domain::SampleStream;
    namespace col = sample_column;
    const std::size_t n = samples.time_ms.size();
    check_length(samples.lat_e7, n, "lat_e7");
    check_length(samples.lon_e7, n, "lon_e7");
    check_length(samples.altitude_m, n, "altitude_m");
    check_length(samples.distance_m, n, "distance_m");
    check_length(samples.speed_mps, n, "speed_mps");
    check_length(samples.heart_rate_bpm, n, "heart_rate_bpm");
    check_length(samples.cadence_rpm, n, "cadence_rpm");
    check_length(samples.power_w, n, "power_w");
    if (n > std::numeric_limits<std::uint32_t>::max() || rr_intervals_s.size() > std::numeric_limits<std::uint32_t>::max()) {
        throw std::invalid_argument("sample stream too long to store");
    }

    EncodedSamples encoded;
    encoded.point_count = static_cast<std::uint32_t>(n);
    encoded.rr_count = static_cast<std::uint32_t>(rr_intervals_s.size());
    auto flag = [&](bool present, std::uint32_t bit) {
        if (present) encoded.column_mask |= bit;
    };
    flag(n > 0, col::kTime);
    flag(!samples.lat_e7.empty(), col::kLatitude);
    flag(!samples.lon_e7.empty(), col::kLongitude);
    flag(!samples.altitude_m.empty(), col::kAltitude);
    flag(!samples.distance_m.empty(), col::kDistance);
    flag(!samples.speed_mps.empty(), col::kSpeed);
    flag(!samples.heart_rate_bpm.empty(), col::kHeartRate);
    flag(!samples.cadence_rpm.empty(), col::kCadence);
    flag(!samples.power_w.empty(), col::kPower);
    flag(!rr_intervals_s.empty(), col::kRrIntervals);
    if (encoded.column_mask == 0) return encoded;

    thread_local Scratch scratch;
    // Written from the start of the per-thread buffer, which keeps its size between streams (see ByteWriter).
    ByteWriter out(scratch.payload, 0);
    out.byte(kFormatPacked);
    out.varint(n);
    out.varint(encoded.column_mask);
    auto column = [&]<typename T>(const std::vector<T>& values, std::optional<T> sentinel) {
        if (!values.empty()) encode_column<T>(out, values, sentinel, scratch);
    };
    // Points without a time (kNoTime) are a missing run like any channel's; a stream where every point has a time
    // has one present run, so its bytes are those of the streams stored before time could be missing.
    column(samples.time_ms, std::optional{SampleStream::kNoTime});
    column(samples.lat_e7, std::optional{SampleStream::kNoPosition});
    column(samples.lon_e7, std::optional{SampleStream::kNoPosition});
    column(samples.altitude_m, std::optional{SampleStream::kNoValue});
    column(samples.distance_m, std::optional{SampleStream::kNoValue});
    column(samples.speed_mps, std::optional{SampleStream::kNoValue});
    column(samples.heart_rate_bpm, std::optional{SampleStream::kNoHeartRate});
    column(samples.cadence_rpm, std::optional{SampleStream::kNoCadence});
    column(samples.power_w, std::optional{SampleStream::kNoPower});
    if (!rr_intervals_s.empty()) {
        out.varint(rr_intervals_s.size());
        encode_column<double>(out, rr_intervals_s, std::nullopt, scratch);
    }

    // Copy out exactly the bytes written: the scratch buffer keeps its (larger) size for the next stream.
    const auto* first = reinterpret_cast<const std::byte*>(scratch.payload.data());
    encoded.blob.assign(first, first + out.size());
    return encoded;
}

util::Result<DecodedSamples> decode_samples(std::span<const std::byte> blob) {
    using domain::SampleStream;
    namespace col = sample_column;
    DecodedSamples decoded;
    if (blob.empty()) return decoded;
    const auto format = std::to_integer<std::uint8_t>(blob[0]);
    if (format != kFormatVarintZstd && format != kFormatPacked) {
        return corrupt(fmt::format("unknown sample format version {} (this build reads versions {} and {})", format,
                                   kFormatVarintZstd, kFormatPacked),
                       0);
    }
    thread_local Scratch scratch;
    std::span<const std::uint8_t> payload(reinterpret_cast<const std::uint8_t*>(blob.data()) + 1, blob.size() - 1);
    if (format == kFormatVarintZstd) {
        const unsigned long long content_size = ZSTD_getFrameContentSize(payload.data(), payload.size());
        if (content_size == ZSTD_CONTENTSIZE_ERROR || content_size == ZSTD_CONTENTSIZE_UNKNOWN ||
            content_size > kMaxPayloadBytes) {
            return corrupt("invalid zstd frame header", 1);
        }
        scratch.payload.resize(static_cast<std::size_t>(content_size));
        thread_local ZstdDecompressContext zstd;
        const std::size_t got = ZSTD_decompressDCtx(zstd.context, scratch.payload.data(), scratch.payload.size(),
                                                    payload.data(), payload.size());
        if (ZSTD_isError(got) != 0U || got != content_size) {
            return corrupt(fmt::format("zstd frame does not decompress: {}",
                                       ZSTD_isError(got) != 0U ? ZSTD_getErrorName(got) : "size mismatch"),
                           1);
        }
        payload = scratch.payload;
    }

    ByteReader in(payload);
    const std::uint64_t n = in.varint();
    const std::uint64_t mask = in.varint();
    constexpr std::uint64_t kKnownColumns = (std::uint64_t{col::kRrIntervals} << 1U) - 1U;
    // The time column is there whenever there are points (its missing runs are the points without a time, which
    // still have a position), so the point count is bounded by the bytes left.
    if (in.failed() || least_bytes_for(format, n) > in.remaining() || (mask & ~kKnownColumns) != 0 ||
        ((mask & col::kTime) != 0) != (n > 0)) {
        return corrupt("invalid sample header", in.position());
    }
    const auto count = static_cast<std::size_t>(n);
    SampleStream& s = decoded.samples;
    bool ok = true;
    auto column = [&]<typename T>(std::uint32_t bit, std::vector<T>& values, std::optional<T> sentinel) {
        if (ok && (mask & bit) != 0) ok = decode_column<T>(in, format, count, sentinel, values, scratch);
    };
    column(col::kTime, s.time_ms, std::optional{SampleStream::kNoTime});
    column(col::kLatitude, s.lat_e7, std::optional{SampleStream::kNoPosition});
    column(col::kLongitude, s.lon_e7, std::optional{SampleStream::kNoPosition});
    column(col::kAltitude, s.altitude_m, std::optional{SampleStream::kNoValue});
    column(col::kDistance, s.distance_m, std::optional{SampleStream::kNoValue});
    column(col::kSpeed, s.speed_mps, std::optional{SampleStream::kNoValue});
    column(col::kHeartRate, s.heart_rate_bpm, std::optional{SampleStream::kNoHeartRate});
    column(col::kCadence, s.cadence_rpm, std::optional{SampleStream::kNoCadence});
    column(col::kPower, s.power_w, std::optional{SampleStream::kNoPower});
    if (ok && (mask & col::kRrIntervals) != 0) {
        const std::uint64_t rr_count = in.varint();
        ok = !in.failed() && rr_count > 0 && least_bytes_for(format, rr_count) <= in.remaining() &&
             decode_column<double>(in, format, static_cast<std::size_t>(rr_count), std::nullopt,
                                   decoded.rr_intervals_s, scratch);
    }
    if (!ok) return corrupt("corrupt sample column", in.position());
    if (in.remaining() != 0) return corrupt("trailing bytes after the sample columns", in.position());
    return decoded;
}

}  // namespace ironstride::store
