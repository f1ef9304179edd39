#include "ironstride/fit_protocol/fit_crc.hpp"

#include <array>

#include "ironstride/fit_protocol/fit_profile.hpp"

namespace ironstride::fit_protocol {

namespace {

constexpr std::size_t kSlices = 8;
using SliceTables = std::array<std::array<std::uint16_t, 256>, kSlices>;

/// tables[0] is the classic byte-at-a-time table; tables[k][b] is the CRC contribution of byte b followed by k zero
/// bytes, so eight bytes fold into the CRC with eight independent lookups.
constexpr SliceTables make_tables() {
    SliceTables tables{};
    for (unsigned byte = 0; byte < 256; ++byte) {
        auto crc = static_cast<std::uint16_t>(byte);
        for (int bit = 0; bit < 8; ++bit) {
            crc = static_cast<std::uint16_t>((crc & 1U) != 0 ? (crc >> 1U) ^ kCrcPolynomialReflected : crc >> 1U);
        }
        tables[0][byte] = crc;
    }
    for (std::size_t slice = 1; slice < kSlices; ++slice) {
        for (unsigned byte = 0; byte < 256; ++byte) {
            const std::uint16_t previous = tables[slice - 1][byte];
            tables[slice][byte] = static_cast<std::uint16_t>((previous >> 8U) ^ tables[0][previous & 0xFFU]);
        }
    }
    return tables;
}

constexpr SliceTables kTables = make_tables();

}  // namespace

std::uint16_t crc16(std::span<const std::byte> bytes, std::uint16_t crc) noexcept {
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());  // NOLINT: bytes viewed as octets
    std::size_t n = bytes.size();
    while (n >= kSlices) {
        const unsigned b0 = p[0] ^ (crc & 0xFFU);
        const unsigned b1 = p[1] ^ (crc >> 8U);
        crc = static_cast<std::uint16_t>(kTables[7][b0] ^ kTables[6][b1] ^ kTables[5][p[2]] ^ kTables[4][p[3]] ^
                                         kTables[3][p[4]] ^ kTables[2][p[5]] ^ kTables[1][p[6]] ^ kTables[0][p[7]]);
        p += kSlices;
        n -= kSlices;
    }
    while (n-- > 0) {
        crc = static_cast<std::uint16_t>((crc >> 8U) ^ kTables[0][(crc ^ *p++) & 0xFFU]);
    }
    return crc;
}

std::uint16_t crc16_reference(std::span<const std::byte> bytes, std::uint16_t crc) noexcept {
    // The protocol document's table: the CRC of each nibble value.
    static constexpr std::array<std::uint16_t, 16> kNibbleTable = {
        0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401,
        0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400,
    };
    for (const std::byte value : bytes) {
        const auto byte = std::to_integer<unsigned>(value);
        // Low nibble, then high nibble.
        std::uint16_t tmp = kNibbleTable[crc & 0xFU];
        crc = static_cast<std::uint16_t>(((crc >> 4U) & 0x0FFFU) ^ tmp ^ kNibbleTable[byte & 0xFU]);
        tmp = kNibbleTable[crc & 0xFU];
        crc = static_cast<std::uint16_t>(((crc >> 4U) & 0x0FFFU) ^ tmp ^ kNibbleTable[(byte >> 4U) & 0xFU]);
    }
    return crc;
}

}  // namespace ironstride::fit_protocol
