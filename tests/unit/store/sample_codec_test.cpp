#include "ironstride/store/sample_codec.hpp"

#include <bit>
#include <cstring>
#include <fstream>
#include <iterator>
#include <cmath>
#include <limits>
#include <random>
#include <stdexcept>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "support/test_support.hpp"
#include "unit/store/synthetic_activity.hpp"

namespace ironstride::store {
namespace {

using domain::SampleStream;

/// Bit patterns, so that NaN payloads and -0.0 compare exactly.
template <typename T>
std::vector<std::uint64_t> bits_of(const std::vector<T>& values) {
    std::vector<std::uint64_t> bits;
    bits.reserve(values.size());
    for (const T value : values) {
        if constexpr (std::is_same_v<T, float>) {
            bits.push_back(std::bit_cast<std::uint32_t>(value));
        } else if constexpr (std::is_same_v<T, double>) {
            bits.push_back(std::bit_cast<std::uint64_t>(value));
        } else {
            bits.push_back(static_cast<std::uint64_t>(value));
        }
    }
    return bits;
}

void expect_identical(const SampleStream& expected, const SampleStream& actual) {
    EXPECT_EQ(bits_of(expected.time_ms), bits_of(actual.time_ms));
    EXPECT_EQ(bits_of(expected.lat_e7), bits_of(actual.lat_e7));
    EXPECT_EQ(bits_of(expected.lon_e7), bits_of(actual.lon_e7));
    EXPECT_EQ(bits_of(expected.altitude_m), bits_of(actual.altitude_m));
    EXPECT_EQ(bits_of(expected.distance_m), bits_of(actual.distance_m));
    EXPECT_EQ(bits_of(expected.speed_mps), bits_of(actual.speed_mps));
    EXPECT_EQ(bits_of(expected.heart_rate_bpm), bits_of(actual.heart_rate_bpm));
    EXPECT_EQ(bits_of(expected.cadence_rpm), bits_of(actual.cadence_rpm));
    EXPECT_EQ(bits_of(expected.power_w), bits_of(actual.power_w));
}

DecodedSamples round_trip(const SampleStream& samples, const std::vector<double>& rr = {}) {
    const EncodedSamples encoded = encode_samples(samples, rr);
    EXPECT_EQ(encoded.point_count, samples.size());
    EXPECT_EQ(encoded.rr_count, rr.size());
    auto decoded = decode_samples(encoded.blob);
    EXPECT_TRUE(decoded.ok()) << (decoded.ok() ? "" : decoded.error().to_string());
    if (!decoded.ok()) return {};
    expect_identical(samples, decoded->samples);
    EXPECT_EQ(bits_of(rr), bits_of(decoded->rr_intervals_s));
    return std::move(decoded).value();
}

/// A random stream that mixes every hard case: columns present or absent, runs of sentinels, smooth and
/// random-walk values, full-range random bits (NaN payloads, infinities, -0.0, subnormals), extreme integers.
SampleStream random_stream(std::mt19937_64& random, std::size_t n) {
    SampleStream s;
    auto coin = [&](unsigned one_in) { return random() % one_in == 0; };
    std::int64_t t = static_cast<std::int64_t>(random() % 1'000'000) - 500'000;
    const bool extreme_time = coin(8);
    for (std::size_t i = 0; i < n; ++i) {
        if (extreme_time) {
            t = static_cast<std::int64_t>(random());  // any int64, so differences wrap around
        } else {
            t += static_cast<std::int64_t>(random() % 3000);
        }
        s.time_ms.push_back(t);
    }
    // Each column is absent, smooth with sentinel runs, or random bits.
    auto fill = [&]<typename T>(std::vector<T>& column, T sentinel, auto smooth, auto any) {
        const unsigned kind = static_cast<unsigned>(random() % 3);
        if (kind == 0) return;
        bool missing = false;
        for (std::size_t i = 0; i < n; ++i) {
            if (coin(50)) missing = !missing;
            if (missing) {
                column.push_back(sentinel);
            } else {
                column.push_back(kind == 1 ? smooth(i) : any());
            }
        }
    };
    fill(s.lat_e7, SampleStream::kNoPosition,
         [&](std::size_t i) { return static_cast<std::int32_t>(473'700'000 + static_cast<std::int64_t>(i) * 17); },
         [&] { return static_cast<std::int32_t>(static_cast<std::uint32_t>(random())); });
    fill(s.lon_e7, SampleStream::kNoPosition,
         [&](std::size_t i) { return static_cast<std::int32_t>(-854'000'000 - static_cast<std::int64_t>(i) * 23); },
         [&] { return static_cast<std::int32_t>(static_cast<std::uint32_t>(random())); });
    auto random_float = [&] { return std::bit_cast<float>(static_cast<std::uint32_t>(random())); };
    fill(s.altitude_m, SampleStream::kNoValue,
         [&](std::size_t i) { return static_cast<float>(static_cast<double>(2000 + i % 400) / 5.0 - 500.0); },
         random_float);
    fill(s.distance_m, SampleStream::kNoValue,
         [&](std::size_t i) { return static_cast<float>(static_cast<double>(i * 287) / 100.0); }, random_float);
    fill(s.speed_mps, SampleStream::kNoValue,
         [&](std::size_t i) { return static_cast<float>(i % 7) * 0.37f + 1.0f / 3.0f; }, random_float);
    fill(s.heart_rate_bpm, SampleStream::kNoHeartRate,
         [&](std::size_t i) { return static_cast<std::uint8_t>(120 + i % 40); },
         [&] { return static_cast<std::uint8_t>(random()); });
    fill(s.cadence_rpm, SampleStream::kNoCadence, [&](std::size_t i) { return static_cast<std::uint8_t>(80 + i % 9); },
         [&] { return static_cast<std::uint8_t>(random()); });
    fill(s.power_w, SampleStream::kNoPower, [&](std::size_t i) { return static_cast<std::uint16_t>(200 + i % 90); },
         [&] { return static_cast<std::uint16_t>(random()); });
    return s;
}

TEST(SampleCodec, EmptyStreamIsAnEmptyBlob) {
    const EncodedSamples encoded = encode_samples(SampleStream{});
    EXPECT_TRUE(encoded.blob.empty());
    EXPECT_EQ(encoded.column_mask, 0U);
    const auto decoded = decode_samples({});
    ASSERT_TRUE(decoded.ok());
    EXPECT_TRUE(decoded->samples.empty());
    EXPECT_TRUE(decoded->rr_intervals_s.empty());
}

TEST(SampleCodec, OnePointWithEveryColumn) {
    SampleStream s;
    s.time_ms = {0};
    s.lat_e7 = {-900'000'000};
    s.lon_e7 = {1'800'000'000};
    s.altitude_m = {-12.4f};
    s.distance_m = {0.0f};
    s.speed_mps = {3.217f};
    s.heart_rate_bpm = {255};
    s.cadence_rpm = {0};
    s.power_w = {0};
    const DecodedSamples decoded = round_trip(s);
    EXPECT_EQ(decoded.samples.size(), 1U);
    EXPECT_EQ(encode_samples(s).column_mask, (sample_column::kRrIntervals - 1U));
}

TEST(SampleCodec, AbsentColumnsStayAbsentAndAreNotInTheMask) {
    SampleStream s;
    s.time_ms = {0, 1000, 2000};
    s.heart_rate_bpm = {100, 101, 0};
    const EncodedSamples encoded = encode_samples(s);
    EXPECT_EQ(encoded.column_mask, sample_column::kTime | sample_column::kHeartRate);
    const DecodedSamples decoded = round_trip(s);
    EXPECT_TRUE(decoded.samples.lat_e7.empty());
    EXPECT_TRUE(decoded.samples.altitude_m.empty());
    EXPECT_TRUE(decoded.samples.power_w.empty());
}

TEST(SampleCodec, SentinelsAndSpecialFloatsSurviveExactly) {
    SampleStream s;
    s.time_ms = {0, 1000, 2000, 3000, 4000, 5000, 6000};
    s.lat_e7 = {SampleStream::kNoPosition, SampleStream::kNoPosition, 1, -1, SampleStream::kNoPosition,
                std::numeric_limits<std::int32_t>::max(), SampleStream::kNoPosition};
    s.lon_e7 = std::vector<std::int32_t>(7, SampleStream::kNoPosition);  // a column of sentinels only
    const float signalling = std::bit_cast<float>(0x7FA00001U);
    const float negative_nan = std::bit_cast<float>(0xFFC00000U);
    s.altitude_m = {SampleStream::kNoValue, -0.0f, 0.0f, signalling, negative_nan,
                    std::numeric_limits<float>::infinity(), std::numeric_limits<float>::denorm_min()};
    s.distance_m = {0.0f, 1.5f, SampleStream::kNoValue, SampleStream::kNoValue, 3.25f, 1e30f, -1e-30f};
    s.speed_mps = std::vector<float>(7, SampleStream::kNoValue);
    s.heart_rate_bpm = {0, 0, 60, 0, 255, 1, 0};
    s.cadence_rpm = {0xFF, 0, 0xFE, 0xFF, 0xFF, 90, 0xFF};
    s.power_w = {0xFFFF, 0, 0xFFFE, 0xFFFF, 1000, 0xFFFF, 0xFFFF};
    round_trip(s);
}

// The encoder scans for gaps 32 values at a time; a gap at either end of a column, at a chunk's first or last value,
// or a column of gaps only must give back the same points.
TEST(SampleCodec, GapsAtEveryPositionAroundTheScanChunksSurvive) {
    for (const std::size_t n : {std::size_t{1}, std::size_t{31}, std::size_t{32}, std::size_t{33}, std::size_t{65},
                                std::size_t{130}}) {
        for (std::size_t gap_at = 0; gap_at < n; ++gap_at) {
            for (const std::size_t gap_length : {std::size_t{1}, std::size_t{2}, std::size_t{40}, n}) {
                SCOPED_TRACE(::testing::Message() << n << " points, gap of " << gap_length << " at " << gap_at);
                SampleStream s;
                for (std::size_t i = 0; i < n; ++i) {
                    const bool missing = i >= gap_at && i < gap_at + gap_length;
                    s.time_ms.push_back(static_cast<std::int64_t>(i) * 1000);
                    s.lat_e7.push_back(missing ? SampleStream::kNoPosition : 515'000'000 + static_cast<std::int32_t>(i));
                    s.altitude_m.push_back(missing ? SampleStream::kNoValue : 12.5f + static_cast<float>(i) * 0.2f);
                    s.heart_rate_bpm.push_back(missing ? SampleStream::kNoHeartRate : static_cast<std::uint8_t>(120 + i % 50));
                }
                round_trip(s);
            }
        }
    }
}

TEST(SampleCodec, ExtremeTimesWrapWithoutLoss) {
    SampleStream s;
    s.time_ms = {std::numeric_limits<std::int64_t>::min(), std::numeric_limits<std::int64_t>::max(), 0,
                 std::numeric_limits<std::int64_t>::min(), -1, std::numeric_limits<std::int64_t>::max()};
    round_trip(s);
}

TEST(SampleCodec, RandomStreamsRoundTripExactly) {
    std::mt19937_64 random(20240501);
    for (int iteration = 0; iteration < 300; ++iteration) {
        const std::size_t n = iteration % 10 == 0 ? random() % 3 : random() % 3000;
        const SampleStream s = random_stream(random, n);
        std::vector<double> rr;
        if (random() % 2 == 0) {
            const std::size_t count = random() % 500 + 1;
            for (std::size_t i = 0; i < count; ++i) {
                rr.push_back(random() % 4 == 0 ? std::bit_cast<double>(random())
                                               : static_cast<double>(300 + random() % 900) / 1000.0);
            }
        }
        SCOPED_TRACE(::testing::Message() << "iteration " << iteration << ", " << n << " points");
        round_trip(s, rr);
        if (::testing::Test::HasFailure()) break;
    }
}

TEST(SampleCodec, LongRealisticStreamRoundTrips) {
    round_trip(ironstride::testing::synthetic_run({.duration_s = 6 * 3600, .seed = 7, .power = true}));
}

// Columns whose values span 0 to 64 bits, through the whole codec (order choice, zigzag, blocks of any width up to
// 64, a last block shorter than 128). detail/bit_packing_test.cpp covers each block width exactly.
TEST(SampleCodec, ResidualsOfEveryBitWidthRoundTrip) {
    std::mt19937_64 random(9);
    for (unsigned width = 0; width <= 64; ++width) {
        SCOPED_TRACE(width);
        SampleStream s;
        const std::size_t n = 100 + random() % 300;
        std::int64_t t = 0;
        for (std::size_t i = 0; i < n; ++i) {
            const std::uint64_t bits = width == 0 ? 0 : (random() >> (64U - width));
            t = static_cast<std::int64_t>(bits);
            s.time_ms.push_back(t);
        }
        round_trip(s);
    }
}

std::vector<std::byte> read_blob(const std::string& name) {
    std::ifstream in(ironstride::testing::test_data("store/" + name), std::ios::binary);
    const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    std::vector<std::byte> blob(bytes.size());
    std::memcpy(blob.data(), bytes.data(), bytes.size());
    return blob;
}

// The stored format is a contract with every database already written: the encoder must keep producing exactly these
// bytes for this stream. If a change to the encoder makes this fail, the change needs a new format version (and the
// decoder must keep reading format 2), not a new golden file.
TEST(SampleCodec, Format2BytesAreStable) {
    const SampleStream run = ironstride::testing::synthetic_run({.duration_s = 900, .seed = 11, .power = true});
    const std::vector<double> rr{0.801, 0.799, 0.812, 1.0 / 3.0};
    const std::vector<std::byte> golden = read_blob("samples-v2-run.bin");
    ASSERT_EQ(golden.at(0), std::byte{2});
    EXPECT_TRUE(encode_samples(run, rr).blob == golden);
    const auto decoded = decode_samples(golden);
    ASSERT_TRUE(decoded.ok()) << decoded.error().to_string();
    expect_identical(run, decoded->samples);
    EXPECT_EQ(bits_of(decoded->rr_intervals_s), bits_of(rr));
}

// Databases written before the switch to bit-packed residuals hold format 1 blobs (varints in a zstd frame). These
// two were written by that encoder (commit 962aaa3) from the streams regenerated here; they must still read back bit
// for bit.
TEST(SampleCodec, Format1BlobsOfEarlierDatabasesStillDecode) {
    const std::vector<std::byte> run_blob = read_blob("samples-v1-run.bin");
    ASSERT_EQ(run_blob.at(0), std::byte{1});
    const auto run = decode_samples(run_blob);
    ASSERT_TRUE(run.ok()) << run.error().to_string();
    expect_identical(ironstride::testing::synthetic_run({.duration_s = 900, .seed = 11, .power = true}), run->samples);
    EXPECT_EQ(bits_of(run->rr_intervals_s), bits_of(std::vector<double>{0.801, 0.799, 0.812, 1.0 / 3.0}));

    const std::vector<std::byte> hard_blob = read_blob("samples-v1-hard.bin");
    ASSERT_EQ(hard_blob.at(0), std::byte{1});
    const auto hard = decode_samples(hard_blob);
    ASSERT_TRUE(hard.ok()) << hard.error().to_string();
    std::mt19937_64 random(2024);
    expect_identical(random_stream(random, 700), hard->samples);
}

TEST(SampleCodec, RrIntervalsAloneRoundTrip) {
    const std::vector<double> rr = {0.801, 0.799, 0.812, 1.0 / 3.0, 0.0, -0.0};
    const EncodedSamples encoded = encode_samples(SampleStream{}, rr);
    EXPECT_EQ(encoded.column_mask, sample_column::kRrIntervals);
    round_trip(SampleStream{}, rr);
}

// The storage budget: a 10-year archive must be a fraction of its raw size. On a 1 Hz run with GPS noise
// (the shape of shared/tools/gen-fit-archive's runs), the stored stream is under a quarter of the bytes the FIT
// record messages take (about 20 %), and under a fifth of the in-memory columns (about 18 %). GPS noise bounds it:
// a second difference of ±70 units of 1e-7 degree is about a byte of entropy per coordinate.
TEST(SampleCodec, RealisticRunCompressesBelowAQuarterOfFitRecordBytes) {
    for (const std::uint64_t seed : {1U, 2U, 3U}) {
        const ironstride::testing::SyntheticRunOptions options{.duration_s = 3600, .seed = seed};
        const SampleStream s = ironstride::testing::synthetic_run(options);
        const EncodedSamples encoded = encode_samples(s);
        const double fit_bytes = static_cast<double>(s.size() * ironstride::testing::fit_record_bytes(options));
        const double ratio = static_cast<double>(encoded.blob.size()) / fit_bytes;
        RecordProperty(fmt::format("ratio_seed_{}", seed), std::to_string(ratio));
        EXPECT_LT(ratio, 0.25) << encoded.blob.size() << " bytes for " << s.size() << " points";
        EXPECT_LT(static_cast<double>(encoded.blob.size()), 0.20 * static_cast<double>(sample_bytes(s)));
    }
}

TEST(SampleCodec, ColumnOfWrongLengthIsRefused) {
    SampleStream s;
    s.time_ms = {0, 1000};
    s.heart_rate_bpm = {120};
    EXPECT_THROW((void)encode_samples(s), std::invalid_argument);
}

TEST(SampleCodec, UnknownVersionIsAFailure) {
    SampleStream s;
    s.time_ms = {0, 1000};
    EncodedSamples encoded = encode_samples(s);
    encoded.blob[0] = std::byte{99};
    const auto decoded = decode_samples(encoded.blob);
    ASSERT_FALSE(decoded.ok());
    EXPECT_NE(decoded.error().message().find("version 99"), std::string::npos) << decoded.error().message();
}

TEST(SampleCodec, TruncatedBlobsAreFailures) {
    const SampleStream s = ironstride::testing::synthetic_run({.duration_s = 600});
    const EncodedSamples encoded = encode_samples(s);
    for (std::size_t size = 1; size < encoded.blob.size(); size += 1 + size / 8) {
        const auto decoded = decode_samples(std::span(encoded.blob).first(size));
        EXPECT_FALSE(decoded.ok()) << "truncated to " << size;
    }
}

TEST(SampleCodec, CorruptBlobsNeverCrash) {
    // Flipped bytes either fail to decode or decode to some stream; never read out of bounds (ASan) or hang.
    const SampleStream s = ironstride::testing::synthetic_run({.duration_s = 300});
    const EncodedSamples encoded = encode_samples(s);
    std::mt19937_64 random(5);
    int failures = 0;
    for (int iteration = 0; iteration < 500; ++iteration) {
        std::vector<std::byte> blob = encoded.blob;
        const std::size_t position = 1 + random() % (blob.size() - 1);
        blob[position] ^= std::byte{static_cast<unsigned char>(1U + random() % 255U)};
        if (!decode_samples(blob).ok()) ++failures;
    }
    EXPECT_GT(failures, 0);
}

}  // namespace
}  // namespace ironstride::store
