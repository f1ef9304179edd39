#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "ironstride/fit_protocol/fit_profile.hpp"

namespace ironstride::writers::fit {

/// One field of a definition message.
struct FieldDefinition {
    std::uint8_t number = 0;
    std::uint8_t size = 0;
    fit_protocol::BaseType base_type = fit_protocol::BaseType::byte;
};

/// One developer field of a definition message.
struct DeveloperFieldDefinition {
    std::uint8_t number = 0;
    std::uint8_t size = 0;
    std::uint8_t developer_data_index = 0;
};

/// Writes FIT files message by message: definitions, data messages in either byte order, compressed timestamp
/// headers, developer fields, and several files back to back (chained). The workout encoder uses it, and tests use it
/// to make small files with exactly the feature under test (the decoder's tests in ingest, and
/// tests/data/{pass,fail}/fit).
///
/// The writer trusts its caller: values are appended in the byte order of the local type's last definition, and it
/// does not check them against that definition (so tests can also write broken files on purpose).
class FitWriter {
public:
    /// Writes a definition message for `local_type` (0–15).
    FitWriter& define(std::uint8_t local_type, std::uint16_t global_number, std::span<const FieldDefinition> fields,
                      bool big_endian = false, std::span<const DeveloperFieldDefinition> developer_fields = {});
    /// Starts a data message with a normal header; append its values with the typed appenders.
    FitWriter& message(std::uint8_t local_type);
    /// Starts a data message with a compressed timestamp header (local type 0–3, time offset 0–31 s).
    FitWriter& compressed_message(std::uint8_t local_type, std::uint8_t time_offset);

    FitWriter& u8(std::uint8_t value);
    FitWriter& s8(std::int8_t value);
    FitWriter& u16(std::uint16_t value);
    FitWriter& s16(std::int16_t value);
    FitWriter& u32(std::uint32_t value);
    FitWriter& s32(std::int32_t value);
    FitWriter& u64(std::uint64_t value);
    FitWriter& f32(float value);
    /// A string field of exactly `size` bytes: the text (cut to size − 1 bytes) and NUL padding.
    FitWriter& text(std::string_view value, std::uint8_t size);
    FitWriter& raw(std::span<const std::byte> bytes);

    /// Finishes the current FIT file (header of 12 or 14 bytes, data, CRC) and starts a new one, so that calling it
    /// again after more messages chains a second file.
    FitWriter& end_file(std::size_t header_size = fit_protocol::kHeaderSizeWithCrc);
    /// All finished files.
    [[nodiscard]] std::vector<std::byte> take();

private:
    void put(std::uint64_t value, std::size_t size);

    std::vector<std::byte> m_out;
    std::vector<std::byte> m_data;
    std::array<bool, fit_protocol::kLocalTypeCount> m_big_endian{};
    bool m_current_big_endian = false;
};

}  // namespace ironstride::writers::fit
