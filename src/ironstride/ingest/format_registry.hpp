#pragma once

#include <cstddef>
#include <functional>
#include <span>
#include <string>
#include <string_view>

#include "ironstride/ingest/decoded_file.hpp"
#include "ironstride/util/result.hpp"

namespace ironstride::ingest {

/// Decodes a whole file of one format. `path` only labels failures and warnings.
using DecodeFunction = util::Result<DecodedFile> (*)(std::span<const std::byte> bytes, const std::string& path,
                                                     const DecodeOptions& options);

/// One readable format (STYLE habit 4; after GPSBabel's vecs table): what `ironstride formats` lists.
struct FormatEntry {
    FileFormat format = FileFormat::unknown;
    std::string_view name;         ///< to_string(format)
    std::string_view description;  ///< one line
    DecodeFunction decode = nullptr;
};

/// Every format ironstride reads, in listing order.
[[nodiscard]] std::span<const FormatEntry> format_registry() noexcept;

/// The entry for a format, or nullptr for FileFormat::unknown.
[[nodiscard]] const FormatEntry* find_format(FileFormat format) noexcept;

/// Detects the format of `bytes` by content and decodes the whole file with the registered decoder.
/// Fails (never throws for bad input) when the format is unknown, naming what the first bytes look like, or with
/// the decoder's util::Error (path:line:column or path: byte N, and the reason). Returned entries are in SI units and UTC; DecodedFile::format is the detected format.
[[nodiscard]] util::Result<DecodedFile> decode_file(std::span<const std::byte> bytes, const std::string& path,
                                                    const DecodeOptions& options = {});

/// Test seam (STYLE habit 4, after libosmium's test_reader_with_mock_parser): while alive, decode_file calls
/// `decoder` instead of the registered decoder for `format`, so importer tests can make any file fail, throw or
/// return chosen content. Overrides nest (the newest wins) and must be destroyed in reverse order. Not thread-safe:
/// for tests only, with no decode running on another thread.
class ScopedDecoderOverride {
public:
    using Decoder = std::function<util::Result<DecodedFile>(std::span<const std::byte>, const std::string&)>;

    ScopedDecoderOverride(FileFormat format, Decoder decoder);
    ~ScopedDecoderOverride();
    ScopedDecoderOverride(const ScopedDecoderOverride&) = delete;
    ScopedDecoderOverride& operator=(const ScopedDecoderOverride&) = delete;
    ScopedDecoderOverride(ScopedDecoderOverride&&) = delete;
    ScopedDecoderOverride& operator=(ScopedDecoderOverride&&) = delete;

private:
    FileFormat m_format;
};

}  // namespace ironstride::ingest
