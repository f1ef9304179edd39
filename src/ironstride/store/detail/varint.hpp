#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace ironstride::store::detail {

/// Maps signed to unsigned so that small magnitudes of either sign stay small: 0, -1, 1, -2 → 0, 1, 2, 3.
[[nodiscard]] constexpr std::uint64_t zigzag_encode(std::int64_t value) noexcept {
    return (static_cast<std::uint64_t>(value) << 1U) ^ static_cast<std::uint64_t>(value >> 63);
}

[[nodiscard]] constexpr std::int64_t zigzag_decode(std::uint64_t value) noexcept {
    return static_cast<std::int64_t>((value >> 1U) ^ (~(value & 1U) + 1U));
}

/// Bytes a value takes as an unsigned LEB128 varint (1 to 10).
[[nodiscard]] constexpr std::size_t varint_size(std::uint64_t value) noexcept {
    // 7 payload bits per byte; branch-free because the codec sizes three candidates per value.
    return (static_cast<std::size_t>(std::bit_width(value | 1U)) + 6U) / 7U;
}

/// Appends bytes to a growing buffer: unsigned LEB128 varints and single bytes.
class ByteWriter {
public:
    explicit ByteWriter(std::vector<std::uint8_t>& out) : m_out(out) {}

    void byte(std::uint8_t value) { m_out.push_back(value); }

    void varint(std::uint64_t value) {
        while (value >= 0x80U) {
            m_out.push_back(static_cast<std::uint8_t>(value | 0x80U));
            value >>= 7U;
        }
        m_out.push_back(static_cast<std::uint8_t>(value));
    }

private:
    std::vector<std::uint8_t>& m_out;
};

/// Reads what ByteWriter wrote, bounds-checked. A read past the end or an over-long varint sets failed() and returns
/// 0 from then on, so a decode loop can run to completion and check once.
class ByteReader {
public:
    explicit ByteReader(std::span<const std::uint8_t> in) : m_in(in) {}

    [[nodiscard]] bool failed() const noexcept { return m_failed; }
    [[nodiscard]] std::size_t remaining() const noexcept { return m_in.size() - m_pos; }
    [[nodiscard]] std::size_t position() const noexcept { return m_pos; }

    std::uint8_t byte() noexcept {
        if (m_pos >= m_in.size()) {
            m_failed = true;
            return 0;
        }
        return m_in[m_pos++];
    }

    std::uint64_t varint() noexcept {
        std::uint64_t value = 0;
        for (unsigned shift = 0; shift < 64; shift += 7) {
            if (m_pos >= m_in.size()) break;
            const std::uint8_t b = m_in[m_pos++];
            value |= static_cast<std::uint64_t>(b & 0x7FU) << shift;
            if ((b & 0x80U) == 0) return value;
        }
        m_failed = true;
        m_pos = m_in.size();
        return 0;
    }

private:
    std::span<const std::uint8_t> m_in;
    std::size_t m_pos = 0;
    bool m_failed = false;
};

}  // namespace ironstride::store::detail
