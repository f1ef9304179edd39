#include "ironstride/writers/fit/fit_writer.hpp"

#include <algorithm>
#include <bit>
#include <cassert>
#include <utility>

#include "ironstride/fit_protocol/fit_crc.hpp"

namespace ironstride::writers::fit {

using namespace fit_protocol;  // the container layout: headers, record headers, CRC

namespace {

void append_le(std::vector<std::byte>& out, std::uint64_t value, std::size_t size) {
    for (std::size_t i = 0; i < size; ++i) out.push_back(static_cast<std::byte>((value >> (8U * i)) & 0xFFU));
}

}  // namespace

void FitWriter::put(std::uint64_t value, std::size_t size) {
    if (!m_current_big_endian) {
        append_le(m_data, value, size);
        return;
    }
    for (std::size_t i = size; i-- > 0;) m_data.push_back(static_cast<std::byte>((value >> (8U * i)) & 0xFFU));
}

FitWriter& FitWriter::define(std::uint8_t local_type, std::uint16_t global_number,
                             std::span<const FieldDefinition> fields, bool big_endian,
                             std::span<const DeveloperFieldDefinition> developer_fields) {
    assert(local_type < kLocalTypeCount && fields.size() <= 255 && developer_fields.size() <= 255);
    auto header = static_cast<std::uint8_t>(kDefinitionBit | local_type);
    if (!developer_fields.empty()) header = static_cast<std::uint8_t>(header | kDeveloperDataBit);
    m_data.push_back(std::byte{header});
    m_data.push_back(std::byte{0});  // reserved
    m_data.push_back(std::byte{big_endian ? kArchitectureBigEndian : kArchitectureLittleEndian});
    m_big_endian[local_type] = big_endian;
    m_current_big_endian = big_endian;
    put(global_number, 2);
    m_data.push_back(static_cast<std::byte>(fields.size()));
    for (const FieldDefinition& field : fields) {
        m_data.push_back(std::byte{field.number});
        m_data.push_back(std::byte{field.size});
        m_data.push_back(std::byte{static_cast<std::uint8_t>(field.base_type)});
    }
    if (!developer_fields.empty()) {
        m_data.push_back(static_cast<std::byte>(developer_fields.size()));
        for (const DeveloperFieldDefinition& field : developer_fields) {
            m_data.push_back(std::byte{field.number});
            m_data.push_back(std::byte{field.size});
            m_data.push_back(std::byte{field.developer_data_index});
        }
    }
    return *this;
}

FitWriter& FitWriter::message(std::uint8_t local_type) {
    assert(local_type < kLocalTypeCount);
    m_data.push_back(std::byte{local_type});
    m_current_big_endian = m_big_endian[local_type];
    return *this;
}

FitWriter& FitWriter::compressed_message(std::uint8_t local_type, std::uint8_t time_offset) {
    assert(local_type <= kCompressedLocalTypeMask && time_offset <= kCompressedTimeMask);
    m_data.push_back(static_cast<std::byte>(kCompressedHeaderBit | (local_type << kCompressedLocalTypeShift) |
                                            (time_offset & kCompressedTimeMask)));
    m_current_big_endian = m_big_endian[local_type];
    return *this;
}

FitWriter& FitWriter::u8(std::uint8_t value) {
    put(value, 1);
    return *this;
}
FitWriter& FitWriter::s8(std::int8_t value) {
    put(static_cast<std::uint8_t>(value), 1);
    return *this;
}
FitWriter& FitWriter::u16(std::uint16_t value) {
    put(value, 2);
    return *this;
}
FitWriter& FitWriter::s16(std::int16_t value) {
    put(static_cast<std::uint16_t>(value), 2);
    return *this;
}
FitWriter& FitWriter::u32(std::uint32_t value) {
    put(value, 4);
    return *this;
}
FitWriter& FitWriter::s32(std::int32_t value) {
    put(static_cast<std::uint32_t>(value), 4);
    return *this;
}
FitWriter& FitWriter::u64(std::uint64_t value) {
    put(value, 8);
    return *this;
}
FitWriter& FitWriter::f32(float value) {
    put(std::bit_cast<std::uint32_t>(value), 4);
    return *this;
}

FitWriter& FitWriter::text(std::string_view value, std::uint8_t size) {
    assert(size > 0);
    const std::size_t length = std::min<std::size_t>(value.size(), size - 1U);
    for (std::size_t i = 0; i < size; ++i) {
        m_data.push_back(i < length ? static_cast<std::byte>(value[i]) : std::byte{0});
    }
    return *this;
}

FitWriter& FitWriter::raw(std::span<const std::byte> bytes) {
    m_data.insert(m_data.end(), bytes.begin(), bytes.end());
    return *this;
}

FitWriter& FitWriter::end_file(std::size_t header_size) {
    assert(header_size == kHeaderSizeWithCrc || header_size == kHeaderSizeWithoutCrc);
    const std::size_t start = m_out.size();
    m_out.push_back(static_cast<std::byte>(header_size));
    m_out.push_back(std::byte{kProtocolVersion20});
    append_le(m_out, kProfileVersionWritten, 2);
    append_le(m_out, m_data.size(), 4);
    for (const unsigned char c : kSignature) m_out.push_back(std::byte{c});
    if (header_size == kHeaderSizeWithCrc) {
        append_le(m_out, crc16(std::span<const std::byte>{m_out}.subspan(start, kHeaderSizeWithoutCrc)), 2);
    }
    m_out.insert(m_out.end(), m_data.begin(), m_data.end());
    append_le(m_out, crc16(std::span<const std::byte>{m_out}.subspan(start)), 2);
    m_data.clear();
    return *this;
}

std::vector<std::byte> FitWriter::take() { return std::exchange(m_out, {}); }

}  // namespace ironstride::writers::fit
