#include "ironstride/analysis/evidence.hpp"

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "support/test_support.hpp"
#include "ironstride/util/file_bytes.hpp"

namespace ironstride::analysis {
namespace {

/// evidence.md without Markdown bold markers, so anchors and numbers match the plain text.
std::string evidence_text() {
    std::string text = util::read_text_file(ironstride::testing::shared_dir() / "evidence.md");
    std::string plain;
    plain.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '*' && i + 1 < text.size() && text[i + 1] == '*') {
            ++i;
            continue;
        }
        plain.push_back(text[i]);
    }
    return plain;
}

/// The text from the anchor to the next Markdown heading.
std::string entry_block(const std::string& text, std::size_t anchor) {
    const std::size_t next_heading = text.find("\n#", anchor);
    return text.substr(anchor, next_heading == std::string::npos ? std::string::npos : next_heading - anchor);
}

/// Digit runs with their decimals ("0.63", "1,200" gives "1" and "200").
std::vector<std::string> numbers_in(std::string_view text) {
    std::vector<std::string> numbers;
    std::string current;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        const char c = i < text.size() ? text[i] : ' ';
        const bool digit = c >= '0' && c <= '9';
        const bool decimal_point = c == '.' && !current.empty() && i + 1 < text.size() && text[i + 1] >= '0' &&
                                   text[i + 1] <= '9';
        if (digit || decimal_point) {
            current.push_back(c);
        } else if (!current.empty()) {
            numbers.push_back(current);
            current.clear();
        }
    }
    return numbers;
}

TEST(Evidence, EveryEntryIsInEvidenceMdWithItsNumbersAndNoneIsNotFound) {
    const std::string text = evidence_text();
    for (const EvidenceRef& ref : evidence_catalog()) {
        SCOPED_TRACE(std::string(ref.id));
        const std::size_t anchor = text.find(ref.anchor);
        ASSERT_NE(anchor, std::string::npos) << "anchor not in evidence.md: " << ref.anchor;
        const std::size_t line_end = text.find('\n', anchor);
        const std::string first_line = text.substr(anchor, line_end - anchor);
        EXPECT_EQ(first_line.find("[NF]"), std::string::npos) << first_line;
        const std::string block = entry_block(text, anchor);
        for (const std::string& number : numbers_in(ref.claim)) {
            EXPECT_NE(block.find(number), std::string::npos) << "number " << number << " of the claim is not in the "
                                                             << "entry: " << ref.claim;
        }
        EXPECT_TRUE(ref.tag == "V" || ref.tag == "S" || ref.tag == "R" || ref.tag == "computed") << ref.tag;
    }
}

TEST(Evidence, IdsAreUnique) {
    std::set<std::string_view> ids;
    for (const EvidenceRef& ref : evidence_catalog()) EXPECT_TRUE(ids.insert(ref.id).second) << ref.id;
}

TEST(Evidence, NumberScannerFindsDecimalsAndSplitsThousands) {
    EXPECT_EQ(numbers_in("r −0.29 to −0.75, 1,200 km."), (std::vector<std::string>{"0.29", "0.75", "1", "200"}));
}

}  // namespace
}  // namespace ironstride::analysis
