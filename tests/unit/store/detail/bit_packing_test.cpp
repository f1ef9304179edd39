#include "ironstride/store/detail/bit_packing.hpp"

#include <cstdint>
#include <random>
#include <span>
#include <vector>

#include <gtest/gtest.h>

namespace ironstride::store::detail {
namespace {

/// Packs `values` into a buffer with exactly the room pack_block asks for and returns the bytes it wrote.
std::vector<std::uint8_t> pack(const std::vector<std::uint64_t>& values) {
    std::vector<std::uint8_t> buffer(packed_block_room(values.size()), 0xAA);  // non-zero: scratch must not leak
    const std::uint8_t* end = pack_block(buffer.data(), values);
    buffer.resize(static_cast<std::size_t>(end - buffer.data()));
    return buffer;
}

// Every width a block can take (0 … 64), with full and partial blocks and the largest value of each width, so that
// values straddle every position of the 64-bit words on both sides. Full blocks (128 values) go through the
// fixed-width packers, partial ones through the generic loop; unpack_block reads both with one generic loop.
TEST(BitPacking, EveryWidthAndBlockLengthRoundTrips) {
    std::mt19937_64 random(17);
    for (unsigned width = 0; width <= 64; ++width) {
        const std::uint64_t largest = width == 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << width) - 1U;
        for (const std::size_t count : {std::size_t{1}, std::size_t{7}, std::size_t{63}, kPackedBlockValues}) {
            SCOPED_TRACE(::testing::Message() << "width " << width << ", " << count << " values");
            std::vector<std::uint64_t> values(count);
            for (std::uint64_t& value : values) value = random() & largest;
            values[count / 2] = largest;  // the block's width is exactly `width`
            const std::vector<std::uint8_t> packed = pack(values);
            ASSERT_EQ(packed.size(), 1 + (count * width + 7) / 8);
            EXPECT_EQ(packed[0], width);

            ByteReader in(packed);
            std::vector<std::uint64_t> unpacked(count, 12345);
            ASSERT_TRUE(unpack_block(in, unpacked));
            EXPECT_EQ(in.remaining(), 0U);
            EXPECT_EQ(unpacked, values);
        }
    }
}

TEST(BitPacking, AWidthAbove64OrMissingBytesIsRefused) {
    std::vector<std::uint64_t> out(4);
    const std::vector<std::uint8_t> too_wide{65, 0, 0, 0};
    ByteReader wide(too_wide);
    EXPECT_FALSE(unpack_block(wide, out));

    const std::vector<std::uint8_t> packed = pack({1, 2, 3, 4});  // width 3: 2 bytes of bits
    ByteReader cut(std::span<const std::uint8_t>(packed).first(packed.size() - 1));
    EXPECT_FALSE(unpack_block(cut, out));
    EXPECT_TRUE(cut.failed());
}

}  // namespace
}  // namespace ironstride::store::detail
