#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ironstride/ingest/fit/detail/decode_plan.hpp"
#include "ironstride/ingest/fit/fit_handler.hpp"
#include "ironstride/util/result.hpp"

namespace ironstride::ingest::fit {

/// How the decoder treats a damaged container.
enum class DecodeMode {
    /// The default, like GPSBabel's FIT reader: a bad header, header CRC, file CRC or data size fails the file before
    /// any message is delivered; a data section that breaks off (undefined local message type, a message past the
    /// end) fails it where it breaks.
    strict,
    /// Like GPSBabel's `recoverymode`: CRC mismatches, a data size that runs past the end of the file and a data size
    /// of 0 (a header the device never finished) become warnings, and decoding stops quietly at the first broken
    /// message, keeping everything before it. Only a buffer that does not start with a FIT header fails.
    recover,
};

struct DecodeOptions {
    DecodeMode mode = DecodeMode::strict;
};

/// What a successful decode saw.
struct DecodeStats {
    std::size_t files = 0;        ///< FIT files in the buffer (more than one when chained)
    std::size_t definitions = 0;  ///< definition messages
    std::size_t messages = 0;     ///< data messages of every kind
    std::size_t records = 0;      ///< record messages
    std::size_t other_messages = 0;     ///< data messages without a typed form (skipped)
    std::size_t developer_fields = 0;   ///< developer field values delivered
    std::size_t compressed_timestamps = 0;  ///< data messages with a compressed timestamp header
    /// Problems tolerated in DecodeMode::recover (empty in strict mode), each with its byte offset.
    std::vector<util::Error> warnings;
};

/// Decodes FIT files from a buffer the caller owns, without copying it, and hands typed messages to a FitHandler
/// (STYLE habit 3). One FitDecoder may decode many buffers in turn (it keeps its tables between calls); it is not
/// for use from several threads at once.
///
/// Order of checks (STYLE habit 6): every chained file's header (size 12 or 14, ".FIT", header CRC when non-zero),
/// data size and file CRC are checked first; then definitions and data messages are decoded in order. Failures name
/// the byte offset (util::SourcePos::at_byte) and say what was found, what is allowed and what to do.
///
/// Supported: both byte orders, compressed timestamp headers, developer fields (described by field_description),
/// invalid-value sentinels, scale/offset, accumulated compressed_speed_distance, chained files. Unknown messages and
/// fields, and fields whose size does not fit their base type, are skipped by their declared size.
class FitDecoder {
public:
    explicit FitDecoder(DecodeOptions options = {});

    /// Decodes `bytes`; `path` only labels failures. Fails for a buffer that is not FIT at all, and in strict mode for
    /// any damage described above.
    [[nodiscard]] util::Result<DecodeStats> decode(std::span<const std::byte> bytes, FitHandler& handler,
                                                   std::string_view path = {});

private:
    struct Segment;
    struct DeveloperDescription {
        std::uint8_t developer_data_index = 0;
        std::uint8_t field_number = 0;
        std::uint8_t base_type = 0;
        std::string_view name;
        std::string_view units;
        double scale = 1;
        double offset = 0;
        std::optional<std::uint16_t> native_message_number;
        std::optional<std::uint8_t> native_field_number;
    };

    /// Why a data section stopped early; empty when it decoded to its end.
    using SectionResult = std::optional<util::Error>;

    void reset_file_state();

    // The container (decode step 1).
    /// In recover mode a damaged container becomes a warning (nothing returned); in strict mode it is the failure.
    [[nodiscard]] std::optional<util::Error> damaged(util::Error problem, DecodeStats& stats) const;
    /// Finds every chained file, checking each header, data size and CRC.
    [[nodiscard]] std::optional<util::Error> check_container(std::span<const std::byte> bytes, const std::string& path,
                                                               std::vector<Segment>& segments, DecodeStats& stats) const;
    /// One file's header (and header CRC), data size and file CRC; true when another file may follow.
    [[nodiscard]] util::Result<bool> check_segment(std::span<const std::byte> bytes, std::size_t pos,
                                                   const std::string& path, Segment& segment, DecodeStats& stats) const;
    /// Sets segment.data_end; the problem when the data size does not fit the buffer or was never written.
    [[nodiscard]] static std::optional<util::Error> check_data_size(std::span<const std::byte> bytes, std::size_t pos,
                                                                      const std::string& path, Segment& segment);

    // The content (decode step 2).
    SectionResult decode_section(std::span<const std::byte> bytes, std::size_t begin, std::size_t end,
                                 FitHandler& handler, DecodeStats& stats, const std::string& path);
    /// Compiles the definition message at `pos` into its local type's plan; its length after the record header.
    [[nodiscard]] util::Result<std::size_t> read_definition(const std::byte* base, std::size_t pos, std::size_t end,
                                                            std::uint8_t header, const std::string& path);
    /// The time of a compressed timestamp header, which also becomes the last timestamp.
    [[nodiscard]] std::uint32_t advance_compressed_time(std::uint8_t header) noexcept;
    /// Hands one data message to the handler: typed kinds through deliver, the others as OtherMessage.
    void dispatch(const detail::DecodePlan& plan, const std::byte* data, std::uint64_t byte_offset,
                  std::optional<std::uint32_t> header_time, FitHandler& handler, DecodeStats& stats);
    /// Reads a typed message (read_fields for its kind) and calls `callback` with it.
    template <typename Message>
    void deliver(void (FitHandler::*callback)(const Message&), const detail::MessageView& view,
                 std::optional<std::uint32_t> header_time, FitHandler& handler, DecodeStats& stats);
    /// record.compressed_speed_distance (old devices): fills speed and the accumulated distance when the record has
    /// no speed or distance field.
    void add_compressed_speed_distance(const detail::MessageView& view, RecordMessage& message) noexcept;
    void deliver_developer_fields(const detail::DecodePlan& plan, const std::byte* data, FitHandler& handler,
                                  DecodeStats& stats);
    void remember_field_description(const detail::MessageView& view);

    DecodeOptions m_options;
    std::array<detail::DecodePlan, kLocalTypeCount> m_plans{};
    std::vector<DeveloperDescription> m_developer_descriptions;
    /// The last timestamp (field 253) seen, the reference of compressed timestamp headers.
    std::optional<std::uint32_t> m_last_timestamp;
    /// record.compressed_speed_distance accumulation (12-bit distance with rollover).
    bool m_distance_started = false;
    std::uint32_t m_distance_last = 0;
    std::uint64_t m_distance_accumulated = 0;
};

/// True when the buffer starts like a FIT file (header size byte 12 or 14 and ".FIT" at offset 8), for format
/// sniffing. Says nothing about CRCs or content.
[[nodiscard]] bool looks_like_fit(std::span<const std::byte> bytes) noexcept;

}  // namespace ironstride::ingest::fit
