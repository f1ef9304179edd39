#pragma once

#include <cstddef>
#include <iterator>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>

#include <pugixml.hpp>

#include "ironstride/ingest/xml/xml_document.hpp"
#include "ironstride/ingest/xml/xml_values.hpp"
#include "ironstride/util/result.hpp"
#include "ironstride/util/source_pos.hpp"

namespace ironstride::ingest::xml {

// The scaffolding of the GPX and TCX readers' DOM walks: iterating element children by local name, recording the
// first failure at its line:column, the checks every reader makes (root element, numbers, timestamps), and the
// read() that parses the document and runs the walk. Each reader says only what its format holds.

/// The element children of a node in document order, optionally only those with one local name (namespace prefixes
/// ignored, see local_name): `for (const pugi::xml_node point : elements(segment, "trkpt"))`.
class ElementRange {
public:
    class Iterator {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = pugi::xml_node;
        using difference_type = std::ptrdiff_t;
        using pointer = const pugi::xml_node*;
        using reference = pugi::xml_node;

        Iterator() = default;
        Iterator(pugi::xml_node node, std::string_view name) noexcept : m_name(name), m_node(match(node)) {}

        [[nodiscard]] pugi::xml_node operator*() const noexcept { return m_node; }
        Iterator& operator++() noexcept {
            m_node = match(m_node.next_sibling());
            return *this;
        }
        Iterator operator++(int) noexcept {
            Iterator before = *this;
            ++*this;
            return before;
        }
        [[nodiscard]] bool operator==(const Iterator& other) const noexcept { return m_node == other.m_node; }

    private:
        /// `node` or the first sibling after it that is an element with the wanted name; empty at the end.
        [[nodiscard]] pugi::xml_node match(pugi::xml_node node) const noexcept {
            while (node && (node.type() != pugi::node_element || (!m_name.empty() && local_name(node) != m_name))) {
                node = node.next_sibling();
            }
            return node;
        }

        std::string_view m_name;
        pugi::xml_node m_node;
    };

    ElementRange(const pugi::xml_node& parent, std::string_view name) noexcept : m_parent(parent), m_name(name) {}

    [[nodiscard]] Iterator begin() const noexcept { return Iterator{m_parent.first_child(), m_name}; }
    [[nodiscard]] Iterator end() const noexcept { return Iterator{}; }

private:
    pugi::xml_node m_parent;
    std::string_view m_name;
};

/// The element children of `parent`; with a `name`, only those whose local name it is.
[[nodiscard]] inline ElementRange elements(const pugi::xml_node& parent, std::string_view name = {}) noexcept {
    return ElementRange{parent, name};
}

/// The failure messages of DomWalker's checks (out of line, so a walker's template code stays small).
[[nodiscard]] std::string root_mismatch_message(const pugi::xml_node& root, std::string_view expected);
[[nodiscard]] std::string not_a_number_message(const pugi::xml_node& node, std::string_view text,
                                               std::string_view expected);
[[nodiscard]] std::string not_a_timestamp_message(const pugi::xml_node& node, std::string_view text,
                                                  std::string_view after_name);

/// The base of a reader's walker: the document, what the walk counted, and the first failure, which stops the walk
/// (each walk step returns false once it failed). `Counts` is the reader's counts struct. Used through read_document.
template <typename Counts>
class DomWalker {
public:
    using CountsType = Counts;

    explicit DomWalker(const XmlDocument& document) noexcept : m_document(&document) {}

    [[nodiscard]] const Counts& counts() const noexcept { return m_counts; }
    /// Why the walk stopped; empty while it goes well.
    [[nodiscard]] std::optional<util::Error>& failure() noexcept { return m_failure; }

protected:
    /// Records a failure at the start of `node` (path:line:column); returns false so that a step can `return fail(…)`.
    bool fail(const pugi::xml_node& node, std::string message, util::ErrorCode code = util::ErrorCode::xml_bad_value) {
        m_failure = util::Error(code, position_of(node), std::move(message));
        return false;
    }
    /// False, with a failure, unless the root element's local name is `expected` ("gpx", "TrainingCenterDatabase").
    bool expect_root(const pugi::xml_node& root, std::string_view expected) {
        if (local_name(root) == expected) return true;
        return fail(root, root_mismatch_message(root, expected), util::ErrorCode::xml_unexpected_root);
    }
    /// A number in `node`'s text: empty text leaves `out` empty; anything but a number fails with
    /// `<Name> "text" is not a number (expected …)`.
    bool number(const pugi::xml_node& node, std::optional<double>& out, std::string_view expected) {
        const std::string_view text = text_of(node);
        if (text.empty()) return true;
        out = parse_number(text);
        if (!out) return fail(node, not_a_number_message(node, text, expected));
        return true;
    }
    /// A timestamp (parse_timestamp): empty text leaves `out` empty; anything else fails with
    /// `<name>{after_name} "text" is not an ISO 8601 timestamp (expected e.g. 2024-05-01T06:30:00Z)`.
    bool timestamp(const pugi::xml_node& node, std::string_view text, std::optional<XmlTimestamp>& out,
                   std::string_view after_name = {}) {
        if (text.empty()) return true;
        out = parse_timestamp(text);
        if (!out) return fail(node, not_a_timestamp_message(node, text, after_name));
        return true;
    }
    [[nodiscard]] util::SourcePos position_of(const pugi::xml_node& node) const { return m_document->position_of(node); }
    [[nodiscard]] std::uint32_t line_of(const pugi::xml_node& node) const { return m_document->line_of(node); }

    Counts m_counts;  ///< the reader's walk counts what it pushed

private:
    const XmlDocument* m_document;
    std::optional<util::Error> m_failure;
};

/// The read() of an XML reader: parses `bytes` (XmlDocument::parse) and walks the document with
/// `Walker{document, handler}` — a DomWalker with `bool walk(const pugi::xml_node& root)`. Returns what the walk
/// counted, or the first failure (malformed XML or the walk's own), with path:line:column.
template <typename Walker, typename Handler>
[[nodiscard]] util::Result<typename Walker::CountsType> read_document(std::span<const std::byte> bytes,
                                                                      const std::string& path, Handler& handler) {
    auto document = XmlDocument::parse(bytes, path);
    if (!document) return document.error();
    Walker walker(document.value(), handler);
    if (!walker.walk(document->root())) return std::move(*walker.failure());
    return walker.counts();
}

}  // namespace ironstride::ingest::xml
