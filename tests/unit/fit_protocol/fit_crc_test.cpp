#include "ironstride/fit_protocol/fit_crc.hpp"

#include <cstddef>
#include <cstdint>
#include <random>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

namespace ironstride::fit_protocol {
namespace {

std::vector<std::byte> bytes_of(std::string_view text) {
    std::vector<std::byte> out;
    for (const char c : text) out.push_back(static_cast<std::byte>(c));
    return out;
}

std::vector<std::byte> random_bytes(std::size_t n, std::uint32_t seed) {
    std::mt19937 engine{seed};
    std::uniform_int_distribution<int> octet{0, 255};
    std::vector<std::byte> out(n);
    for (auto& b : out) b = static_cast<std::byte>(octet(engine));
    return out;
}

// CRC-16/ARC check value (the catalogue's "123456789" test vector), which the FIT CRC is.
TEST(FitCrc, MatchesTheCrc16ArcCheckValue) {
    const auto input = bytes_of("123456789");
    EXPECT_EQ(crc16(input), 0xBB3D);
    EXPECT_EQ(crc16_reference(input), 0xBB3D);
}

TEST(FitCrc, EmptyInputKeepsTheStartValue) {
    EXPECT_EQ(crc16({}), 0);
    EXPECT_EQ(crc16({}, 0x1234), 0x1234);
}

TEST(FitCrc, SlicedVersionAgreesWithTheProtocolDocumentTableForEveryLength) {
    const auto data = random_bytes(300, 7);
    for (std::size_t length = 0; length <= data.size(); ++length) {
        const std::span<const std::byte> part{data.data(), length};
        ASSERT_EQ(crc16(part), crc16_reference(part)) << "length " << length;
    }
}

TEST(FitCrc, CanBeComputedInPieces) {
    const auto data = random_bytes(1000, 11);
    const std::uint16_t whole = crc16(data);
    for (const std::size_t split : {std::size_t{1}, std::size_t{7}, std::size_t{8}, std::size_t{513}}) {
        const std::span<const std::byte> all{data};
        EXPECT_EQ(crc16(all.subspan(split), crc16(all.first(split))), whole) << "split at " << split;
    }
}

TEST(FitCrc, AFileFollowedByItsCrcHasCrcZero) {
    auto data = random_bytes(77, 3);
    const std::uint16_t crc = crc16(data);
    data.push_back(static_cast<std::byte>(crc & 0xFFU));
    data.push_back(static_cast<std::byte>(crc >> 8U));
    EXPECT_EQ(crc16(data), 0);
}

}  // namespace
}  // namespace ironstride::fit_protocol
