#pragma once

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>
#include <utility>

#include "ironstride/store/detail/varint.hpp"

namespace ironstride::store::detail {

/// Values per bit-packed block: small enough that one outlier (a GPS jump) widens only its own block, large enough
/// that the width byte costs under 1 % and a constant column (1 Hz time after prediction: all zeros) costs one byte
/// per 128 points.
inline constexpr std::size_t kPackedBlockValues = 128;

/// Bytes pack_block may write for `count` values (the width byte, the bits, and one word of scratch past them).
[[nodiscard]] constexpr std::size_t packed_block_room(std::size_t count) noexcept { return 1 + 8 * count + 8; }

namespace bit_packing_detail {

inline void store_le64(std::uint8_t* out, std::uint64_t value) noexcept {
    if constexpr (std::endian::native == std::endian::little) {
        std::memcpy(out, &value, sizeof value);
    } else {
        for (unsigned i = 0; i < 8; ++i) out[i] = static_cast<std::uint8_t>(value >> (8U * i));
    }
}

inline std::uint64_t load_le64(const std::uint8_t* in) noexcept {
    std::uint64_t value = 0;
    if constexpr (std::endian::native == std::endian::little) {
        std::memcpy(&value, in, sizeof value);
    } else {
        for (unsigned i = 0; i < 8; ++i) value |= static_cast<std::uint64_t>(in[i]) << (8U * i);
    }
    return value;
}

/// Packs a full block of kPackedBlockValues values of width W into 2·W little-endian words. W is a template argument
/// so that every word index and shift is a constant: the fold below unrolls into straight-line code without the
/// generic loop's carried bit counter and branch. Measured with bench/store_bench.cpp BM_EncodeSamples: this and
/// the branch-free residual loop in sample_codec.cpp took the encoder from 94 to 61 us per hour of 1 Hz samples.
template <unsigned W>
void pack_full_block(std::uint8_t* out, const std::uint64_t* values) noexcept {
    constexpr std::size_t kWords = 2 * W;
    std::array<std::uint64_t, kWords> words{};
    [&]<std::size_t... I>(std::index_sequence<I...>) {
        (
            [&] {
                constexpr std::size_t kBit = I * W;
                constexpr unsigned kShift = kBit % 64;
                words[kBit / 64] |= values[I] << kShift;
                if constexpr (kShift + W > 64) words[kBit / 64 + 1] |= values[I] >> (64 - kShift);
            }(),
            ...);
    }(std::make_index_sequence<kPackedBlockValues>{});
    for (std::size_t k = 0; k < kWords; ++k) bit_packing_detail::store_le64(out + 8 * k, words[k]);
}

using FullBlockPacker = void (*)(std::uint8_t*, const std::uint64_t*) noexcept;

/// pack_full_block<W> for W = 1 … 64, indexed by W − 1.
inline constexpr auto kFullBlockPackers = []<unsigned... W>(std::integer_sequence<unsigned, W...>) {
    return std::array<FullBlockPacker, sizeof...(W)>{&pack_full_block<W + 1>...};
}(std::make_integer_sequence<unsigned, 64>{});

}  // namespace bit_packing_detail

/// Writes up to kPackedBlockValues values as one block: a width byte w (0 … 64, the bit width of the largest value),
/// then every value in w bits, least significant bit first, in ceil(count · w / 8) bytes. Returns the position after
/// the block. Precondition: `out` has packed_block_room(values.size()) bytes.
///
/// Why not varints plus zstd (sample format 1): encoding the 2,000-file archive's streams costs half as much CPU and
/// they grow by about 8 % (docs/database.md, bench/README.md), because prediction has already left small residuals
/// whose spread barely changes within a block; entropy coding them again mostly paid for its own work.
[[nodiscard]] inline std::uint8_t* pack_block(std::uint8_t* out, std::span<const std::uint64_t> values) noexcept {
    std::uint64_t any_bits = 0;
    for (const std::uint64_t value : values) any_bits |= value;
    const auto width = static_cast<unsigned>(std::bit_width(any_bits));
    *out++ = static_cast<std::uint8_t>(width);
    if (width == 0) return out;
    if (values.size() == kPackedBlockValues) {
        // Every block but a column's last one: 128 · w bits fill exactly 2 · w words.
        bit_packing_detail::kFullBlockPackers[width - 1](out, values.data());
        return out + kPackedBlockValues * width / 8;
    }
    std::uint64_t word = 0;
    unsigned filled = 0;  // bits of `word` in use, always < 64 between values
    for (const std::uint64_t value : values) {
        word |= value << filled;
        filled += width;
        if (filled >= 64) {
            bit_packing_detail::store_le64(out, word);
            out += 8;
            filled -= 64;
            // The bits of `value` that did not fit; a shift by 64 would be undefined, hence the test.
            word = filled != 0 ? value >> (width - filled) : 0;
        }
    }
    bit_packing_detail::store_le64(out, word);
    return out + (filled + 7) / 8;
}

/// Reads one block that pack_block wrote for `out.size()` values. False (and nothing promised about `out`) when the
/// width is above 64 or the bytes run out.
[[nodiscard]] inline bool unpack_block(ByteReader& in, std::span<std::uint64_t> out) noexcept {
    const unsigned width = in.byte();
    if (in.failed() || width > 64 || out.size() > kPackedBlockValues) return false;
    if (width == 0) {
        std::fill(out.begin(), out.end(), 0);
        return true;
    }
    const std::span<const std::uint8_t> bits = in.take((out.size() * width + 7) / 8);
    if (in.failed()) return false;
    // A zero-padded copy, so that every value is read with unaligned word loads and no bounds test.
    std::array<std::uint8_t, kPackedBlockValues * 8 + 16> padded{};
    std::copy(bits.begin(), bits.end(), padded.begin());
    const std::uint64_t mask = width == 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << width) - 1U;
    std::size_t bit = 0;
    for (std::uint64_t& value : out) {
        const std::size_t byte = bit / 8;
        const unsigned shift = bit % 8;
        std::uint64_t word = bit_packing_detail::load_le64(padded.data() + byte) >> shift;
        if (shift + width > 64) word |= static_cast<std::uint64_t>(padded[byte + 8]) << (64U - shift);
        value = word & mask;
        bit += width;
    }
    return true;
}

}  // namespace ironstride::store::detail
