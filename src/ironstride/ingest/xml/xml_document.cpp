#include "ironstride/ingest/xml/xml_document.hpp"

#include <algorithm>
#include <utility>

#include <fmt/format.h>

namespace ironstride::ingest::xml {

namespace {

/// pugixml options (pugixml manual, "Parsing options"): element text embedded in the element saves a node per
/// value; escapes (&amp; in names) and CDATA (Strava wraps names in it) are kept; EOL normalisation, comments, PIs,
/// the declaration and DOCTYPE are skipped.
constexpr unsigned kParseFlags = pugi::parse_escapes | pugi::parse_cdata | pugi::parse_embed_pcdata;

constexpr unsigned char kBom[] = {0xEF, 0xBB, 0xBF};

bool starts_with_bom(std::span<const std::byte> bytes) {
    return bytes.size() >= 3 && static_cast<unsigned char>(bytes[0]) == kBom[0] &&
           static_cast<unsigned char>(bytes[1]) == kBom[1] && static_cast<unsigned char>(bytes[2]) == kBom[2];
}

}  // namespace

util::SourcePos line_column_at(std::span<const std::byte> bytes, std::uint64_t byte_offset, const std::string& path) {
    const std::size_t end = static_cast<std::size_t>(std::min<std::uint64_t>(byte_offset, bytes.size()));
    std::uint32_t line = 1;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < end; ++i) {
        if (bytes[i] == std::byte{'\n'}) {
            ++line;
            line_start = i + 1;
        }
    }
    util::SourcePos pos = util::SourcePos::at_line(path, line, static_cast<std::uint32_t>(end - line_start + 1));
    pos.byte_offset = end;
    return pos;
}

XmlDocument::XmlDocument(std::unique_ptr<pugi::xml_document> doc, std::span<const std::byte> bytes, std::string path)
    : m_doc(std::move(doc)), m_bytes(bytes), m_path(std::move(path)), m_bom_size(starts_with_bom(bytes) ? 3 : 0) {}

util::Result<XmlDocument> XmlDocument::parse(std::span<const std::byte> bytes, const std::string& path) {
    auto doc = std::make_unique<pugi::xml_document>();
    const pugi::xml_parse_result parsed = doc->load_buffer(bytes.data(), bytes.size(), kParseFlags, pugi::encoding_auto);
    if (!parsed) {
        const auto offset = static_cast<std::uint64_t>(std::max<std::ptrdiff_t>(parsed.offset, 0));
        return util::Error(util::ErrorCode::xml_malformed, line_column_at(bytes, offset, path),
                           fmt::format("malformed XML: {}", parsed.description()));
    }
    if (!doc->document_element()) {
        return util::Error(util::ErrorCode::xml_malformed, util::SourcePos::at_line(path, 1, 1), "malformed XML: no root element");
    }
    return XmlDocument{std::move(doc), bytes, path};
}

util::SourcePos XmlDocument::position_of(const pugi::xml_node& node) const {
    const std::ptrdiff_t offset = node.offset_debug();
    if (offset < 0) return util::SourcePos{m_path, {}, {}, {}};
    // offset_debug points at the name; step back over '<'.
    const auto at = static_cast<std::uint64_t>(offset) + m_bom_size;
    return position_at(at > 0 ? at - 1 : 0);
}

std::uint32_t XmlDocument::line_of(const pugi::xml_node& node) const {
    const std::ptrdiff_t offset = node.offset_debug();
    if (offset < 0) return 0;
    if (m_line_ends.empty()) {
        for (std::size_t i = 0; i < m_bytes.size(); ++i) {
            if (m_bytes[i] == std::byte{'\n'}) m_line_ends.push_back(i);
        }
        m_line_ends.push_back(m_bytes.size());  // never empty again, and the last line ends with the file
    }
    const std::uint64_t at = static_cast<std::uint64_t>(offset) + m_bom_size;
    const auto newlines_before = std::lower_bound(m_line_ends.begin(), m_line_ends.end(), at) - m_line_ends.begin();
    return static_cast<std::uint32_t>(newlines_before + 1);
}

util::SourcePos XmlDocument::position_at(std::uint64_t byte_offset) const {
    return line_column_at(m_bytes, byte_offset, m_path);
}

}  // namespace ironstride::ingest::xml
