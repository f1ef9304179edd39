#pragma once

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace ironstride::store::detail {

/// Maps signed to unsigned so that small magnitudes of either sign stay small: 0, -1, 1, -2 → 0, 1, 2, 3. Written in
/// unsigned arithmetic (0 − sign bit instead of an arithmetic shift, which SSE2 lacks for 64-bit lanes), so that
/// loops calling it vectorise.
[[nodiscard]] constexpr std::uint64_t zigzag_encode(std::int64_t value) noexcept {
    const auto bits = static_cast<std::uint64_t>(value);
    return (bits << 1U) ^ (0U - (bits >> 63U));
}

[[nodiscard]] constexpr std::int64_t zigzag_decode(std::uint64_t value) noexcept {
    return static_cast<std::int64_t>((value >> 1U) ^ (~(value & 1U) + 1U));
}

/// Bytes a value takes as an unsigned LEB128 varint (1 to 10).
[[nodiscard]] constexpr std::size_t varint_size(std::uint64_t value) noexcept {
    // 7 payload bits per byte; branch-free because the codec sizes three candidates per value.
    return (static_cast<std::size_t>(std::bit_width(value | 1U)) + 6U) / 7U;
}

/// Appends bytes to a growing buffer: unsigned LEB128 varints and single bytes, from `position` on. The buffer is
/// grown in large steps and written through a position (no per-byte push_back), so it may hold unused bytes after
/// size(): finish() trims them. A reused scratch buffer skips finish() and keeps its size, so that growing it again
/// does not zero-fill. Hot loops call reserve(n) once and then the *_unchecked writers.
class ByteWriter {
public:
    static constexpr std::size_t kMaxVarintBytes = 10;

    explicit ByteWriter(std::vector<std::uint8_t>& out) : m_out(out), m_pos(out.size()) {}
    ByteWriter(std::vector<std::uint8_t>& out, std::size_t position) : m_out(out), m_pos(std::min(position, out.size())) {}
    ~ByteWriter() = default;
    ByteWriter(const ByteWriter&) = delete;
    ByteWriter& operator=(const ByteWriter&) = delete;
    ByteWriter(ByteWriter&&) = delete;
    ByteWriter& operator=(ByteWriter&&) = delete;

    /// Makes room for `more` bytes beyond what was written.
    void reserve(std::size_t more) {
        if (m_out.size() - m_pos < more) m_out.resize(std::max(m_pos + more, m_out.size() * 2));
    }

    void byte(std::uint8_t value) {
        reserve(1);
        m_out[m_pos++] = value;
    }

    void varint(std::uint64_t value) {
        reserve(kMaxVarintBytes);
        varint_unchecked(value);
    }

    /// Precondition: reserve() made room for kMaxVarintBytes.
    void varint_unchecked(std::uint64_t value) noexcept {
        std::uint8_t* p = m_out.data() + m_pos;
        while (value >= 0x80U) {
            *p++ = static_cast<std::uint8_t>(value | 0x80U);
            value >>= 7U;
        }
        *p++ = static_cast<std::uint8_t>(value);
        m_pos = static_cast<std::size_t>(p - m_out.data());
    }

    /// For hot loops that write many bytes: the write position as a pointer, handed back with advance_to, so the
    /// position lives in a register instead of being reloaded through the vector after every store.
    /// Precondition: reserve() made room for everything written before advance_to.
    [[nodiscard]] std::uint8_t* cursor() noexcept { return m_out.data() + m_pos; }
    void advance_to(const std::uint8_t* cursor) noexcept { m_pos = static_cast<std::size_t>(cursor - m_out.data()); }

    /// Bytes in the buffer, including what was there before this writer.
    [[nodiscard]] std::size_t size() const noexcept { return m_pos; }

    /// Trims the buffer to the bytes written (keeps its capacity).
    void finish() noexcept {
        if (m_out.size() > m_pos) m_out.resize(m_pos);
    }

private:
    std::vector<std::uint8_t>& m_out;
    std::size_t m_pos;
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

    /// The next `count` bytes, or an empty span (and failed()) when fewer remain.
    std::span<const std::uint8_t> take(std::size_t count) noexcept {
        if (count > remaining()) {
            m_failed = true;
            m_pos = m_in.size();
            return {};
        }
        const std::span<const std::uint8_t> taken = m_in.subspan(m_pos, count);
        m_pos += count;
        return taken;
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
