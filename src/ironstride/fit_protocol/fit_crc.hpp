#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

namespace ironstride::fit_protocol {

/// The FIT CRC-16 (CRC-16/ARC: reflected polynomial 0x8005, initial value 0; protocol document, "CRC") of `bytes`,
/// continuing from `crc` so that a CRC can be computed in pieces. Slicing-by-8 tables, several GB/s.
[[nodiscard]] std::uint16_t crc16(std::span<const std::byte> bytes, std::uint16_t crc = 0) noexcept;

/// The same CRC one byte at a time with the protocol document's 16-entry nibble table: slow, kept as the reference
/// that the fast version is tested against.
[[nodiscard]] std::uint16_t crc16_reference(std::span<const std::byte> bytes, std::uint16_t crc = 0) noexcept;

}  // namespace ironstride::fit_protocol
