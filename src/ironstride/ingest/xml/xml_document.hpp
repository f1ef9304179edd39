#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include <pugixml.hpp>

#include "ironstride/util/result.hpp"
#include "ironstride/util/source_pos.hpp"

namespace ironstride::ingest::xml {

/// A parsed XML document. pugixml parses a private copy of the input (the caller's bytes are usually a read-only
/// mapping), with the minimal flags a GPX/TCX reader needs: no comments, PIs, declarations, DOCTYPE or whitespace-only
/// text nodes, element text embedded in the element, entity escapes and CDATA kept (track names use both).
/// Positions of nodes map back to line:column of the original input.
class XmlDocument {
public:
    /// Parses `bytes` (any encoding pugixml detects; UTF-8 with or without BOM in practice). A malformed document
    /// gives a util::Error at the line:column where pugixml stopped, with its description ("start-end tags mismatch").
    [[nodiscard]] static util::Result<XmlDocument> parse(std::span<const std::byte> bytes, const std::string& path);

    /// The root element (never empty for a parsed document).
    [[nodiscard]] pugi::xml_node root() const { return m_doc->document_element(); }
    [[nodiscard]] const std::string& path() const noexcept { return m_path; }

    /// Where `node` starts in the input, as path:line:column (1-based, columns in bytes).
    [[nodiscard]] util::SourcePos position_of(const pugi::xml_node& node) const;
    /// A byte offset of the input as path:line:column.
    [[nodiscard]] util::SourcePos position_at(std::uint64_t byte_offset) const;
    /// The line `node` starts on (0 when unknown), in O(log lines): for naming every point of a large track, where
    /// position_of's scan from the start of the file would be quadratic.
    [[nodiscard]] std::uint32_t line_of(const pugi::xml_node& node) const;

private:
    XmlDocument(std::unique_ptr<pugi::xml_document> doc, std::span<const std::byte> bytes, std::string path);

    std::unique_ptr<pugi::xml_document> m_doc;
    std::span<const std::byte> m_bytes;  ///< the caller's input, for line:column only
    std::string m_path;
    std::uint64_t m_bom_size = 0;  ///< pugixml's offsets skip a UTF-8 byte-order mark
    mutable std::vector<std::uint64_t> m_line_ends;  ///< offsets of the '\n's, built by the first line_of()
};

/// Line and column (1-based; column counted in bytes) of a byte offset in `bytes`; an offset past the end is clamped.
[[nodiscard]] util::SourcePos line_column_at(std::span<const std::byte> bytes, std::uint64_t byte_offset,
                                             const std::string& path);

}  // namespace ironstride::ingest::xml
