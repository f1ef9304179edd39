#include "ironstride/ingest/xml/dom_walker.hpp"

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "ironstride/ingest/xml/track_file.hpp"

namespace ironstride::ingest::xml {
namespace {

std::span<const std::byte> bytes_of(std::string_view text) { return std::as_bytes(std::span{text.data(), text.size()}); }

struct Counts {
    std::size_t points = 0;
};

struct Seen {
    std::vector<std::string> names;
};

/// A walker over <doc><p v="…" t="…">number</p>…</doc> that uses every DomWalker check.
class TestWalker : public DomWalker<Counts> {
public:
    TestWalker(const XmlDocument& document, Seen& seen) : DomWalker(document), m_seen(seen) {}
    bool walk(const pugi::xml_node& root) {
        if (!expect_root(root, "doc")) return false;
        for (const pugi::xml_node point : elements(root, "p")) {
            std::optional<double> value;
            std::optional<XmlTimestamp> time;
            if (!number(point, value, "a number of things")) return false;
            if (!timestamp(point, point.attribute("t").value(), time, " time")) return false;
            m_seen.names.push_back(std::string{point.name()});
            ++m_counts.points;
        }
        return true;
    }

private:
    Seen& m_seen;
};

util::Result<Counts> walk(std::string_view xml, Seen& seen) { return read_document<TestWalker>(bytes_of(xml), "t.xml", seen); }

TEST(XmlElements, VisitsElementChildrenByLocalNameOnly) {
    const std::string_view xml = "<doc>text<a:p>1</a:p><!-- c --><q/><p>2</p><p/>\n</doc>";
    auto document = XmlDocument::parse(bytes_of(xml), "t.xml");
    ASSERT_TRUE(document.ok());
    std::vector<std::string> all;
    for (const pugi::xml_node child : elements(document->root())) all.emplace_back(child.name());
    EXPECT_EQ(all, (std::vector<std::string>{"a:p", "q", "p", "p"}));
    std::vector<std::string> named;
    for (const pugi::xml_node child : elements(document->root(), "p")) named.emplace_back(text_of(child));
    EXPECT_EQ(named, (std::vector<std::string>{"1", "2", ""}));
    EXPECT_EQ(elements(document->root(), "none").begin(), elements(document->root(), "none").end());
}

TEST(DomWalker, ReadsTheDocumentAndCountsWhatTheWalkSaw) {
    Seen seen;
    const auto counts = walk("<doc><p t=\"2024-05-01T06:30:00Z\">1.5</p><x:p>2</x:p><p></p></doc>", seen);
    ASSERT_TRUE(counts.ok()) << counts.error().to_string();
    EXPECT_EQ(counts->points, 3U);
    EXPECT_EQ(seen.names, (std::vector<std::string>{"p", "x:p", "p"}));
}

TEST(DomWalker, FailsAtTheNodeWithTheReadersMessages) {
    Seen seen;
    EXPECT_EQ(walk("<gpx/>", seen).error().to_string(), "t.xml:1:1: root element is <gpx>, expected <doc>");
    EXPECT_EQ(walk("<doc>\n  <p>x1</p></doc>", seen).error().to_string(),
              "t.xml:2:3: <p> \"x1\" is not a number (expected a number of things)");
    EXPECT_EQ(walk("<doc>\n<p t=\"noon\">1</p></doc>", seen).error().to_string(),
              "t.xml:2:1: <p> time \"noon\" is not an ISO 8601 timestamp (expected e.g. 2024-05-01T06:30:00Z)");
    EXPECT_EQ(walk("<doc><p>1</doc>", seen).error().to_string(), "t.xml:1:12: malformed XML: Start-end tags mismatch");
}

TEST(TrackFile, LabelsWithTheLineWhenThereIsOne) {
    EXPECT_EQ(with_line("track 1", util::SourcePos::at_line("t.gpx", 40)), "track 1 (line 40)");
    EXPECT_EQ(with_line("course", util::SourcePos{}), "course");
}

}  // namespace
}  // namespace ironstride::ingest::xml
